#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only, does not import the generator).

Reads every equality it can find in each solution line (plain text, markdown, LaTeX,
tables, GSM8K <<calc>> annotations), evaluates both sides with exact fractions and
asserts the row's contract. Prints PASS and exits 0 on success.
"""
import json
import math
import re
import sys
from fractions import Fraction as Fr

NUM_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
TOK_RE = re.compile(
    r"(?P<num>\$?" + NUM_RE + r"%?)"
    r"|(?P<eq>=|≈)"
    r"|(?P<op>[×*·÷/+\-−])"
    r"|(?P<lp>\()|(?P<rp>\))"
    r"|(?P<word>[A-Za-z][A-Za-z'’]*)"
    r"|(?P<sp>\s+)"
    r"|(?P<other>.)"
)
OPWORDS = {"times": "*", "minus": "-", "plus": "+", "x": "*"}


def latex_clean(s):
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷").replace("\\approx", "≈")
    s = s.replace("\\$", "$").replace("{,}", ",").replace("\\%", "%").replace("\\Rightarrow", ";")
    s = re.sub(r"\\text\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r"\1", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1) / (\2))", s)
    return s


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "sp":
            continue
        if k == "num":
            pct = t.endswith("%")
            v = Fr(t.replace("$", "").replace(",", "").rstrip("%"))
            dp = len(t.rstrip("%").split(".")[1]) if "." in t else 0
            toks.append(("num", v, pct, dp))
        elif k == "op":
            toks.append(("op", {"×": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "+": "+", "-": "-", "−": "-"}[t]))
        elif k == "eq":
            toks.append(("eq", t))
        elif k in ("lp", "rp"):
            toks.append((k, t))
        elif k == "word":
            toks.append(("word", t.lower()))
        else:
            toks.append(("other", t))
    # word operators
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = out[-1] if out else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t[0] == "word":
            w = t[1]
            prev_ok = prev is not None and prev[0] in ("num", "rp")
            if w == "divided" and nxt == ("word", "by") and prev_ok:
                out.append(("op", "/"))
                i += 2
                continue
            if w in OPWORDS and prev_ok and nxt is not None and nxt[0] in ("num", "lp"):
                out.append(("op", OPWORDS[w]))
                i += 1
                continue
            if w == "of" and prev is not None and prev[0] == "num" and prev[2] and nxt is not None and nxt[0] == "num":
                out.append(("op", "*"))
                i += 1
                continue
            # unit words after a number, followed by an operator / eq / rp
            if prev_ok:
                j = i
                while j < len(toks) and j < i + 2 and toks[j][0] == "word" and toks[j][1] not in OPWORDS \
                        and toks[j][1] not in ("divided", "of"):
                    j += 1
                if j > i and j < len(toks) and (toks[j][0] in ("op", "eq", "rp") or
                                      (toks[j][0] == "word" and toks[j][1] in set(OPWORDS) | {"divided"})):
                    i = j
                    continue
        out.append(t)
        i += 1
    return out


class P:
    def __init__(self, toks):
        self.t, self.i = toks, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "+-":
            o = self.peek()[1]
            self.i += 1
            w = self.term()
            v = v + w if o == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "*/":
            o = self.peek()[1]
            self.i += 1
            w = self.unary()
            v = v * w if o == "*" else v / w
        return v

    def unary(self):
        t = self.peek()
        if t and t[0] == "op" and t[1] == "-":
            self.i += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.peek()
        if t is None:
            raise ValueError("eof")
        if t[0] == "num":
            self.i += 1
            return t[1] / 100 if t[2] else t[1]
        if t[0] == "lp":
            self.i += 1
            v = self.expr()
            if not (self.peek() and self.peek()[0] == "rp"):
                raise ValueError("paren")
            self.i += 1
            return v
        raise ValueError("bad")


def evaluate(toks):
    p = P(toks)
    v = p.expr()
    if p.i != len(toks):
        raise ValueError("trailing")
    return v


ARITH = ("num", "op", "lp", "rp")


def equalities(line):
    """yield (lhs_value, rhs_value, rhs_tok_info, approx) for each evaluable equality."""
    res = []
    s = line
    for m in re.finditer(r"<<([^=<>]+)=([^<>]+)>>", s):
        try:
            lt = tokenize(m.group(1))
            rt = tokenize(m.group(2))
            res.append((evaluate(lt), evaluate(rt), rt, False))
        except (ValueError, ZeroDivisionError):
            pass
    s = re.sub(r"<<[^<>]*>>", "", s)
    s = latex_clean(s).replace("**", "")
    st = s.strip()
    if st.startswith("|") and st.count("|") >= 4:
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) >= 3:
            r = cells[2].split("→")[0].strip()
            ap = r.startswith("≈")
            r = r.lstrip("≈ ").strip()
            s = "%s %s %s" % (cells[1], "≈" if ap else "=", r)
    toks = tokenize(s)
    for k, t in enumerate(toks):
        if t[0] != "eq":
            continue
        j = k - 1
        while j >= 0 and toks[j][0] in ARITH:
            j -= 1
        left = toks[j + 1:k]
        # trim unmatched parens / leading binary op
        while left and (left[0][0] == "rp" or (left[0][0] == "op" and left[0][1] in "+*/")):
            left = left[1:]
        depth = 0
        for x in left:
            depth += (x[0] == "lp") - (x[0] == "rp")
        while depth > 0 and left and left[0][0] == "lp":
            left = left[1:]
            depth -= 1
        j = k + 1
        while j < len(toks) and toks[j][0] in ARITH:
            j += 1
        right = toks[k + 1:j]
        while right and right[-1][0] == "op":
            right = right[:-1]
        if not any(x[0] == "num" for x in left) or not any(x[0] == "num" for x in right):
            continue
        try:
            lv = evaluate(left)
            if len(right) == 1 and right[0][2]:
                rv = right[0][1]  # "= 75%": compare with 75 or 0.75 below
            else:
                rv = evaluate(right)
        except (ValueError, ZeroDivisionError):
            continue
        res.append((lv, rv, right, t[1] == "≈"))
    return res


def eq_ok(lv, rv, rtoks, approx):
    nums = [x for x in rtoks if x[0] == "num"]
    single = len(rtoks) == 1 or (len(rtoks) == 2 and rtoks[0] == ("op", "-"))
    cands = [rv]
    if single and nums[0][2] and len(rtoks) == 1:  # "= 75%" may mean 75 or 0.75
        cands.append(rv / 100)
    if approx and single:
        tol = Fr(1, 2 * 10 ** nums[0][3])
        return any(abs(lv - c) <= tol + Fr(1, 10 ** 12) for c in cands if c == rv) or \
            any(abs(lv - c) <= tol / 100 + Fr(1, 10 ** 12) for c in cands if c != rv)
    return any(lv == c for c in cands)


ROUND_RE = re.compile(r"(" + NUM_RE + r")\s*(?:, so we round up to|→ round up to|;|, so they need)\s*(" + NUM_RE + r")")


def line_errors(line):
    bad = []
    for lv, rv, rt, ap in equalities(line):
        if not eq_ok(lv, rv, rt, ap) and (lv, rv) not in bad:
            bad.append((lv, rv))  # a GSM8K <<calc>> and its visible copy count once
    for m in ROUND_RE.finditer(latex_clean(re.sub(r"<<[^<>]*>>", "", line))):
        q = Fr(m.group(1).replace(",", ""))
        n = Fr(m.group(2).replace(",", ""))
        if n != math.ceil(q):
            bad.append((Fr(math.ceil(q)), n))
    return bad


def count_eqs(line):
    return len(equalities(line))


def lines_with_offsets(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def final_of(text):
    last = text.rstrip("\n").split("\n")[-1]
    m = re.fullmatch(r"#### (-?\d+(?:\.\d+)?)", last)
    return Fr(m.group(1)) if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys_main = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    n_eq = 0
    fails = []
    pids = {}
    for r in rows:
        pids.setdefault(r["pid"], []).append(r["variant"])

    def fail(r, msg):
        fails.append("%s/%s: %s" % (r["pid"], r["variant"], msg))

    for r in rows:
        if list(r.keys())[:7] != keys_main:
            fail(r, "key order")
        sol = r["solution"]
        gold = Fr(r["final"])
        L = lines_with_offsets(sol)
        wrong = []
        for a, b, ln in L:
            n_eq += count_eqs(ln)
            if line_errors(ln):
                wrong.append((a, b))
        v = r["variant"]
        if v == "correct":
            if wrong:
                fail(r, "wrong computation in correct row at %s" % (wrong,))
            if final_of(sol) != gold:
                fail(r, "final mismatch")
        elif v in ("slip", "carry"):
            sp = tuple(r["span"])
            if wrong != [sp]:
                fail(r, "wrong lines %s != span %s" % (wrong, sp))
            line = sol[sp[0]:sp[1]]
            errs = line_errors(line)
            if len(errs) != 1:
                fail(r, "expected 1 wrong equality on span line, got %d" % len(errs))
            else:
                lv, rv = errs[0]
                w, rt = Fr(r["wrong"]), Fr(r["right"])
                if not (rv == w and abs(lv - rt) < Fr(1, 10)):
                    fail(r, "span equality %s=%s does not match right=%s wrong=%s" % (lv, rv, r["right"], r["wrong"]))
            if not any(ch.isdigit() for ch in r["wrong"]) or r["wrong"] == r["right"]:
                fail(r, "wrong/right")
            fo = final_of(sol)
            if v == "slip" and fo != gold:
                fail(r, "slip final must be gold")
            if v == "carry" and (fo is None or fo == gold):
                fail(r, "carry final must differ from gold")
            for k in ("span", "wrong", "right", "step", "kind"):
                if k not in r:
                    fail(r, "missing " + k)
        elif v == "loop":
            if "####" in sol:
                fail(r, "loop has ####")
            if wrong:
                fail(r, "loop has wrong computation")
            a, b = r["span"]
            unit = sol[a:b]
            n = r["repeats"]
            if not (8 <= n <= 30):
                fail(r, "repeats out of range")
            tail = "\n".join([unit] * n)
            if not sol.endswith(tail):
                fail(r, "loop tail is not %d copies" % n)
            first = a - len(unit) - 1
            if sol[first:a - 1] != unit:
                fail(r, "span is not the second copy")
        else:
            fail(r, "variant")
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            fails.append("%s: variants %s" % (pid, vs))
    if fails:
        for f in fails[:40]:
            print(f)
        print("FAIL: %d problems (%d rows, %d equalities read)" % (len(fails), len(rows), n_eq))
        sys.exit(1)
    print("checked %d rows, %d equalities read" % (len(rows), n_eq))
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
