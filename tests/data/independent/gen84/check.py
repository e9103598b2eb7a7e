#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).
Reads every 'expression = number' it can find in each solution line and verifies it."""
import json
import re
import sys
from fractions import Fraction as F

NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)½?"
TOK = re.compile(r"\s*(" + NUM + r"|[-−+×*·÷/()%]|(?<= )x(?= ))")
OPCH = set("-−+×*·÷/x")


def norm(line):
    s = line
    s = s.replace("{,}", ",").replace("\\%", "%")
    s = re.sub(r"\\text\{([^{}]*)\}", r"\1", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = s.replace("\\times", "×").replace("\\div", "÷").replace("\\cdot", "·").replace("\\approx", "≈")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("**", "").replace("$", "")
    s = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", s)
    for w, o in ((" multiplied by ", " × "), (" times ", " × "), (" divided by ", " ÷ "), (" minus ", " − "),
                 (" plus ", " + "), (" equals ", " = "), (" comes to ", " = "), (" is about ", " ≈ "),
                 (" is roughly ", " ≈ "), (" is ", " = ")):
        s = s.replace(w, o)
    return s


def numval(t):
    half = t.endswith("½")
    if half:
        t = t[:-1]
    v = F(t.replace(",", "")) if t else F(0)
    return v + (F(1, 2) if half else 0)


def decs(t):
    t = t.rstrip("½")
    return len(t.split(".")[1]) if "." in t else 0


def tokenize(s):
    out, i = [], 0
    while i < len(s):
        m = TOK.match(s, i)
        if not m:
            return out, i
        out.append(m.group(1))
        i = m.end()
    return out, i


def parse(toks):
    """full parse of token list -> Fraction or None"""
    p = [0]

    def pk():
        return toks[p[0]] if p[0] < len(toks) else None

    def atom():
        t = pk()
        if t is None:
            raise ValueError
        p[0] += 1
        if t == "(":
            v = ex()
            if pk() != ")":
                raise ValueError
            p[0] += 1
            return v
        if re.fullmatch(NUM, t):
            return numval(t)
        raise ValueError

    def term():
        v = atom()
        while pk() in ("×", "*", "·", "÷", "/", "x"):
            o = pk()
            p[0] += 1
            w = atom()
            v = v / w if o in "÷/" else v * w
        return v

    def ex():
        v = term()
        while pk() in ("+", "-", "−"):
            o = pk()
            p[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    try:
        v = ex()
    except (ValueError, ZeroDivisionError):
        return None
    if p[0] != len(toks):
        return None
    return v


def tail_expr(seg):
    """arithmetic expression ending a segment -> (value, has_op) or None"""
    j = len(seg)
    allowed = set("0123456789.,½+-−×*·÷/() ")
    while j > 0 and (seg[j - 1] in allowed or (seg[j - 1] == "x" and seg[j - 2:j + 1] == " x ")):
        j -= 1
    if j > 0 and seg[j - 1] in ":" and j < len(seg) and seg[j].isdigit():
        return None
    if j > 0 and (seg[j - 1].isalnum() or seg[j - 1] in "_%") and j < len(seg) and seg[j] not in " ":
        return None
    sub = seg[j:]
    toks, end = tokenize(sub)
    if sub[end:].strip():
        return None
    for k in range(len(toks)):
        t = toks[k:]
        if t and t[0] in ("+", "×", "*", "·", "÷", "/", "x", ")", "%"):
            continue
        v = parse(t)
        if v is not None:
            has_op = any(x in OPCH for x in t)
            return v, has_op, t
    return None


def head_num(seg):
    s = seg.lstrip()
    m = re.match(r"(" + NUM + r")(%?)", s)
    if not m:
        return None
    if m.start(1) == 0 and re.match(r"\d", s[m.end():m.end() + 1] or " "):
        return None
    rest = s[m.end():]
    if re.match(r"\s*(?:[-−+×*·÷/]|x )", rest) or re.match(r":\d", rest):
        return None
    return m.group(1), m.group(2) == "%", rest


def line_checks(line):
    """returns list of (ok, written_str)"""
    s = norm(line)
    segs = re.split(r"[=≈]", s)
    res = []
    ref = None
    for k in range(len(segs) - 1):
        left, right = segs[k], segs[k + 1]
        te = tail_expr(left)
        if te is not None and te[1]:
            ref = te[0]
        elif te is not None and ref is not None and left.strip() == " ".join(te[2]).strip():
            pass
        elif not (ref is not None and left.strip() and re.fullmatch(r"\s*" + NUM + r"%?\s*", left)):
            ref = None
        h = head_num(right)
        if h is None or ref is None:
            continue
        tstr, pct, _ = h
        w = numval(tstr)
        tol = F(1, 2) / (10 ** decs(tstr))
        ok = abs(w - ref) <= tol or (pct and abs(w - ref * 100) <= tol)
        res.append((ok, tstr))
    return res


def check_text(sol):
    """returns list of (line_start, line_end, ok, written), count of checks"""
    out = []
    pos = 0
    for ln in sol.split("\n"):
        for ok, w in line_checks(ln):
            out.append((pos, pos + len(ln), ok, w))
        pos += len(ln) + 1
    return out


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    ncomp = 0
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
        sol = r["solution"]
        chk = check_text(sol)
        ncomp += len(chk)
        bad = [c for c in chk if not c[2]]
        v = r["variant"]
        last = sol.rstrip("\n").split("\n")[-1]
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation", bad[:2]))
            if last != "#### " + r["final"]:
                errs.append((r["pid"], v, "final line", last))
            if len(chk) < 1:
                errs.append((r["pid"], v, "no checkable computation"))
        elif v in ("slip", "carry"):
            s0, s1 = r["span"]
            if len(bad) != 1 or (bad[0][0], bad[0][1]) != (s0, s1):
                errs.append((r["pid"], v, "fault count/location", bad, r["span"]))
            elif bad[0][3] != r["wrong"].replace(",", "") and bad[0][3].replace(",", "") != r["wrong"].replace(",", ""):
                if not r["wrong"].replace(",", "").endswith(bad[0][3].replace(",", "")):
                    errs.append((r["pid"], v, "wrong string", bad[0][3], r["wrong"]))
            if r["wrong"] not in sol[s0:s1].replace("{,}", ","):
                errs.append((r["pid"], v, "wrong not in span"))
            if v == "slip" and last != "#### " + r["final"]:
                errs.append((r["pid"], v, "slip final"))
        elif v == "loop":
            if "####" in sol:
                errs.append((r["pid"], v, "has ####"))
            s0, s1 = r["span"]
            unit = sol[s0:s1]
            first = sol[s0 - len(unit) - 1:s0 - 1]
            if unit != first or sol.count(unit) < r["repeats"] or not (8 <= r["repeats"] <= 30):
                errs.append((r["pid"], v, "loop unit"))
            if not sol.endswith(unit):
                errs.append((r["pid"], v, "loop end"))
    for pid, d in by.items():
        if set(d) != {"correct", "slip", "carry", "loop"}:
            errs.append((pid, "variants"))
            continue
        g = d["correct"]["final"]
        if d["slip"]["final"] != g or d["loop"]["final"] != g:
            errs.append((pid, "gold mismatch"))
        if d["carry"]["final"] == g or not d["carry"]["solution"].rstrip().endswith("#### " + d["carry"]["final"]):
            errs.append((pid, "carry final"))
        # text before the fault line must be identical to the correct solution
        for v in ("slip", "carry"):
            s0 = d[v]["span"][0]
            if d[v]["solution"][:s0] != g and d[v]["solution"][:s0] != d["correct"]["solution"][:s0]:
                errs.append((pid, v, "prefix differs from correct"))
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    for r in rows:
        if list(r)[:7] != keys:
            errs.append((r["pid"], "key order"))
    if errs:
        for e in errs[:40]:
            print(e)
        print("FAIL", len(errs), "problems")
        sys.exit(1)
    print("checked %d rows, %d computations" % (len(rows), ncomp))
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
