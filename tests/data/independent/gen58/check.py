#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (does not import the generator).

It re-reads every arithmetic comparison it can find in a solution ("A op B = C",
chains "A = B = C", LaTeX \\frac, \\times, \\cdot, implicit products 3(5), worded
"20 minus 5 is 15", money and thousands separators), skips anything touching a
variable, and asserts:
  correct : no wrong comparison, last line "#### <final>"
  slip    : exactly one wrong comparison, on the line at `span`; text equals the
            correct solution outside the span; final answer unchanged
  carry   : exactly one wrong comparison, on the span line; text before the span
            equals the correct solution; everything after is consistent; #### differs
  loop    : correct prefix, the unit at `span` repeated `repeats` times, no ####
Prints PASS and exits 0 when everything holds.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]

ALLOWED = set("0123456789.,+-×·*/÷() ")
OPS = set("+-×·*/÷")


def normalize(line):
    s = line
    s = s.replace("**", "")
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", s)
    s = s.replace("{,}", ",")
    s = re.sub(r"(?<![\d.,])\d+-(?=[A-Za-z])", "k-", s)  # "2-point", "3-pointers"
    for _ in range(3):
        s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    rep = [("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\left(", "("), ("\\right)", ")"),
           ("{,}", ","), ("^\\circ", ""), ("\\checkmark", " ✓"), ("\\qquad", " "), ("\\quad", " "),
           ("\\,", " "), ("\\;", " "), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "),
           ("\\$", ""), ("$", ""), ("&", ""), ("\\\\", " "), ("°", ""), ("−", "-"), ("–", "-")]
    for a, b in rep:
        s = s.replace(a, b)
    s = s.replace(" times ", " × ").replace(" divided by ", " ÷ ").replace(" minus ", " - ")
    s = s.replace(" plus ", " + ").replace(" equals ", " = ")
    s = re.sub(r"(\d[\d,.]*\)?\s*[-+×÷*/·]\s*\(?-?[\d,.]+\)?)\s+is\s+(?=-?\d)", r"\1 = ", s)
    return s


NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def tokens(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1
            continue
        m = NUM.match(s, i)
        if m:
            out.append(("n", Fraction(m.group(0).replace(",", ""))))
            i = m.end()
            continue
        if c in OPS or c in "()":
            out.append(("o", {"×": "*", "·": "*", "÷": "/"}.get(c, c)))
            i += 1
            continue
        return None
    return out


class Parser:
    def __init__(self, t):
        self.t = t
        self.i = 0
        self.binop = False

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "o" and self.peek()[1] in "+-":
            op = self.t[self.i][1]
            self.i += 1
            self.binop = True
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while True:
            p = self.peek()
            if p and p[0] == "o" and p[1] in "*/":
                self.i += 1
                self.binop = True
                r = self.unary()
                v = v * r if p[1] == "*" else v / r
            elif p and ((p[0] == "o" and p[1] == "(") or (p[0] == "n" and self.t[self.i - 1] == ("o", ")"))):
                self.binop = True
                v = v * self.unary()
            else:
                return v

    def unary(self):
        p = self.peek()
        if p and p == ("o", "-"):
            self.i += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        p = self.peek()
        if p is None:
            raise ValueError
        self.i += 1
        if p[0] == "n":
            return p[1]
        if p == ("o", "("):
            v = self.expr()
            if self.peek() != ("o", ")"):
                raise ValueError
            self.i += 1
            return v
        raise ValueError


def evaluate(s):
    """Return (value, has_binary_op) or None."""
    s = s.strip().rstrip(".,;:").strip()
    if not s:
        return None
    # drop unmatched outer parentheses
    while s.startswith("(") and s.count("(") > s.count(")"):
        s = s[1:].strip()
    while s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].strip()
    t = tokens(s)
    if not t:
        return None
    p = Parser(t)
    try:
        v = p.expr()
    except (ValueError, ZeroDivisionError):
        return None
    if p.i != len(t):
        return None
    return v, p.binop


def _after_open(s):
    """Keep only what follows an unmatched '(' (a parenthetical remark opened before)."""
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] == ")":
            depth += 1
        elif s[i] == "(":
            if depth == 0:
                return s[i + 1:]
            depth -= 1
    return s


def _before_close(s):
    depth = 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return s[:i]
            depth -= 1
    return s


def comparisons(line):
    """Yield (ok, left, right) for every checkable equality on the line."""
    s = normalize(line)
    eqs = [i for i, ch in enumerate(s) if ch == "="]
    out = []
    for idx, e in enumerate(eqs):
        lo = eqs[idx - 1] + 1 if idx > 0 else 0
        hi = eqs[idx + 1] if idx + 1 < len(eqs) else len(s)
        i = e
        while i > lo and s[i - 1] in ALLOWED:
            i -= 1
        left = s[i:e]
        stop_l = s[i - 1] if i > lo else None
        j = e + 1
        while j < hi and s[j] in ALLOWED:
            j += 1
        right = s[e + 1:j]
        stop_r = s[j] if j < hi else None
        if stop_l is not None and (stop_l.isalnum() or stop_l in "\\_^}{"):
            if left.strip()[:1] in OPS or (left[:1] != " " and left.strip()):
                continue
        if stop_r is not None and (stop_r.isalnum() or stop_r in "\\_^{"):
            if right.rstrip()[-1:] in OPS or right.rstrip()[-1:] == "(" or (right[-1:] != " " and right.strip()):
                continue
        left = _after_open(left)
        right = _before_close(right)
        L = evaluate(left)
        R = evaluate(right)
        if L is None or R is None:
            continue
        if not (L[1] or R[1]):
            continue
        out.append((L[0] == R[0], left.strip(), right.strip()))
    return out


def scan(text):
    """Return list of (line_start, line_end, ok, left, right)."""
    res = []
    pos = 0
    for line in text.split("\n"):
        for ok, l, r in comparisons(line):
            res.append((pos, pos + len(line), ok, l, r))
        pos += len(line) + 1
    return res


def final_line(text):
    m = re.search(r"\n#### (-?[\d.]+)$", text)
    return m.group(1) if m else None


def digits(s):
    return normalize(s).replace(",", "")


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    by_pid = defaultdict(dict)
    n_comp = 0
    for r in rows:
        by_pid[r["pid"]][r["variant"]] = r
        want = {"correct": KEYS_BASE, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}[r["variant"]]
        if list(r.keys()) != want:
            errors.append("%s %s: keys %s" % (r["pid"], r["variant"], list(r.keys())))
    for pid, vs in by_pid.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errors.append("%s: variants %s" % (pid, sorted(vs)))
            continue
        c = vs["correct"]
        text = c["solution"]
        comps = scan(text)
        n_comp += len(comps)
        bad = [x for x in comps if not x[2]]
        if bad:
            errors.append("%s correct: wrong computation %r" % (pid, bad[0][3:]))
        if not comps:
            errors.append("%s correct: no checkable computation" % pid)
        if final_line(text) != c["final"]:
            errors.append("%s correct: final %r vs %r" % (pid, final_line(text), c["final"]))
        for v in ("slip", "carry"):
            r = vs[v]
            s = r["solution"]
            a, b = r["span"]
            if not (0 <= a < b <= len(s)) or (a > 0 and s[a - 1] != "\n") or (b < len(s) and s[b] != "\n"):
                errors.append("%s %s: span is not a line %r" % (pid, v, r["span"]))
                continue
            wrong = [x for x in scan(s) if not x[2]]
            if len(wrong) != 1:
                errors.append("%s %s: %d wrong computations %r" % (pid, v, len(wrong), [w[3:] for w in wrong]))
                continue
            if (wrong[0][0], wrong[0][1]) != (a, b):
                errors.append("%s %s: wrong computation not at span" % (pid, v))
            if s[:a] != text[:a]:
                errors.append("%s %s: text before span differs from correct" % (pid, v))
            if r["wrong"] == r["right"] or r["wrong"] not in digits(s[a:b]):
                errors.append("%s %s: wrong value %r not in span line" % (pid, v, r["wrong"]))
            if r["final"] != c["final"]:
                errors.append("%s %s: gold final changed" % (pid, v))
            fl = final_line(s)
            if v == "slip":
                tail_c = text[text.find("\n", a) if text.find("\n", a) >= 0 else len(text):]
                if s[b:] != tail_c:
                    errors.append("%s slip: text after span differs from correct" % pid)
                if fl != c["final"]:
                    errors.append("%s slip: final %r" % (pid, fl))
            else:
                if fl is None or fl == c["final"]:
                    errors.append("%s carry: final not changed (%r)" % (pid, fl))
        r = vs["loop"]
        s = r["solution"]
        a, b = r["span"]
        unit = s[a:b]
        n = len(unit) + 1
        if "####" in s:
            errors.append("%s loop: has ####" % pid)
        if not unit or s[a - n:a] != unit + "\n":
            errors.append("%s loop: first copy does not precede span" % pid)
        else:
            start = a - n
            if s[:start] != text[:start] or text[start:start + len(unit)] != unit:
                errors.append("%s loop: prefix differs from correct" % pid)
            k = 0
            pos = start
            while s[pos:pos + len(unit)] == unit and (pos + len(unit) == len(s) or s[pos + len(unit)] == "\n"):
                k += 1
                pos += n
            rest = s[pos:] if pos <= len(s) else ""
            if k != r["repeats"] or not (8 <= k <= 30):
                errors.append("%s loop: %d copies vs repeats %d" % (pid, k, r["repeats"]))
            if rest and not unit.startswith(rest):
                errors.append("%s loop: trailing text is not a partial copy" % pid)
        if any(not x[2] for x in scan(s)):
            errors.append("%s loop: wrong computation" % pid)
    cnt = Counter(r["variant"] for r in rows)
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    print("rows %d, problems %d, templates %d, per variant %s" % (
        len(rows), len(by_pid), len({r["template"] for r in rows}), dict(cnt)))
    print("styles %s" % dict(styles))
    print("comparisons re-checked in correct rows: %d" % n_comp)
    if errors:
        for e in errors[:40]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errors))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
