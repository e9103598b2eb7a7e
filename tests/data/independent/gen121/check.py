#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

Parses every computation written in each solution (after normalising
markdown, LaTeX, worded operators, tables, GSM8K <<...>> annotations,
currency and thousands separators), re-evaluates it with exact rational
arithmetic, and checks that each row is what its label says.  Rounded
results ("≈") must equal the exact value rounded half-up at the written
number of decimals; "=" results must be exact.  Prints PASS and exits 0
only if every row is as labelled.
"""
import json
import math
import re
import sys
from collections import Counter
from decimal import Decimal as D
from fractions import Fraction as F

KEYS_FAULT = ["pid", "template", "style", "problem", "variant", "solution", "final",
              "span", "wrong", "right", "step", "kind"]
KEYS_CORRECT = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_LOOP = KEYS_CORRECT + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit",
         "wrong_op", "decimal_shift"}


def rhu(x, dec):
    n = math.floor(F(x) * (10 ** dec) + F(1, 2))
    return F(n, 10 ** dec)


def ndec(s):
    s = s.rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- normalising

WORDS = [
    (r",?\s+which is about\s+", " ≈ "),
    (r"\s+is about\s+", " ≈ "),
    (r",\s+which is\s+", " = "),
    (r"\s+which is\s+", " = "),
    (r"\s+equals\s+", " = "),
    (r",?\s+(?:that\s+)?gives us\s+", " = "),
    (r"\s+times\s+", " × "),
    (r"\s+multiplied by\s+", " × "),
    (r"\s+divided by\s+", " ÷ "),
    (r"\s+minus\s+", " − "),
    (r"\s+plus\s+", " + "),
]

ANN = re.compile(r"<<([^<>=]+)=([^<>]+)>>")


class RowError(Exception):
    pass


def strip_frac(s):
    while True:
        m = re.search(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", s)
        if not m:
            return s
        s = s[:m.start()] + "(" + m.group(1) + ")/(" + m.group(2) + ")" + s[m.end():]


def normalise(line, errors):
    s = line
    # GSM8K calculator annotations
    out = []
    pos = 0
    for m in ANN.finditer(s):
        before = s[pos:m.start()]
        after = s[m.end():]
        mv = re.match(r"\d+(?:\.\d+)?", after)
        if not mv or mv.group(0) != m.group(2):
            errors.append("annotation result %r not repeated after it" % m.group(0))
        v = evaluate(tokenize(m.group(1)))
        if v is None:
            errors.append("unparseable annotation %r" % m.group(0))
        if re.search(r"=\s*\$?\s*$", before):
            out.append(before)
        else:
            out.append(before + " " + m.group(1) + " = ")
        pos = m.end()
    out.append(s[pos:])
    s = "".join(out)
    # markdown table row: calculation cell (=) result cell
    st = s.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"\d", cells[-2]) and re.search(r"[×x*·÷/+−\-]", cells[-2]):
            joiner = " " if cells[-1].lstrip("*").startswith("≈") else " = "
            s = cells[-2] + joiner + cells[-1]
        else:
            s = " ; ".join(cells)
    # LaTeX
    s = s.replace("{,}", ",")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = strip_frac(s)
    s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1", s)
    for a, b in [("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\left(", "("), ("\\right)", ")"), ("\\(", " "), ("\\)", " "), ("\\[", " "),
                 ("\\]", " "), ("\\$", "$"), ("\\%", "%"), ("\\,", " "), ("\\;", " "), ("\\quad", " ")]:
        s = s.replace(a, b)
    s = s.replace("**", "")
    for pat, rep in WORDS:
        s = re.sub(pat, rep, s)
    s = re.sub(r"(\d)%\s+of\s+", r"\1% × ", s)
    s = s.replace("$", "")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    # unit words between a number and an operator / relation
    s = re.sub(r"(\d%?)\s+[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?\s+(?=(?:[×*·÷/+−=≈\-]|x)\s*[\d(])",
               r"\1 ", s)
    s = re.sub(r"(?<=[\d)%])\s*x\s*(?=[\d(])", " × ", s)
    return s


TOK = re.compile(r"(?P<num>\d+(?:\.\d+)?%?)|(?P<op>[+\-−×*·÷/])|(?P<lp>\()|(?P<rp>\))|"
                 r"(?P<rel>[=≈])|(?P<arrow>→)|(?P<ws>\s+)|(?P<other>.)")


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        kind = m.lastgroup
        if kind == "ws":
            continue
        out.append((kind, m.group(0)))
    return out


def numval(t):
    if t.endswith("%"):
        return F(D(t[:-1])) / 100
    return F(D(t))


def evaluate(toks):
    """Recursive-descent evaluation of num/op/lp/rp tokens; None if malformed."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def atom():
        k, v = peek()
        if k == "num":
            pos[0] += 1
            return numval(v)
        if k == "lp":
            pos[0] += 1
            x = expr()
            if peek()[0] != "rp":
                raise ValueError
            pos[0] += 1
            return x
        raise ValueError

    def term():
        x = atom()
        while peek()[0] == "op" and peek()[1] in "×*·÷/":
            o = peek()[1]
            pos[0] += 1
            y = atom()
            if o in "÷/":
                if y == 0:
                    raise ValueError
                x = x / y
            else:
                x = x * y
        return x

    def expr():
        x = term()
        while peek()[0] == "op" and peek()[1] in "+-−":
            o = peek()[1]
            pos[0] += 1
            y = term()
            x = x + y if o == "+" else x - y
        return x
    try:
        v = expr()
    except (ValueError, ZeroDivisionError):
        return None
    if pos[0] != len(toks):
        return None
    return v


def chains(line, errors):
    """Computation chains in one (raw) line."""
    s = normalise(line, errors)
    if "<<BAD>>" in s:
        # a wrong calculator annotation counts as a wrong computation
        pass
    toks = tokenize(s.replace("<<BAD>>", " BAD "))
    runs, cur = [], []
    for t in toks:
        if t[0] == "other":
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        runs.append(cur)
    found = []
    for run in runs:
        # split off an arrow round-up
        arrow = None
        if any(t[0] == "arrow" for t in run):
            i = [t[0] for t in run].index("arrow")
            arrow = run[i + 1:]
            run = run[:i]
        while run and run[0][0] not in ("num", "lp"):
            run = run[1:]
        while run and run[-1][0] not in ("num", "rp"):
            run = run[:-1]
        if not any(t[0] == "rel" for t in run):
            continue
        segs, rels, c = [], [], []
        for t in run:
            if t[0] == "rel":
                segs.append(c)
                rels.append(t[1])
                c = []
            else:
                c.append(t)
        segs.append(c)
        if any(not sg for sg in segs):
            errors.append("empty segment in %r" % line)
            continue
        if not any(t[0] == "op" for t in segs[0]):
            continue
        vals = [evaluate(sg) for sg in segs]
        if any(v is None for v in vals):
            errors.append("cannot parse computation in %r" % line)
            continue
        ok = True
        for j in range(1, len(segs)):
            bare = len(segs[j]) == 1 and segs[j][0][0] == "num"
            if bare:
                w = vals[j]
                d = ndec(segs[j][0][1])
                if rels[j - 1] == "=":
                    good = w == vals[j - 1]
                else:
                    good = rhu(vals[j - 1], d) == w
            else:
                good = vals[j] == vals[j - 1]
            if not good:
                ok = False
        last = segs[-1]
        res_str = last[0][1] if len(last) == 1 and last[0][0] == "num" else None
        if arrow is not None:
            if not arrow or arrow[0][0] != "num":
                errors.append("arrow without number in %r" % line)
            else:
                n = numval(arrow[0][1])
                if n != math.ceil(vals[-1]) or n == vals[-1]:
                    errors.append("bad round-up in %r" % line)
        found.append({"ok": ok, "res": res_str, "true": vals[-2] if len(vals) > 1 else None,
                      "first": segs[0], "vals": vals})
    return found


def all_numbers(text):
    t = text.replace("{,}", ",").replace("$", "")
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    return [F(D(m.group(0))) for m in re.finditer(r"\d+(?:\.\d+)?", t)]


def analyse(sol, errors):
    lines = sol.split("\n")
    comps = []
    pos = 0
    final = None
    for li, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.startswith("####"):
            final = line[4:].strip()
            if li != len(lines) - 1:
                errors.append("#### not on last line")
            continue
        for c in chains(line, errors):
            c["line"] = li
            c["span"] = [start, end]
            comps.append(c)
    return lines, comps, final


# ---------------------------------------------------------------- kinds

def kind_ok(kind, w, r, comp):
    W, R = F(D(w)), F(D(r))
    if kind == "off_by_one":
        return abs(W - R) == 1
    if kind == "off_by_ten":
        return abs(W - R) == 10
    if kind == "decimal_shift":
        return W == R * 10 or W * 10 == R
    if kind == "swap_digits":
        if len(w) != len(r) or w.find(".") != r.find("."):
            return False
        w, r = w.replace(".", ""), r.replace(".", "")
        diff = [i for i in range(len(w)) if w[i] != r[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == r[diff[1]] and w[diff[1]] == r[diff[0]]
    if kind == "drop_digit":
        return len(w) == len(r) - 1 and any(r[:i] + r[i + 1:] == w and r[i].isdigit() for i in range(len(r)))
    if kind == "double_digit":
        return len(w) == len(r) + 1 and any(w[:i] + w[i + 1:] == r and i > 0 and w[i] == w[i - 1]
                                            for i in range(len(w)))
    if kind == "wrong_op":
        toks = comp["first"]
        d = ndec(w)
        for i, t in enumerate(toks):
            if t[0] != "op":
                continue
            for o in "+−×÷":
                if o == t[1] or (o == "−" and t[1] == "-") or (o == "×" and t[1] in "*·") or (o == "÷" and t[1] == "/"):
                    continue
                v = evaluate(toks[:i] + [("op", o)] + toks[i + 1:])
                if v is not None and v > 0 and (v == W or rhu(v, d) == W):
                    return True
        return False
    return False


# ---------------------------------------------------------------- rows

def check_row(row, by_pid, errors):
    v = row["variant"]
    keys = {"correct": KEYS_CORRECT, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}.get(v)
    if keys is None or list(row.keys()) != keys:
        errors.append("bad keys/variant %s" % list(row.keys()))
        return
    if not re.fullmatch(r"\d+(?:\.\d+)?", row["final"]):
        errors.append("final not a plain number")
    sol = row["solution"]
    lines, comps, fin = analyse(sol, errors)
    bad = [i for i, c in enumerate(comps) if not c["ok"]]
    if v == "correct":
        if bad:
            errors.append("correct row has wrong computation(s) %s" % [lines[comps[i]["line"]] for i in bad])
        if not 2 <= len(comps) <= 8:
            errors.append("correct row has %d computations" % len(comps))
        if fin != row["final"]:
            errors.append("#### %r != final %r" % (fin, row["final"]))
        return
    if v in ("slip", "carry"):
        if row["kind"] not in KINDS:
            errors.append("unknown kind")
        if len(bad) != 1:
            errors.append("%s row has %d wrong computations" % (v, len(bad)))
            return
        c = comps[bad[0]]
        if bad[0] + 1 != row["step"]:
            errors.append("step %s but wrong computation is #%d" % (row["step"], bad[0] + 1))
        if c["span"] != row["span"]:
            errors.append("span %s != line span %s" % (row["span"], c["span"]))
        if c["res"] is None or F(D(c["res"])) != F(D(row["wrong"])):
            errors.append("written result %r != wrong %r" % (c["res"], row["wrong"]))
        true = c["true"]
        R = F(D(row["right"]))
        if not (true == R or rhu(true, ndec(row["right"])) == R):
            errors.append("right %r inconsistent with true value %s" % (row["right"], float(true)))
        W = F(D(row["wrong"]))
        dw = ndec(row["wrong"])
        if W == true or rhu(true, dw) == W or abs(W - true) <= F(1, 2 * 10 ** dw):
            errors.append("wrong value within rounding tolerance")
        if not kind_ok(row["kind"], row["wrong"], row["right"], c):
            errors.append("kind %s does not match %s -> %s" % (row["kind"], row["right"], row["wrong"]))
        cor = by_pid[row["pid"]].get("correct")
        later_text = sol[row["span"][1]:]
        later = all_numbers(later_text)
        if v == "slip":
            if fin != row["final"]:
                errors.append("slip #### %r != final %r" % (fin, row["final"]))
            if W in later:
                errors.append("slip: wrong value reused later")
            if cor is not None:
                cl = cor["solution"].split("\n")
                diffs = [i for i in range(max(len(cl), len(lines)))
                         if i >= len(cl) or i >= len(lines) or cl[i] != lines[i]]
                if diffs != [c["line"]]:
                    errors.append("slip differs from correct on lines %s" % diffs)
        else:
            if fin is None or F(D(fin)) == F(D(row["final"])):
                errors.append("carry #### equals gold")
            if W not in later:
                errors.append("carry: wrong value not carried forward")
            if cor is not None:
                cl = cor["solution"].split("\n")
                if cl[:c["line"]] != lines[:c["line"]]:
                    errors.append("carry differs from correct before the fault")
        return
    # loop
    if fin is not None or "####" in sol:
        errors.append("loop row has ####")
    if bad:
        errors.append("loop row has wrong computations")
    s0, e0 = row["span"]
    U = sol[s0:e0]
    n = row["repeats"]
    if not (8 <= n <= 30) or not U or sol[s0 - 1] != "\n":
        errors.append("bad loop span/repeats")
        return
    c0 = s0 - 1 - len(U)
    if c0 < 0 or sol[c0:s0 - 1] != U or (c0 > 0 and sol[c0 - 1] != "\n"):
        errors.append("first copy does not precede span")
        return
    body = "\n".join([U] * n)
    rest = sol[c0:]
    if not rest.startswith(body):
        errors.append("repeats do not match")
        return
    tail = rest[len(body):]
    if tail:
        first = U.split("\n")[0]
        if not (tail.startswith("\n") and first.startswith(tail[1:]) and 0 < len(tail[1:]) < len(first)
                and not re.search(r"\d", tail[1:])):
            errors.append("bad unfinished tail %r" % tail)
    prev = sol[:c0 - 1] if c0 > 0 else ""
    if prev == U or prev.endswith("\n" + U):
        errors.append("more copies than repeats")
    last_line = U.split("\n")[-1]
    errs2 = []
    if not chains(last_line, errs2):
        errors.append("loop unit does not end on a computation line")
    cor = by_pid[row["pid"]].get("correct")
    if cor is not None and not cor["solution"].startswith(sol[:s0 - 1]):
        errors.append("loop prefix is not the correct solution")
    row["_partial"] = bool(tail)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by_pid = {}
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r
    failures = 0
    for r in rows:
        errs = []
        try:
            check_row(r, by_pid, errs)
        except Exception as e:  # noqa
            errs.append("exception %r" % (e,))
        if errs:
            failures += 1
            if failures <= 15:
                print("FAIL", r["pid"], r["variant"], r["style"], "|", "; ".join(errs[:3]))
    # set-level checks
    gerr = []
    for pid, g in by_pid.items():
        if sorted(g) != ["carry", "correct", "loop", "slip"]:
            gerr.append("%s variants %s" % (pid, sorted(g)))
        if len({(x["template"], x["style"], x["problem"], x["final"]) for x in g.values()}) != 1:
            gerr.append("%s inconsistent group" % pid)
    if len(rows) != 4 * len(by_pid):
        gerr.append("row count not 4 per problem")
    if not 550 <= len(by_pid) <= 800:
        gerr.append("problem count %d" % len(by_pid))
    tmpl = Counter(r["template"] for r in rows if r["variant"] == "correct")
    sty = Counter(r["style"] for r in rows if r["variant"] == "correct")
    if len(tmpl) < 15:
        gerr.append("only %d templates" % len(tmpl))
    if len(sty) < 9:
        gerr.append("only %d styles" % len(sty))
    for e in gerr[:10]:
        print("FAIL set:", e)
    var = Counter(r["variant"] for r in rows)
    kinds = Counter(r["kind"] for r in rows if r["variant"] in ("slip", "carry"))
    partial = sum(1 for r in rows if r.get("_partial"))
    print("problems=%d rows=%d variants=%s" % (len(by_pid), len(rows), dict(sorted(var.items()))))
    print("templates=%d styles=%d kinds=%s loop_partial=%d/%d" % (len(tmpl), len(sty), dict(sorted(kinds.items())),
                                                                 partial, var["loop"]))
    if failures or gerr:
        print("FAILED rows=%d set-errors=%d" % (failures, len(gerr)))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
