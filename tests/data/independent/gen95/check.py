#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every rendered computation "expression = result" (also tables, LaTeX, worded operators)
and asserts the properties of each variant. Prints PASS and exits 0 on success.
"""
import json
import re
import sys
from fractions import Fraction as F

UNITS = ["s per km", "min per km", "steps per km", "km per day", "km/h", "kcal/min", "min/km", "per km",
         "kcal", "bpm", "km", "min", "steps", "cm", "kJ", "J", "W", "weeks", "beats", "laps", "visits", "days",
         "m", "s", "h"]
UNIT_RE = re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z])" % "|".join(re.escape(u) for u in UNITS))
ALLOWED = set("0123456789.+-*/() ")


def normalize(s):
    s = s.replace("**", "")
    s = re.sub(r"\\text\{[^}]*\}", " ", s)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = s.replace("\\[", " ").replace("\\]", " ").replace("\\$", " ").replace("$", " ")
    for a, b in (("\\times", "*"), ("\\cdot", "*"), ("\\div", "/"), ("\\approx", "="), ("×", "*"), ("·", "*"),
                 ("÷", "/"), ("−", "-"), ("≈", "="), (" equals ", " = "), (" divided by ", " / "),
                 (" times ", " * "), (" plus ", " + "), (" minus ", " - ")):
        s = s.replace(a, b)
    s = re.sub(r"(\d+(?:\.\d+)?)\s*\\?%\s*of\s+", r"(\1/100)*", s)
    s = re.sub(r"(\d+(?:\.\d+)?)\s*\\?%", r"(\1/100)", s)
    s = UNIT_RE.sub(" ", s)
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d(])", " * ", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    return s


def ev(expr):
    if not re.search(r"[\d)]\s*[-+*/]\s*[\d(]", expr):
        return None
    if expr.count("(") != expr.count(")"):
        return None
    src = re.sub(r"\d+(?:\.\d+)?", lambda m: "F('%s')" % m.group(0), expr)
    try:
        v = eval(src, {"F": F, "__builtins__": {}})
    except Exception:
        return None
    return v if isinstance(v, F) else None


def suffix_expr(L):
    L = L.rstrip()
    j = len(L)
    while j > 0 and L[j - 1] in ALLOWED:
        j -= 1
    cand = L[j:]
    for i, ch in enumerate(cand):
        if ch.isdigit() or ch == "(" or (ch == "-" and i + 1 < len(cand) and cand[i + 1].isdigit() and not cand[:i].strip()):
            v = ev(cand[i:])
            if v is not None:
                return v
    return None


NUM_RE = re.compile(r"\s*(-?\d+(?:\.\d+)?)")


def lead_num(R):
    m = NUM_RE.match(R)
    if not m:
        return None, None
    t = m.group(1)
    return F(t), (len(t.split(".")[1]) if "." in t else 0)


def ok(written, d, true):
    return abs(written - true) <= F(1, 2) * F(10) ** -d + F(1, 10 ** 9)


def computations(sol):
    """Yield (line_start, line_end, written, decimals, true_value)."""
    out = []
    pos = 0
    for line in sol.split("\n"):
        st, en = pos, pos + len(line)
        pos = en + 1
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3:
                v = ev(normalize(cells[-2]).strip())
                w, d = lead_num(normalize(cells[-1]).replace("=", " "))
                if v is not None and w is not None:
                    out.append((st, en, w, d, v))
            continue
        segs = normalize(line).split("=")
        for L, R in zip(segs, segs[1:]):
            v = suffix_expr(L)
            if v is None:
                continue
            w, d = lead_num(R)
            if w is None:
                continue
            out.append((st, en, w, d, v))
    return out


def num(s):
    s = s.replace("{,}", "").replace(",", "").replace("−", "-").replace("$", "").replace("\\", "")
    return F(s)


def final_line(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    ncomp = 0
    seen = {}
    for r in rows:
        v = r["variant"]
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if list(r.keys()) != keys_base + extra:
            errs.append((r["pid"], v, "keys %s" % list(r.keys())))
            continue
        seen.setdefault(r["pid"], []).append(v)
        sol = r["solution"]
        comps = computations(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not ok(c[2], c[3], c[4])]
        fl = final_line(sol)
        gold = F(r["final"])
        try:
            if v == "correct":
                assert not bad, "wrong computation in correct row: %r" % (bad,)
                assert len(comps) >= 1, "no computations found"
                assert fl and F(fl[-1]) == gold and fl[-1] == r["final"], "final mismatch"
            elif v in ("slip", "carry"):
                assert len(bad) == 1, "expected 1 wrong computation, found %d" % len(bad)
                b = bad[0]
                assert [b[0], b[1]] == r["span"], "span mismatch %r vs %r" % ([b[0], b[1]], r["span"])
                assert b[2] == num(r["wrong"]), "wrong value mismatch"
                assert ok(num(r["right"]), len(r["right"].split(".")[1]) if "." in r["right"] else 0, b[4]) or v == "carry", \
                    "right value does not match recomputation"
                assert r["wrong"] in sol[r["span"][0]:r["span"][1]] or r["wrong"].replace(",", "{,}") in sol[r["span"][0]:r["span"][1]]
                assert fl, "no #### line"
                if v == "slip":
                    assert F(fl[-1]) == gold, "slip final must be gold"
                else:
                    assert F(fl[-1]) != gold, "carry final must differ from gold"
                    # consistency: last computation's written value is the #### value, and, when the faulty
                    # step is not the last one, the wrong value is reused after the faulty line
                    last = [c for c in comps if c[0] >= 0][-1]
                    assert last[2] == F(fl[-1]), "carry: #### does not match the last computed result"
                    if last[0] != b[0]:
                        rest = normalize(sol[b[1]:])
                        assert re.search(r"(?<![\d.])%s(?![\d]|\.\d)" % re.escape(str(num(r["wrong"])) if num(r["wrong"]).denominator == 1 else r["wrong"].replace(",", "").replace("{}", "")), rest.replace(",", "")), \
                            "carry: wrong value not reused"
            elif v == "loop":
                assert not fl, "loop row has #### line"
                assert not bad, "wrong computation in loop row"
                s, e = r["span"]
                unit = sol[s:e]
                assert unit.strip()
                assert 8 <= r["repeats"] <= 30
                assert sol.count(unit) >= r["repeats"], "unit repeated %d < %d" % (sol.count(unit), r["repeats"])
                assert sol.rstrip().endswith(unit.rstrip()), "loop text does not end in the unit"
                # the second copy starts right after a complete first copy
                gap = sol[:s]
                assert gap.rstrip("\n").endswith(unit.rstrip()), "span is not the second copy"
        except AssertionError as ex:
            errs.append((r["pid"], v, str(ex)))
    for pid, vs in seen.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "-", "variants %r" % vs))
    if errs:
        for e in errs[:40]:
            print("FAIL", *e)
        print("%d failures" % len(errs))
        sys.exit(1)
    print("checked %d rows, %d computations" % (len(rows), ncomp))
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
