#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

It does not import gen.py.  For every solution it normalises the formatting
(markdown, LaTeX, GSM8K <<calc>> annotations, worded operators, units, money,
thousands separators), extracts every written computation `expr = ... = result`,
evaluates it with exact rational arithmetic (results written after an
approximation sign are accepted within half a unit of their last written decimal),
verifies round-ups ("x → n", "rounds up to", \\lceil x \\rceil) and check lines, and
then confirms that each row is exactly what its label says.

    python3 check.py set.jsonl        -> prints PASS and exits 0, or lists failures
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}

UNIT_WORDS = [
    "cubic inches", "cups", "cup", "lbs", "lb", "pounds", "pound", "oz", "ounces", "ounce", "kg", "mg", "mL", "ml",
    "L", "liters", "liter", "litres", "gallons", "gallon", "gal", "days", "day", "weeks", "week", "months", "month",
    "nights", "night", "visits", "visit", "bags", "bag", "cans", "can", "cases", "case", "tablets", "tablet",
    "doses", "dose", "kcal", "calories", "dogs", "dog", "cats", "cat", "animals", "animal", "kennels", "kennel",
    "condos", "condo", "spaces", "space", "meals", "meal", "grooms", "groom", "bottles", "bottle", "inches", "inch",
    "shots", "shot", "cup",
]
UNIT_RE = "(?:" + "|".join(re.escape(u) for u in sorted(set(UNIT_WORDS), key=len, reverse=True)) + ")"
NUM = r"\d+(?:\.\d+)?"
STRIP_UNITS = re.compile(r"(%s%%?)(?:[ \t]*%s\b)?(?:[ \t]*(?:/|per[ \t]+)[ \t]*%s\b)?" % (NUM, UNIT_RE, UNIT_RE))


# ------------------------------------------------------------------ arithmetic

class ParseError(Exception):
    pass


def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = re.match(r"\d+(?:\.\d+)?%?|\.\d+%?", s[i:])
        if m:
            toks.append(("n", m.group(0)))
            i += len(m.group(0))
            continue
        if c in "+-*/()":
            toks.append((c, c))
            i += 1
            continue
        raise ParseError("bad char %r in %r" % (c, s))
    return toks


def numval(t):
    if t.endswith("%"):
        return F(t[:-1]) / 100
    return F(t)


def parse(s):
    """-> (value, tree).  tree: ('n', str) | (op, left, right)"""
    toks = tokenize(s)
    pos = [0]

    def peek():
        return toks[pos[0]][0] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = peek()
        if t == "n":
            tok = take()
            return numval(tok[1]), ("n", tok[1])
        if t == "(":
            take()
            v = expr()
            if peek() != ")":
                raise ParseError("unbalanced in %r" % s)
            take()
            return v
        raise ParseError("unexpected %r in %r" % (t, s))

    def term():
        v, tr = atom()
        while peek() in ("*", "/"):
            op = take()[0]
            w, tw = atom()
            if op == "/" and w == 0:
                raise ParseError("div0")
            v = v * w if op == "*" else v / w
            tr = (op, tr, tw)
        return v, tr

    def expr():
        v, tr = term()
        while peek() in ("+", "-"):
            op = take()[0]
            w, tw = term()
            v = v + w if op == "+" else v - w
            tr = (op, tr, tw)
        return v, tr

    v = expr()
    if pos[0] != len(toks):
        raise ParseError("trailing tokens in %r" % s)
    return v


def ndec(s):
    s = s.rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(true, written, approx):
    """written: plain numeric token (may carry %)."""
    cands = [numval(written)]
    if written.endswith("%"):
        cands.append(F(written[:-1]))
    tol = F(1, 2) / 10 ** ndec(written) if approx else 0
    return any(abs(true - c) <= tol for c in cands)


# ------------------------------------------------------------------ normalisation

def frac_sub(t):
    while True:
        i = t.find("\\frac{")
        if i < 0:
            return t
        j = i + 6
        depth, k = 1, j
        while depth:
            depth += {"{": 1, "}": -1}.get(t[k], 0)
            k += 1
        a = t[j:k - 1]
        if t[k] != "{":
            raise ParseError("bad frac")
        depth, m = 1, k + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(t[m], 0)
            m += 1
        b = t[k + 1:m - 1]
        t = t[:i] + "((" + a + ")/(" + b + "))" + t[m:]


def normalise(line, annot_errors):
    t = line
    # GSM8K calculator annotations: verify, then drop
    for m in re.finditer(r"<<([^<>]*)>>(\$?)(%s)" % NUM, t):
        inner = m.group(1)
        if "=" not in inner:
            annot_errors.append("annotation without '=': " + inner)
            continue
        lhs, res = inner.rsplit("=", 1)
        if res.replace("$", "") != m.group(3):
            annot_errors.append("annotation result %s != visible %s" % (res, m.group(3)))
    t = re.sub(r"<<[^<>]*>>", "", t)
    t = t.replace("**", "")
    # markdown table row: | label | calculation | result |
    s = t.strip()
    if s.startswith("|") and s.endswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if len(cells) == 3 and re.search(r"\d", cells[1]):
            calc, res = cells[1], cells[2]
            if "→" in calc:
                t = calc
            else:
                approx = res.startswith("≈")
                t = calc + (" ≈ " if approx else " = ") + res.lstrip("≈ ")
        else:
            t = ""
    # list markers
    t = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", t)
    # LaTeX
    t = t.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    t = re.sub(r"\\text\{[^{}]*\}", " ", t)
    t = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", t)
    t = t.replace("\\left(", "(").replace("\\right)", ")")
    t = t.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/").replace("\\approx", "≈")
    t = t.replace("\\to", "→").replace("\\rightarrow", "→").replace("\\lceil", "⌈").replace("\\rceil", "⌉")
    t = t.replace("\\$", "$").replace("\\%", "%").replace("{,}", ",").replace("\\,", " ")
    t = frac_sub(t)
    # numbers and symbols
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    t = t.replace("$", "")
    t = t.replace("−", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    # worded operators
    t = re.sub(r"\bmultiplied by\b", "*", t)
    t = re.sub(r"\btimes\b", "*", t)
    t = re.sub(r"\bdivided by\b", "/", t)
    t = re.sub(r"\bminus\b", "-", t)
    t = re.sub(r"\bplus\b", "+", t)
    # units after numbers
    t = STRIP_UNITS.sub(r"\1", t)
    # worded relations
    t = re.sub(r"(?<=[\d)%])\s*,?\s*(?:is|equals|gives us|comes to)\s+(?:about|approximately|roughly|around)\s+(?=[\d(])",
               " ≈ ", t)
    t = re.sub(r"(?<=[\d)%])\s*,?\s*(?:which is|that gives us|gives us|equals|is|comes to)\s+(?=[\d(])", " = ", t)
    t = re.sub(r"=\s*(?:about|approximately|roughly)\s+(?=[\d(])", "≈ ", t)
    t = re.sub(r"(?<=[\d)%])\s*x\s*(?=[\d(])", " * ", t)
    return t


CEIL_PATS = [
    re.compile(r"(%s)\s*→\s*(%s)" % (NUM, NUM)),
    re.compile(r"(%s)\s*,?\s*(?:which\s+)?rounds?\s+up\s+to\s+(%s)" % (NUM, NUM)),
    re.compile(r"round(?:ed)?\s+(%s)\s+up\s+to\s+(%s)" % (NUM, NUM)),
    re.compile(r"⌈\s*(%s)\s*⌉\s*=\s*(%s)" % (NUM, NUM)),
]


def analyse(solution):
    """-> dict(comps=[...], checks=[...], ceils=[...], errors=[...])"""
    out = dict(comps=[], checks=[], ceils=[], errors=[])
    lines = solution.split("\n")
    for li, line in enumerate(lines):
        if line.startswith("#### "):
            continue
        is_check = bool(re.search(r"check|✓|verify", line, re.I))
        errs = []
        try:
            t = normalise(line, errs)
        except (ParseError, IndexError) as e:
            out["errors"].append("line %d: cannot normalise (%s)" % (li, e))
            continue
        out["errors"] += ["line %d: %s" % (li, e) for e in errs]
        for pat in CEIL_PATS:
            def rep(m):
                out["ceils"].append((li, m.group(1), m.group(2)))
                return m.group(1) + " ; "
            t = pat.sub(rep, t)
        for m in re.finditer(r"[0-9.+\-*/()=≈%\s]+", t):
            run = m.group(0)
            if "=" not in run and "≈" not in run:
                continue
            parts = re.split(r"([=≈])", run)
            segs = [parts[0]] + parts[2::2]
            conns = parts[1::2]
            segs = [x.strip() for x in segs]
            # trim sentence punctuation / unbalanced brackets at the ends
            while segs[-1] and (segs[-1][-1] in ".(+-*/ " or segs[-1].count(")") > segs[-1].count("(")):
                segs[-1] = segs[-1][:-1].strip()
            while segs[0] and (segs[0][0] in ".)+-*/ " or segs[0].count("(") > segs[0].count(")")):
                segs[0] = segs[0][1:].strip()
            if not segs[0] or not re.search(r"[\d)%]\s*[-+*/]\s*[\d(.]", segs[0]):
                if segs[0] == "" and len(segs) > 2:
                    out["errors"].append("line %d: dangling relation %r" % (li, run))
                continue
            try:
                v0, tree = parse(segs[0])
                ok = True
                for c, sg in zip(conns, segs[1:]):
                    if re.fullmatch(r"%s%%?" % NUM, sg):
                        good = close(v0, sg, c == "≈")
                    else:
                        vi, _ = parse(sg)
                        good = (vi == v0) if c == "=" else abs(vi - v0) <= F(1, 2) / 10 ** max(
                            [ndec(x) for x in re.findall(NUM, sg)] + [0])
                    ok = ok and good
                last = segs[-1]
                if not re.fullmatch(r"%s%%?" % NUM, last):
                    out["errors"].append("line %d: result is not a number: %r" % (li, last))
                    continue
                rec = dict(line=li, ok=ok, lhs=v0, tree=tree, written=last.rstrip("%"), approx=conns[-1] == "≈",
                           text=run.strip())
            except ParseError as e:
                out["errors"].append("line %d: %s" % (li, e))
                continue
            (out["checks"] if is_check else out["comps"]).append(rec)
    return out


# ------------------------------------------------------------------ fault kinds

def kind_ok(kind, r, w, tree):
    rv, wv = F(r), F(w)
    if kind == "off_by_one":
        return abs(wv - rv) == 1
    if kind == "off_by_ten":
        return abs(wv - rv) == 10
    if kind == "decimal_shift":
        return wv in (rv * 10, rv / 10)
    if kind == "swap_digits":
        if len(r) != len(w) or r.find(".") != w.find("."):
            return False
        a, b = r.replace(".", ""), w.replace(".", "")
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if kind == "drop_digit":
        return any(r[i].isdigit() and r[:i] + r[i + 1:] == w for i in range(len(r)))
    if kind == "double_digit":
        return any(r[i].isdigit() and r[:i] + r[i] + r[i:] == w for i in range(len(r)))
    if kind == "wrong_op":
        if tree[0] == "n" or tree[1][0] != "n" or tree[2][0] != "n":
            return False
        a, b = numval(tree[1][1]), numval(tree[2][1])
        alts = {"+": a + b, "-": a - b, "*": a * b}
        if b != 0:
            alts["/"] = a / b
        return any(v == wv for op, v in alts.items() if op != tree[0])
    return False


# ------------------------------------------------------------------ rows

def line_span(sol, li):
    lines = sol.split("\n")
    s = sum(len(l) + 1 for l in lines[:li])
    return [s, s + len(lines[li])]


def final_of(sol):
    last = sol.split("\n")[-1]
    m = re.fullmatch(r"#### (%s)" % NUM, last)
    return m.group(1) if m else None


def verify_common(a, errs, all_ok=True):
    errs += a["errors"]
    for li, x, n in a["ceils"]:
        xv = F(x)
        if xv.denominator == 1 or F(n) != math.ceil(xv):
            errs.append("bad round-up %s -> %s" % (x, n))
        if not any(F(c["written"]) == xv or close(c["lhs"], x, True) for c in a["comps"]):
            errs.append("round-up source %s not a computed result" % x)
    for c in a["checks"]:
        if not c["ok"]:
            errs.append("check line wrong: " + c["text"])
    if all_ok:
        for c in a["comps"]:
            if not c["ok"]:
                errs.append("wrong computation: " + c["text"])


def check_row(row, correct):
    errs = []
    v = row["variant"]
    want = {"correct": KEYS_BASE, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}.get(v)
    if want is None or list(row.keys()) != want:
        return ["bad keys/variant %s" % list(row.keys())]
    if not re.fullmatch(NUM, row["final"]):
        errs.append("final not a plain number")
    sol = row["solution"]
    body = sol
    if v == "loop":  # an unfinished tail line is not analysed (it holds no digits by construction)
        tail = sol.rsplit("\n", 1)[-1]
        if not re.search(r"\d", tail):
            body = sol.rsplit("\n", 1)[0]
    a = analyse(body)
    n = len(a["comps"])
    if v != "loop" and not 2 <= n <= 8:
        errs.append("expected 2-8 computations, found %d" % n)
    if v == "correct":
        verify_common(a, errs)
        if final_of(sol) != row["final"]:
            errs.append("#### line %r != final %r" % (final_of(sol), row["final"]))
        if not any(c["written"] == row["final"] for c in a["comps"]) and not any(
                x[2] == row["final"] for x in a["ceils"]):
            errs.append("final answer never computed")
    elif v in ("slip", "carry"):
        verify_common(a, errs, all_ok=False)
        bad = [i for i, c in enumerate(a["comps"]) if not c["ok"]]
        if len(bad) != 1:
            errs.append("expected exactly one wrong computation, found %d" % len(bad))
        else:
            i = bad[0]
            c = a["comps"][i]
            if i + 1 != row["step"]:
                errs.append("step %d labelled, wrong computation is #%d" % (row["step"], i + 1))
            if line_span(sol, c["line"]) != row["span"]:
                errs.append("span %s != line span %s" % (row["span"], line_span(sol, c["line"])))
            if c["written"] != row["wrong"]:
                errs.append("written %s != wrong %s" % (c["written"], row["wrong"]))
            if not close(c["lhs"], row["right"], True) or (not c["approx"] and c["lhs"] != F(row["right"])):
                errs.append("right %s is not the correct value %s" % (row["right"], float(c["lhs"])))
            if abs(F(row["wrong"]) - c["lhs"]) <= F(1, 2) / 10 ** ndec(row["wrong"]):
                errs.append("wrong value within rounding tolerance")
            if row["kind"] not in KINDS or not kind_ok(row["kind"], row["right"], row["wrong"], c["tree"]):
                errs.append("kind %s does not describe %s -> %s" % (row["kind"], row["right"], row["wrong"]))
        fin = final_of(sol)
        if fin is None:
            errs.append("no #### line")
        elif v == "slip" and fin != row["final"]:
            errs.append("slip final %s != gold %s" % (fin, row["final"]))
        elif v == "carry" and F(fin) == F(row["final"]):
            errs.append("carry final equals gold")
        if correct is not None and len(bad) == 1:
            cl, sl = correct["solution"].split("\n"), sol.split("\n")
            li = a["comps"][bad[0]]["line"]
            if cl[:li] != sl[:li]:
                errs.append("text before the fault differs from the correct solution")
            if v == "slip" and (len(cl) != len(sl) or cl[li + 1:] != sl[li + 1:]):
                errs.append("slip changes more than the faulted line")
    elif v == "loop":
        verify_common(a, errs)
        if "####" in sol:
            errs.append("loop has #### line")
        s0, s1 = row["span"]
        unit = sol[s0:s1]
        L = len(unit)
        if not unit or s0 < L + 1 or sol[s0 - 1] != "\n" or sol[s0 - 1 - L:s0 - 1] != unit:
            errs.append("span is not the second copy of a repeated unit")
        else:
            if not (s0 - 1 - L == 0 or sol[s0 - 2 - L] == "\n"):
                errs.append("first copy does not start a line")
            nl = unit.count("\n") + 1
            if not 1 <= nl <= 3:
                errs.append("unit has %d lines" % nl)
            pos, count = s0, 2
            while sol.startswith("\n" + unit, pos + L):
                pos += L + 1
                count += 1
            rest = sol[pos + L:]
            if count != row["repeats"]:
                errs.append("repeats %d != counted %d" % (row["repeats"], count))
            if not 8 <= count <= 30:
                errs.append("repeat count out of range")
            if rest:
                if not rest.startswith("\n") or "\n" in rest[1:] or re.search(r"\d", rest) or \
                        not unit.split("\n")[0].startswith(rest[1:]) or len(rest) < 2:
                    errs.append("tail is not an unfinished digit-free prefix of the unit")
            last_unit_line = s0 - 1 - L + len(unit.rsplit("\n", 1)[0]) + 1 if "\n" in unit else s0 - 1 - L
            li = sol[:s0 - 1].count("\n")
            if not any(c["line"] == li for c in a["comps"]):
                errs.append("repeated unit does not end with a computation line")
            if correct is not None:
                pre = sol[:s0 - 1]
                cs = correct["solution"]
                if not (cs.startswith(pre) and cs[len(pre):len(pre) + 1] == "\n"):
                    errs.append("loop prefix is not a prefix of the correct solution")
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by_pid = defaultdict(dict)
    for r in rows:
        by_pid[r["pid"]][r["variant"]] = r
    fails = 0
    for r in rows:
        errs = []
        group = by_pid[r["pid"]]
        if sorted(group) != ["carry", "correct", "loop", "slip"]:
            errs.append("pid does not have exactly the 4 variants")
        for k in ("template", "style", "problem", "final"):
            if len({g[k] for g in group.values()}) != 1:
                errs.append("rows of pid disagree on " + k)
        errs += check_row(r, group.get("correct"))
        if errs:
            fails += 1
            if fails <= 40:
                print("FAIL %s %s [%s]: %s" % (r["pid"], r["variant"], r["style"], "; ".join(errs[:4])))
    counts = Counter(r["variant"] for r in rows)
    print("rows=%d %s templates=%d styles=%d" % (len(rows), dict(counts), len({r["template"] for r in rows}),
                                                 len({r["style"] for r in rows})))
    if fails:
        print("FAIL: %d rows" % fails)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
