#!/usr/bin/env python3
"""Independent text-only re-checker for set.jsonl.

It never imports the generator.  For every solution it normalises the text
(LaTeX, unicode operators, $, bold, backticks, thousands commas), finds every
'expression = value' it can read, evaluates the expression exactly with
Fraction and compares.  Then:
  correct : every computation right, final line equals "final"
  slip    : exactly one wrong computation, on the line given by "span",
            showing "wrong" where "right" was due; final equals "final"
  carry   : exactly one wrong computation (the first faulty line, later
            lines consistent with it), final equals "carried_final" != final
  loop    : every computation right, no final answer, the unit at "span"
            repeated >= 15 times back to back
usage: python3 check.py set.jsonl
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5",
          "⅖": "2/5", "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8",
          "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}


def normalize(s):
    s = s.replace("`", " ").replace("**", " ")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/")
    s = s.replace("\\$", "$").replace("\\%", "%")
    for a in ("\\[", "\\]", "\\(", "\\)", "\\left", "\\right", "\\,", "{", "}"):
        s = s.replace(a, " ")
    for a, b in (("×", "*"), ("·", "*"), ("⋅", "*"), ("÷", "/"), ("−", "-")):
        s = s.replace(a, b)
    for a, b in VULGAR.items():
        s = s.replace(a, "(" + b + ")")
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d$(])", " * ", s)
    s = s.replace("$", " ")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"/(?=[A-Za-z])", " per", s)
    return s


TOK = re.compile(r"\s*(?:(\d+(?:\.\d+)?%?)|([-+*/])|(\()|(\))|([A-Za-z_'][A-Za-z_']*)|(\S))")


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        if m.group(1):
            t = m.group(1)
            v = F(t[:-1]) / 100 if t.endswith("%") else F(t)
            out.append(("N", v))
        elif m.group(2):
            out.append(("O", m.group(2)))
        elif m.group(3):
            out.append(("L", "("))
        elif m.group(4):
            out.append(("R", ")"))
        elif m.group(5):
            out.append(("W", m.group(5)))
        elif m.group(6):
            out.append(("X", m.group(6)))
    # drop a single unit word right after a number when an operator, ')'
    # or the end of the segment follows ("4 pens * 1.25", "5.00 dollars")
    res = []
    for i, t in enumerate(out):
        if t[0] == "W" and res and res[-1][0] == "N":
            nxt = out[i + 1][0] if i + 1 < len(out) else None
            if nxt in (None, "O", "R"):
                continue
        res.append(t)
    return res


class P:
    def __init__(self, toks):
        self.t, self.i, self.ops = toks, 0, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def expr(self):
        v = self.term()
        while self.peek() in (("O", "+"), ("O", "-")):
            op = self.t[self.i][1]
            self.i += 1
            self.ops += 1
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.atom()
        while self.peek() in (("O", "*"), ("O", "/")):
            op = self.t[self.i][1]
            self.i += 1
            self.ops += 1
            r = self.atom()
            v = v * r if op == "*" else v / r
        return v

    def atom(self):
        k, v = self.peek()
        if k == "N":
            self.i += 1
            return v
        if k == "L":
            self.i += 1
            x = self.expr()
            if self.peek()[0] != "R":
                raise ValueError
            self.i += 1
            return x
        raise ValueError


def parse_all(toks):
    if not toks:
        return None
    p = P(toks)
    try:
        v = p.expr()
    except (ValueError, ZeroDivisionError):
        return None
    if p.i != len(toks):
        return None
    return v, p.ops


def left_expr(seg):
    t = tokens(seg)
    for s in range(len(t)):
        r = parse_all(t[s:])
        if r and r[1] >= 1:
            # an operator right before the numeric tail means the expression
            # really starts with a symbol ("Sw × 1/3"): not a computation
            if s > 0 and t[s - 1][0] == "O":
                return None
            return r[0]
    return None


def right_value(seg):
    t = tokens(seg)
    for e in range(len(t), 0, -1):
        r = parse_all(t[:e])
        if r:
            return r[0]
    return None


def value_of(text):
    return right_value(normalize(text))


def logical_lines(sol):
    """Merge result-continuation lines ('* = 5' or 'Label = 5' repeating the
    previous line's left side) into the line they continue."""
    phys = sol.split("\n")
    offs, p = [], 0
    for l in phys:
        offs.append(p)
        p += len(l) + 1
    logical = []  # list of [pieces]; piece = (phys_idx, normalized text)
    prev_lhs = None
    for i, l in enumerate(phys):
        n = normalize(l)
        stripped = re.sub(r"^[\s*\-]*", "", n)
        lhs = n.split("=")[0].strip() if "=" in n else None
        if logical and stripped.startswith("=") and "=" in "".join(x[1] for x in logical[-1]):
            logical[-1].append((i, " " + stripped))
        elif logical and lhs and prev_lhs and lhs == prev_lhs and not re.search(r"\d", lhs):
            logical[-1].append((i, " " + n[n.index("="):]))
        else:
            logical.append([(i, n)])
        prev_lhs = lhs if lhs else None
    return phys, offs, logical


def computations(sol):
    """Yield (phys_line_idx, computed, written) for every readable a op b = c."""
    phys, offs, logical = logical_lines(sol)
    out = []
    for pieces in logical:
        text, owner = "", []
        for idx, t in pieces:
            owner.append((len(text), idx))
            text += t
        segs, starts, pos = text.split("="), [], 0
        for sgm in segs:
            starts.append(pos)
            pos += len(sgm) + 1
        for k in range(len(segs) - 1):
            lv = left_expr(segs[k])
            if lv is None:
                continue
            rv = right_value(segs[k + 1])
            if rv is None:
                continue
            where = max(i for o, i in owner if o <= starts[k + 1])
            out.append((where, lv, rv))
    return phys, offs, out


def final_of(sol):
    lines = [l for l in sol.strip().split("\n") if l.strip()]
    for l in reversed(lines[-4:]):
        m = re.match(r"^####\s*(\S+)\s*$", l) or re.match(r"^The answer is:\s*(\S+)\s*$", l) \
            or re.match(r"^\\boxed\{([^{}]+)\}$", l.strip())
        if m:
            return m.group(1)
    return None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ok, bad = Counter(), Counter()
    problems = []
    ncomp = Counter()
    per_style = defaultdict(Counter)
    mism_kinds = Counter()
    for r in rows:
        v = r["variant"]
        sol = r["solution"]
        phys, offs, comps = computations(sol)
        wrong = [(i, a, b) for i, a, b in comps if a != b]
        ncomp[v] += len(comps)
        fin = final_of(sol)
        errs = []
        if v == "correct":
            if wrong:
                errs.append("mismatch in correct: %r" % (phys[wrong[0][0]],))
            if not comps:
                errs.append("no computations read")
            if fin != r["final"]:
                errs.append("final %r != %r" % (fin, r["final"]))
        elif v in ("slip", "carry"):
            if len(wrong) != 1:
                errs.append("%d mismatches" % len(wrong))
            else:
                i, a, b = wrong[0]
                lo, hi = offs[i], offs[i] + len(phys[i])
                if [lo, hi] != r["span"]:
                    errs.append("span %r != line %r" % (r["span"], [lo, hi]))
                if value_of(r["wrong"]) != b:
                    errs.append("written %s != wrong %s" % (b, r["wrong"]))
                if value_of(r["right"]) != a:
                    errs.append("computed %s != right %s" % (a, r["right"]))
            want = r["final"] if v == "slip" else r["carried_final"]
            if fin != want:
                errs.append("final %r != %r" % (fin, want))
            if v == "carry" and r["carried_final"] == r["final"]:
                errs.append("carry did not change the final answer")
            mism_kinds[r["kind"]] += 1
        elif v == "loop":
            if wrong:
                errs.append("mismatch in loop")
            if fin is not None or "####" in sol:
                errs.append("loop has a final answer")
            lo, hi = r["span"]
            unit = sol[lo:hi]
            ulo, uhi = r["unit_span"]
            if sol[ulo:uhi] != unit or not unit.strip():
                errs.append("unit mismatch")
            n, p = 0, lo
            while sol[p:p + len(unit)] == unit:
                n += 1
                p += len(unit) + 1
            if n < 15:
                errs.append("only %d repeats" % n)
        if errs:
            bad[v] += 1
            per_style[r["style"]]["bad"] += 1
            problems.append((r["pid"], v, r["style"], errs))
        else:
            ok[v] += 1
            per_style[r["style"]]["ok"] += 1
    for v in ("correct", "slip", "carry", "loop"):
        print("%-8s ok %4d  bad %4d  computations read %5d" % (v, ok[v], bad[v], ncomp[v]))
    print("fault kinds:", dict(sorted(mism_kinds.items())))
    for s in sorted(per_style):
        print("  %-34s ok %4d bad %d" % (s, per_style[s]["ok"], per_style[s]["bad"]))
    for p in problems[:25]:
        print("PROBLEM", p)
    print("TOTAL ok %d bad %d" % (sum(ok.values()), sum(bad.values())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
