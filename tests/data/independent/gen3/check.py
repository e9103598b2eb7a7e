#!/usr/bin/env python3
"""Independent checker for set.jsonl.

It does not import the generator. It re-parses every solution text, finds
every written computation ("a op b = c", chains "x = y = z", worded forms such
as "7 times 8 is 56", "half of 50 is 25", "15% of 80", LaTeX \\times \\div
\\frac \\cdot \\text{} \\$ 1{,}200, "≈"/\\approx), evaluates both sides with exact
Fractions and reports:
  * correct: every computation holds, last line '#### <final>'
  * slip:    exactly one computation fails and it lies inside span; the other
             lines are identical to the correct solution; final == correct final
  * carry:   exactly one computation fails, inside span; lines before the span
             line identical to the correct solution; final != correct final
  * loop:    no '####' line, last 12 lines identical
Usage: python3 check.py [set.jsonl]
"""
import collections
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"$", "dollars", "dollar", "cents", "km", "km/h", "kmh", "m", "cm", "mm", "kg", "g", "mph",
         "miles", "mile", "hours", "hour", "h", "hr", "hrs", "minutes", "minute", "min", "mins",
         "seconds", "days", "day", "weeks", "week", "months", "years", "year", "feet", "foot",
         "ft", "inches", "inch", "cups", "cup", "liters", "liter", "l", "quarts", "quart",
         "gallons", "gallon", "tablespoons", "tbsp", "square", "cubic", "per", "sq"}

WORD_OPS = [
    (r"\bmultiplied by\b", " × "), (r"\btimes\b", " × "), (r"\bdivided by\b", " ÷ "),
    (r"\bplus\b", " + "), (r"\bminus\b", " - "),
    (r"\bequals\b", " = "), (r"\bis\b", " = "), (r"\bgives\b", " = "), (r"\bleaves\b", " = "),
]


def normalize(line):
    s = line
    # LaTeX
    s = s.replace("{,}", ",")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    s = s.replace("\\times", " × ").replace("\\cdot", " × ").replace("\\div", " ÷ ")
    s = s.replace("\\approx", " ≈ ").replace("\\$", "$").replace("\\%", "%")
    s = re.sub(r"\\[\(\)\[\]]", " ", s)
    s = s.replace("\\,", " ").replace("\\left", "").replace("\\right", "")
    s = re.sub(r"(?<=[A-Za-z])\^\{?[23]\}?", "", s)
    # markdown
    s = s.replace("**", " ")
    s = re.sub(r"^\s*(?:[-*]|\d+\.|#+)\s+", " ; ", s)
    s = s.replace("−", "-").replace("–", "-")
    # hyphenated units "45-minute"
    s = re.sub(r"(\d)-([A-Za-z])", r"\1 \2", s)
    # thousands separators
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    # worded arithmetic
    s = re.sub(r"\bhalf of\s+(?=[$\d(])", "(1/2) × ", s)
    s = re.sub(r"\b(?:twice|double)\s+(?=[$\d(])", "2 × ", s)
    s = re.sub(r"(?<=[\d%)])\s+of\s+(?=[$\d(])", " × ", s)
    for pat, rep in WORD_OPS:
        s = re.sub(pat, rep, s)
    # x as multiplication between numbers
    s = re.sub(r"(?<=[\d)A-Za-z])\s+x\s+(?=[$\d(])", " × ", s)
    # single * between operands
    s = re.sub(r"(?<=[\d)%A-Za-z])\s*\*\s*(?=[$\d(])", " × ", s)
    # sentence / clause boundaries
    s = re.sub(r"[.:;,!?](?=\s|$)", " ; ", s)
    return s


TOK = re.compile(r"\s*(?:(?P<num>\$?\d+(?:\.\d+)?%?)|(?P<op>[×÷*/+\-])|(?P<lp>\()|(?P<rp>\))|"
                 r"(?P<eq>[=≈])|(?P<word>[A-Za-z][A-Za-z²³]*(?:/[A-Za-z]+)?)|(?P<other>\S))")


def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
    return out


def eval_part(toks):
    """toks: list of (kind, text). Returns Fraction or None."""
    has_op = any(k == "op" for k, _, _ in toks)
    expr = []
    for k, t, _ in toks:
        if k == "num":
            t = t.lstrip("$")
            pct = t.endswith("%")
            t = t.rstrip("%")
            v = "F('%s')" % t
            if pct and has_op:
                v = "(%s/100)" % v
            expr.append(v)
        elif k == "op":
            expr.append({"×": "*", "÷": "/", "*": "*", "/": "/", "+": "+", "-": "-"}[t])
        elif k == "lp":
            expr.append("(")
        elif k == "rp":
            expr.append(")")
        else:
            return None
    if not expr:
        return None
    try:
        return eval("".join(expr), {"F": F, "__builtins__": {}})
    except Exception:
        return None


def ndec(toks):
    nums = [t for k, t, _ in toks if k == "num"]
    if len(nums) != 1:
        return 2
    t = nums[0].strip("$%")
    return len(t.split(".")[1]) if "." in t else 0


def equations(line):
    """Yield dicts {ok, parsed, text} for each computation run in the line."""
    s = normalize(line)
    toks = tokenize(s)
    runs, cur = [], []
    for tk in toks:
        k, t, _ = tk
        if k in ("num", "op", "lp", "rp", "eq") or (k == "word" and t.lower() in UNITS):
            cur.append(tk)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    res = []
    for run in runs:
        while run and run[0][0] == "word":
            run = run[1:]
        if not any(k == "eq" for k, _, _ in run):
            continue
        parts, rels, cur = [], [], []
        for tk in run:
            if tk[0] == "eq":
                parts.append(cur)
                rels.append(tk[1])
                cur = []
            else:
                if tk[0] != "word":
                    cur.append(tk)
        parts.append(cur)
        # drop empty leading parts (label = ...)
        while len(parts) > 1 and not parts[0]:
            parts.pop(0)
            rels.pop(0)
        # trailing empty part (e.g. "x =" then prose) -> drop
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
            rels.pop()
        if len(parts) < 2:
            continue
        if not any(any(k == "op" for k, _, _ in p) for p in parts):
            continue
        # a part that is just a trailing operator (e.g. hyphen) -> strip
        vals = [eval_part(p) for p in parts]
        text = " ".join(t for p in parts for _, t, _ in p)
        if any(v is None for v in vals):
            res.append(dict(ok=None, text=text))
            continue
        ok = True
        for j in range(1, len(vals)):
            if rels[j - 1] == "≈":
                tol = F(1, 2) * F(1, 10 ** ndec(parts[j])) + F(1, 10 ** 9)
                if abs(vals[0] - vals[j]) > tol:
                    ok = False
            else:
                if vals[0] != vals[j]:
                    ok = False
            if vals[j - 1] is not None and rels[j - 1] == "=" and j >= 2 and vals[j - 1] != vals[j]:
                ok = False
        res.append(dict(ok=ok, text=text))
    return res


def check_solution(sol):
    lines = sol.split("\n")
    eqs = []
    offset = 0
    for li, line in enumerate(lines):
        for e in equations(line):
            e["line"] = li
            e["start"] = offset
            e["end"] = offset + len(line)
            eqs.append(e)
        offset += len(line) + 1
    return lines, eqs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set.jsonl")
    recs = [json.loads(l) for l in open(path)]
    metas = {}
    mp = os.path.join(os.path.dirname(path), "meta.jsonl")
    if os.path.exists(mp):
        for l in open(mp):
            m = json.loads(l)
            metas[(m["pid"], m["variant"])] = m
    by = collections.defaultdict(dict)
    for r in recs:
        by[r["pid"]][r["variant"]] = r
    errors = []
    stats = collections.Counter()

    def err(r, msg):
        errors.append(f"{r['pid']} [{r['variant']}/{r['style']}]: {msg}")

    for r in recs:
        sol = r["solution"]
        lines, eqs = check_solution(sol)
        stats["equations"] += len(eqs)
        stats["unparsed"] += sum(1 for e in eqs if e["ok"] is None)
        for e in eqs:
            if e["ok"] is None:
                err(r, f"unparsed computation: {e['text']!r}")
        bad = [e for e in eqs if e["ok"] is False]
        m = metas.get((r["pid"], r["variant"]))
        need = m["n_computations"] if m else 1
        if len(eqs) < need:
            err(r, f"only {len(eqs)} computations found, expected >= {need}")
        v = r["variant"]
        if v in ("correct", "slip", "carry"):
            last = lines[-1]
            mm = re.fullmatch(r"#### (-?\d+(?:\.\d+)?)", last)
            if not mm:
                err(r, f"bad last line {last!r}")
            elif F(mm.group(1)) != F(str(r["final"])):
                err(r, f"#### {mm.group(1)} != final {r['final']}")
            if sum(1 for l in lines if l.startswith("####")) != 1:
                err(r, "#### count != 1")
        if v == "correct":
            for e in bad:
                err(r, f"wrong computation in correct solution: {e['text']!r}")
        elif v in ("slip", "carry"):
            s0, s1 = r["span"]
            if len(bad) != 1:
                err(r, f"{len(bad)} failing computations (expected 1): {[e['text'] for e in bad]}")
            for e in bad:
                if not (e["start"] >= s0 and e["end"] <= s1):
                    err(r, f"failing computation outside span: {e['text']!r}")
            seg = sol[s0:s1]
            if "\n" in seg:
                err(r, "span crosses a line break")
            c = by[r["pid"]].get("correct")
            cl = c["solution"].split("\n")
            li = sol[:s0].count("\n")
            if F(str(r["wrong"])) == F(str(r["right"])):
                err(r, "wrong == right")
            if v == "slip":
                if len(cl) != len(lines) or any(a != b for j, (a, b) in enumerate(zip(cl, lines)) if j != li):
                    err(r, "slip differs from correct outside the faulty line")
                if r["final"] != c["final"]:
                    err(r, "slip final differs from correct final")
            else:
                if cl[:li] != lines[:li]:
                    err(r, "carry differs from correct before the faulty line")
                if r["final"] == c["final"]:
                    err(r, "carry final equals correct final")
                if cl[li] == lines[li]:
                    err(r, "carry faulty line identical to correct line")
        elif v == "loop":
            if any(l.startswith("####") for l in lines):
                err(r, "loop has #### line")
            tail = lines[-12:]
            if len(set(tail)) != 1 or len(lines) < 13:
                err(r, "loop tail is not 12 identical lines")
            for e in bad:
                err(r, f"wrong computation in loop: {e['text']!r}")
        stats[v] += 1
    print("records:", len(recs), dict(stats))
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
