#!/usr/bin/env python3
"""Independent text-only re-checker for set.jsonl.

It does not import gen.py / styles.py.  It re-reads every solution line,
finds each rendered computation "EXPR = RESULT" (after a small per-style
normalisation of how that style writes operators, e.g. 'x', '4(3.25)',
'\\cdot', 'three times', 'gives'), re-evaluates EXPR with exact fractions
and compares with RESULT.

  correct rows: every computation right, final line == final
  slip rows:    exactly one wrong computation, on the span line, writing
                `wrong` where `right` is correct; later computations use
                the right value; final == correct final
  carry rows:   exactly one wrong computation on the span line; the wrong
                value is reused later; final differs from the correct final
  loop rows:    every complete computation right, no final-answer line, the
                span text repeated >= 15 more times
Usage: python3 check.py set.jsonl
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

NUMW = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def norm_common(s):
    return s.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")


def norm_minerva(s):
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    s = s.replace("\\$", "").replace("\\%", "%").replace("\\cdot", "*")
    s = s.replace("\\times", "*").replace("\\div", "/")
    return s.replace("$", " ")


def norm_words(s):
    s = re.sub(r"\b(%s)\b" % "|".join(NUMW), lambda m: str(NUMW[m.group(1).lower()]), s,
               flags=re.I)
    s = re.sub(r"(\d) percent of ", r"\1% * ", s)
    s = re.sub(r"(\d+/\d+) of ", r"(\1) * ", s)
    s = s.replace(" lots of ", " * ").replace(" times ", " * ").replace(" divided by ", " / ")
    return s.replace(" is ", " = ")


def norm_x(s):
    return re.sub(r"(?<=[\d)%]) x (?=[\d$(])", " * ", s)


def norm_paren(s):
    return re.sub(r"([\d)])\(", r"\1*(", s)


def norm_verbs(s):
    return re.sub(r" (gives|makes|comes to|equals) ", " = ", s)


STYLE_NORM = {"minerva_latex": norm_minerva, "words_small": norm_words, "vicuna_x": norm_x,
              "checklist_paren": norm_paren, "olmo_verbs": norm_verbs}

FINAL_RE = {"gemma_bullets": re.compile(r"^\*\*Answer:\*\* (\S+)$", re.M),
            "minerva_latex": re.compile(r"^Final Answer: The final answer is \$([^$]+)\$\. I hope it is correct\.$", re.M)}
DEFAULT_FINAL = re.compile(r"^#### (\S+)$", re.M)

TOK = re.compile(r"(?P<sp>[ \t]+)|(?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)"
                 r"|(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))|(?P<eq>==?)|(?P<other>[A-Za-z_]+|.)")


def numval(t):
    t = t.replace("$", "").replace(",", "")
    if t.endswith("%"):
        return F(t[:-1]) / 100
    return F(t)


def tokenize(line):
    out = []
    for m in TOK.finditer(line):
        k = m.lastgroup
        if k != "sp":
            out.append((k, m.group()))
    return out


def parse(toks):
    """Recursive-descent evaluation; returns value or None if not a full expression."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def factor():
        k, t = peek()
        if k == "num":
            pos[0] += 1
            return numval(t)
        if k == "lp":
            pos[0] += 1
            v = expr()
            if v is None or peek()[0] != "rp":
                return None
            pos[0] += 1
            return v
        return None

    def term():
        v = factor()
        while v is not None and peek()[0] == "op" and peek()[1] in "*/":
            o = peek()[1]
            pos[0] += 1
            b = factor()
            if b is None:
                return None
            if o == "/" and b == 0:
                return None
            v = v * b if o == "*" else v / b
        return v

    def expr():
        v = term()
        while v is not None and peek()[0] == "op" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            b = term()
            if b is None:
                return None
            v = v + b if o == "+" else v - b
        return v

    v = expr()
    if v is None or pos[0] != len(toks):
        return None
    return v


def computations(solution, style):
    """List of dicts: line, expr, value, written, operands."""
    f = STYLE_NORM.get(style)
    out = []
    for li, raw in enumerate(solution.split("\n")):
        s = norm_common(raw)
        if f:
            s = f(s)
        toks = tokenize(s)
        for i, (k, t) in enumerate(toks):
            if k != "eq":
                continue
            j = i
            while j > 0 and toks[j - 1][0] in ("num", "op", "lp", "rp"):
                j -= 1
            left = toks[j:i]
            val = None
            for st in range(len(left)):
                sub = left[st:]
                if not any(kk == "op" for kk, _ in sub):
                    break
                v = parse(sub)
                if v is not None:
                    val, left = v, sub
                    break
            if val is None:
                continue
            r = toks[i + 1:i + 3]
            neg = False
            if r and r[0] == ("op", "-"):
                neg, r = True, r[1:]
            if not r or r[0][0] != "num":
                continue
            w = numval(r[0][1]) * (-1 if neg else 1)
            out.append(dict(line=li, expr=" ".join(t for _, t in left), value=val, written=w,
                            operands=[numval(t) for kk, t in left if kk == "num"]))
    return out


def line_span(solution, li):
    lines = solution.split("\n")
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def final_of(row):
    rx = FINAL_RE.get(row["style"], DEFAULT_FINAL)
    m = rx.findall(row["solution"])
    return m[-1] if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = defaultdict(dict)
    for r in rows:
        by[r["pid"]][r["variant"]] = r
    stats = Counter()
    errors = []

    def bad(r, msg):
        errors.append("%s/%s [%s]: %s" % (r["pid"], r["variant"], r["style"], msg))

    for pid, vs in by.items():
        if set(vs) != {"correct", "slip", "carry", "loop"}:
            errors.append(pid + ": missing variants")
            continue
        comps = {v: computations(vs[v]["solution"], vs[v]["style"]) for v in vs}
        ncomp = len(comps["correct"])
        c = vs["correct"]
        stats["computations_checked"] += sum(len(x) for x in comps.values())
        # correct
        wrong = [x for x in comps["correct"] if x["value"] != x["written"]]
        if ncomp < 2:
            bad(c, "fewer than 2 computations found")
        if wrong:
            bad(c, "wrong computation(s): %r" % [(x["expr"], x["written"]) for x in wrong])
        fin = final_of(c)
        if fin != c["final"]:
            bad(c, "final line %r != %r" % (fin, c["final"]))
        elif F(fin) not in {x["written"] for x in comps["correct"]}:
            bad(c, "final not produced by any computation")
        else:
            stats["correct_ok"] += 1
        # slip & carry
        for var in ("slip", "carry"):
            r = vs[var]
            cs = comps[var]
            ws = [k for k, x in enumerate(cs) if x["value"] != x["written"]]
            ok = True
            if len(cs) != ncomp:
                bad(r, "computation count %d != correct %d" % (len(cs), ncomp)); ok = False
            if len(ws) != 1:
                bad(r, "expected exactly 1 wrong computation, found %d" % len(ws)); ok = False
                continue
            x = cs[ws[0]]
            if line_span(r["solution"], x["line"]) != r["span"]:
                bad(r, "fault not on span line"); ok = False
            if x["written"] != F(r["wrong"]) or x["value"] != F(r["right"]):
                bad(r, "wrong/right mismatch %s %s vs %s %s" % (x["written"], x["value"], r["wrong"], r["right"])); ok = False
            later = [y for y in cs[ws[0] + 1:]]
            used = [y for y in later if any(o == (F(r["wrong"]) if var == "carry" else F(r["right"])) for o in y["operands"])]
            if not used:
                bad(r, "faulted value not reused later as expected"); ok = False
            fin = final_of(r)
            if fin != r["final"]:
                bad(r, "final line %r != %r" % (fin, r["final"])); ok = False
            if var == "slip" and r["final"] != c["final"]:
                bad(r, "slip final differs from correct"); ok = False
            if var == "carry" and r["final"] == c["final"]:
                bad(r, "carry final equals correct"); ok = False
            if ok:
                stats[var + "_ok"] += 1
        # loop
        r = vs["loop"]
        ok = True
        if any(x["value"] != x["written"] for x in comps["loop"]):
            bad(r, "wrong computation inside loop row"); ok = False
        if final_of(r) is not None:
            bad(r, "loop row has a final-answer line"); ok = False
        lo, hi = r["span"]
        unit = r["solution"][lo:hi]
        if lo != 0 and r["solution"][lo - 1] != "\n":
            bad(r, "loop span not at line start"); ok = False
        if r["solution"].count(unit) < 16:
            bad(r, "loop unit repeated only %d times" % r["solution"].count(unit)); ok = False
        if ok:
            stats["loop_ok"] += 1
    print("rows:", len(rows), "problems:", len(by))
    for k in sorted(stats):
        print("  %s: %d" % (k, stats[k]))
    print("errors:", len(errors))
    for e in errors[:40]:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
