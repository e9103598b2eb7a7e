#!/usr/bin/env python3
"""Independent sanity check of set.jsonl: re-parses the rendered text of every line, evaluates
each 'expression = value' it can find, and checks the variant invariants."""
import json
import re
import sys
from fractions import Fraction as Fr
from collections import Counter

WF = {"half": "1/2", "one-third": "1/3", "one-quarter": "1/4", "two-thirds": "2/3", "three-quarters": "3/4",
      "two-fifths": "2/5", "three-fifths": "3/5", "one-fifth": "1/5", "five-eighths": "5/8", "three-eighths": "3/8"}


def norm(line):
    s = line
    s = re.sub(r"\\text\{[^}]*\}", " ", s)
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    s = s.replace("\\boxed", "").replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("{,}", ",").replace("\\$", "").replace("$", "").replace("**", "")
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("×", "*").replace("\\div", "/").replace("÷", "/")
    s = s.replace("−", "-").replace("\\%", "%")
    for w, f in WF.items():
        s = s.replace(w + " of", "(" + f + ")*")
    s = s.replace("multiplied by", "*").replace("times", "*").replace("divided by", "/")
    s = s.replace(" plus ", " + ").replace(" minus ", " - ")
    s = re.sub(r"(\d)%\s*of", r"\1/100*", s)
    s = re.sub(r"(\d)%", r"\1/100", s)
    s = re.sub(r"(\d/\d+) of", r"(\1)*", s)
    s = re.sub(r"(\d) x (\d)", r"\1 * \2", s)
    s = re.sub(r"(\d),(\d\d\d)", r"\1\2", s)
    s = re.sub(r"(\d),(\d\d\d)", r"\1\2", s)
    s = re.sub(r"\b(equals|gives|makes|which is|is)\b", "=", s)
    return s


def evalf(e):
    e = re.sub(r"(\d+(?:\.\d+)?)", r"Fr('\1')", e)
    return eval(e, {"Fr": Fr})


def line_checks(line):
    """yield (lhs, rhs, ok) for each arithmetic 'lhs = number' pair found"""
    s = norm(line)
    parts = s.split("=")
    out = []
    for a, b in zip(parts, parts[1:]):
        a = a.rstrip(" ,")
        m = re.search(r"[0-9.()+\-*/ ]*[0-9)]\s*$", a)
        n = re.match(r"\s*(\d+(?:\.\d+)?)", b)
        if not m or not n:
            continue
        expr = m.group(0).strip()
        expr = expr.lstrip(")").strip()
        while expr.count("(") < expr.count(")") and expr.endswith(")"):
            expr = expr[:-1]
        while expr and expr[0] in "+-*/.":
            expr = expr[1:].strip()
        if not re.search(r"[+\-*/]", expr):
            continue
        try:
            v = evalf(expr)
        except Exception:
            continue
        rv = Fr(n.group(1))
        ok = v == rv or (b[n.end():].startswith("/100") and v == rv / 100)
        out.append((expr, n.group(1), ok))
    return out


def main(path):
    recs = [json.loads(l) for l in open(path)]
    bad = 0
    nchk = Counter()
    by = {}
    for r in recs:
        by.setdefault(r["pid"], {})[r["variant"]] = r
        sol = r["solution"]
        last = sol.split("\n")[-1]
        if r["variant"] == "loop":
            assert "####" not in sol
            ls = sol.split("\n")
            assert len(set(ls[-15:])) == 1 and ls[-16] != ls[-1]
        else:
            assert re.fullmatch(r"#### \d+(\.\d{1,2})?", last), last
            assert Fr(last[5:]) == Fr(str(r["final"])), (r["pid"], last, r["final"])
        assert r["problem"].endswith("?")
        lines = sol.split("\n")
        if r["variant"] == "correct":
            for ln in lines:
                for e, v, ok in line_checks(ln):
                    nchk[r["style"]] += 1
                    if not ok:
                        bad += 1
                        print("MISMATCH", r["pid"], r["style"], repr(ln), e, v)
        if r["variant"] in ("slip", "carry"):
            a, b = r["span"]
            assert a == 0 or sol[a - 1] == "\n"
            assert b == len(sol) or sol[b] == "\n"
            span_line = sol[a:b]
            assert any(not ok for _, _, ok in line_checks(span_line)) or True
            # every line other than the span line must check out
            for ln in lines:
                if ln == span_line:
                    continue
                for e, v, ok in line_checks(ln):
                    if not ok:
                        bad += 1
                        print("UNEXPECTED", r["variant"], r["pid"], repr(ln))
            # the span line must contain a detectable error where the checker could parse it
            chk = line_checks(span_line)
            nchk["span_parsed_" + r["variant"]] += bool(chk)
            if chk and all(ok for _, _, ok in chk):
                bad += 1
                print("SPAN_NOT_WRONG", r["pid"], repr(span_line))
    for pid, d in by.items():
        c, s = d["correct"]["solution"], d["slip"]["solution"]
        a, b = d["slip"]["span"]
        cl, sl = c.split("\n"), s.split("\n")
        assert len(cl) == len(sl)
        assert sum(x != y for x, y in zip(cl, sl)) == 1
        assert d["slip"]["final"] == d["correct"]["final"]
        assert d["carry"]["final"] != d["correct"]["final"]
        assert d["carry"]["solution"][:a] == c[:a]
    print("checked expressions per style:", dict(nchk))
    print("problems:", len(by), "records:", len(recs), "bad:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else "set2.jsonl") else 0)
