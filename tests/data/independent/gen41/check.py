#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).

Re-reads every computation it can find in each solution: numeric chains
(a op b = c = ...), worded arithmetic ("5 times 28 is 140"), LaTeX (\\times,
\\div, \\frac) and linear equations in the declared letter ("3x = 36, so x = 12",
"2(x + 5) = ...").  Every equation in the letter must have the same solution as
the first one (after a carry fault the reference is reset once)."""
import json
import re
import sys
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
FAULT_KEYS = ["span", "wrong", "right", "step", "kind"]


def normalize(line, L):
    t = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", line)
    t = t.replace("**", "")
    t = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", t)
    t = t.replace("\\$", "").replace("$", "").replace("{,}", "")
    t = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", t)
    for a, b in [("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\times", "×"),
                 ("\\div", "÷"), ("\\cdot", "·")]:
        t = t.replace(a, b)
    for a, b in [(" times ", " × "), (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " − ")]:
        t = t.replace(a, b)
    t = re.sub(r"(\d) is (\d)", r"\1 = \2", t)
    t = re.sub(r"half of (\d)", r"1/2 × \1", t)
    while True:
        t2 = re.sub(r"(\d),(\d{3})(?!\d)", r"\1\2", t)
        if t2 == t:
            break
        t = t2
    if L != "x":
        t = re.sub(r"(?<=[\d)]) x (?=[\d(])", " × ", t)
    return t


def tokenize(t, L):
    pat = r"(\d+(?:\.\d+)?)|([+\-−×·*÷/()=])|(\s+)"
    if L:
        pat += r"|((?<![A-Za-z'’])%s(?![A-Za-z]))" % L
    toks, segs, pos = [], [], 0
    rx = re.compile(pat)
    while pos < len(t):
        m = rx.match(t, pos)
        if not m:
            if toks:
                segs.append(toks)
            toks = []
            pos += 1
            continue
        pos = m.end()
        if m.group(1):
            toks.append(("n", F(m.group(1))))
        elif m.group(2):
            toks.append(("o", m.group(2)))
        elif L and m.lastindex == 4:
            toks.append(("v", None))
    if toks:
        segs.append(toks)
    return segs


class PErr(Exception):
    pass


def parse(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def mul(x, y):
        if x[0] and y[0]:
            raise PErr
        return (x[0] * y[1] + y[0] * x[1], x[1] * y[1])

    def factor():
        t = peek()
        if t is None:
            raise PErr
        if t == ("o", "("):
            take()
            v = expr()
            if peek() != ("o", ")"):
                raise PErr
            take()
            return v
        if t[0] == "o" and t[1] in "-−":
            take()
            v = factor()
            return (-v[0], -v[1])
        if t[0] == "n":
            take()
            return (F(0), t[1])
        if t[0] == "v":
            take()
            return (F(1), F(0))
        raise PErr

    def term():
        v = factor()
        while True:
            t = peek()
            if t and t[0] == "o" and t[1] in "×·*":
                take()
                v = mul(v, factor())
            elif t and t[0] == "o" and t[1] in "÷/":
                take()
                w = factor()
                if w[0] or w[1] == 0:
                    raise PErr
                v = (v[0] / w[1], v[1] / w[1])
            elif t and (t[0] in "nv" or t == ("o", "(")):
                v = mul(v, factor())  # implicit multiplication: 3x, 2(x + 5)
            else:
                return v

    def expr():
        v = term()
        while True:
            t = peek()
            if t and t[0] == "o" and t[1] in "+-−":
                take()
                w = term()
                v = (v[0] + w[0], v[1] + w[1]) if t[1] == "+" else (v[0] - w[0], v[1] - w[1])
            else:
                return v
    v = expr()
    if pos[0] != len(toks):
        raise PErr
    return v


def line_checks(seg):
    """yield ('num', ok) or ('eq', solution or None for contradiction)"""
    parts, cur = [], []
    for t in seg:
        if t == ("o", "="):
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    if len(parts) < 2:
        return []
    vals = []
    if parts[0] and parts[0][0][0] == "o" and parts[0][0][1] != "(":
        parts[0] = [("o", "?")]  # left operand cut off by a word ("7 units - 8 = 48")
    for p in parts:
        try:
            vals.append(parse(p))
        except (PErr, ZeroDivisionError):
            vals.append(None)
    out = []
    for a, b in zip(vals, vals[1:]):
        if a is None or b is None:
            continue
        da, db = a[0] - b[0], a[1] - b[1]
        if da == 0:
            out.append(("num", db == 0))
        else:
            out.append(("eq", -db / da))
    return out


def find_letter(sol):
    m = re.search(r"Let \\?\(?([a-z])\\?\)?\s*(?:=|be\b)", sol)
    if m:
        return m.group(1)
    m = re.search(r"\bbe \\?\(?([a-z])\\?\)?[.,;]", sol)
    return m.group(1) if m else None


def errors(sol, variant, span=None):
    L = find_letter(sol)
    errs = []
    ref = None
    off = 0
    for line in sol.split("\n"):
        s, e = off, off + len(line)
        off = e + 1
        bad = False
        for seg in tokenize(normalize(line, L), L):
            for kind, v in line_checks(seg):
                if kind == "num":
                    bad |= not v
                else:
                    if ref is None:
                        ref = v
                    elif v != ref:
                        bad = True
        if bad:
            errs.append([s, e])
        if variant == "carry" and span and s == span[0]:
            ref = None
    return errs


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = {}
    pids = set()
    n = 0
    for r in rows:
        k = list(r.keys())
        v = r["variant"]
        assert k[:7] == KEYS, k
        if v in ("slip", "carry"):
            assert k[7:] == FAULT_KEYS, k
        elif v == "loop":
            assert k[7:] == ["span", "repeats"], k
        else:
            assert len(k) == 7
        by.setdefault(r["pid"], {})[v] = r
    for pid, d in by.items():
        assert set(d) == {"correct", "slip", "carry", "loop"}, pid
        c = d["correct"]
        sol = c["solution"]
        last = sol.rstrip("\n").split("\n")[-1]
        assert last == "#### " + c["final"], (pid, last)
        e = errors(sol, "correct")
        assert not e, (pid, "correct has error", [sol[a:b] for a, b in e])
        for v in ("slip", "carry"):
            r = d[v]
            s = r["solution"]
            a, b = r["span"]
            assert "\n" not in s[a:b] and (a == 0 or s[a - 1] == "\n") and (b == len(s) or s[b] == "\n")
            assert r["wrong"] in s[a:b] and r["wrong"] != r["right"], pid
            e = errors(s, v, r["span"])
            assert e == [[a, b]], (pid, v, e, r["span"], [s[x:y] for x, y in e])
            assert s[:a] == sol[:a], (pid, v, "prefix differs")
            last = s.rstrip("\n").split("\n")[-1]
            assert last.startswith("#### ")
            if v == "slip":
                assert last == "#### " + c["final"], pid
                assert s.split("\n")[s[:a].count("\n") + 1:] == sol.split("\n")[s[:a].count("\n") + 1:], pid
            else:
                assert last != "#### " + c["final"], pid
        r = d["loop"]
        s = r["solution"]
        a, b = r["span"]
        unit = s[a:b]
        assert "####" not in s
        assert s[a - 1] == "\n" and unit.strip()
        first = a - 1 - len(unit)
        assert s[first:a - 1] == unit and (first == 0 or s[first - 1] == "\n"), pid
        cnt = 0
        p = first
        while s[p:p + len(unit)] == unit:
            cnt += 1
            p += len(unit) + 1
        assert cnt == r["repeats"] and 8 <= cnt <= 30, (pid, cnt, r["repeats"])
        assert sol.startswith(s[:first]), pid
        assert not errors(s, "loop"), pid
        n += 1
    print("PASS", len(rows), "rows,", n, "problems")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
