#!/usr/bin/env python3
"""Independent re-check of an mcrgen JSONL set, from the text alone.

    python3 check.py set.jsonl [-v]

This file does not import the generator.  It reads every solution line, finds
every written computation ("<expr> = <number>", GSM8K "<<expr=number>>"
annotations, "Label = expr" / "Label = number" pairs over two lines), evaluates
it exactly with fractions.Fraction and compares.  Then, per row:

  correct  no wrong computation; the final answer equals the last result
  slip     the only wrong computations are on the span line, with written
           value == wrong and true value == right; every other line is the
           same as in the correct row; the right value is used later;
           final == correct final
  carry    lines before the span are the correct row's; span line wrong as
           above; every later computation is right (so it is consistent with
           the wrong value), the wrong value is used later, the final answer
           follows from it and differs from correct_final
  loop     no final answer; the text before the span is the correct row's;
           the period_lines lines before the span are repeated `repeats`
           more times, optionally followed by a cut-off prefix of the block;
           every computation is right

It also checks that every operand of a correct row is grounded (appears in the
problem, is an earlier result, or is a small everyday constant), that the four
variants share problem and style, and the fault kind.
Exit status 0 when everything passes.
"""
import json
import re
import sys
from fractions import Fraction as F

CONSTANTS = [F(x) for x in ("1", "2", "3", "4", "5", "6", "7", "10", "12", "24", "52",
                            "60", "100", "1000", "365", "0.5", "0.25", "0.1", "0.05",
                            "0.01", "1.5")]

# --------------------------------------------------------------- tokenising
ANNOT = re.compile(r"<<([^<>]*)>>")
TOK = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?|\.\d+)|(?P<op>[-+*/])|(?P<lp>\()|"
                 r"(?P<rp>\))|(?P<eq>=)|(?P<pct>%)|(?P<word>[A-Za-z]+(?:'s)?)|(?P<other>\S))")


def normalize(s):
    s = s.replace("\\$", "$")
    s = re.sub(r"\\(?:text|mathrm|textbf|mbox|textrm)\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\boxed", " ")
    s = s.replace("{,}", ",")
    for _ in range(3):
        s = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    for a, b in (("\\times", "*"), ("\\cdot", "*"), ("\\div", "/"), ("\u00d7", "*"),
                 ("\u00f7", "/"), ("\u2212", "-"), ("\u00b7", "*"), ("\\%", "%"),
                 ("\\left", ""), ("\\right", "")):
        s = s.replace(a, b)
    s = re.sub(r"\\[\[\]()]", " ", s)
    s = re.sub(r"\\[,;!: ]", " ", s)
    s = s.replace("**", " ")
    s = s.replace("$", "")
    s = s.replace("{", " ").replace("}", " ")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(?<=[\d%)])\s*x\s*(?=[\d(.])", " * ", s)
    s = re.sub(r"%\s*of\b", "% * ", s)
    s = re.sub(r"(\d+\s*/\s*\d+)\s+of\b", r"\1 * ", s)
    return s


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        for k in ("num", "op", "lp", "rp", "eq", "pct", "word", "other"):
            if m.group(k) is not None:
                out.append((k, m.group(k)))
                break
    # unit words directly after a number, followed by an operator or '='
    res = []
    i = 0
    while i < len(out):
        k, v = out[i]
        res.append((k, v))
        i += 1
        if k in ("num", "pct"):
            j = i
            words = 0
            while j < len(out):
                if out[j][0] == "word" and words < 2:
                    j += 1
                    words += 1
                elif out[j][0] == "op" and out[j][1] == "/" and j + 1 < len(out) \
                        and out[j + 1][0] == "word":
                    j += 2
                else:
                    break
            if j > i and (j == len(out) or out[j][0] in ("op", "eq", "rp")):
                i = j
    return [(k if k in ("num", "op", "lp", "rp", "eq", "pct") else "brk", v) for k, v in res]


class Bad(Exception):
    pass


def parse(toks):
    """Full parse of a token list. Returns (value, uses_pct, operands, n_ops)."""
    st = {"i": 0, "pct": False, "ops": 0, "nums": []}

    def peek():
        return toks[st["i"]] if st["i"] < len(toks) else (None, None)

    def factor():
        k, v = peek()
        if k == "num":
            st["i"] += 1
            x = F(v)
            st["nums"].append(x)
        elif k == "lp":
            st["i"] += 1
            x = expr()
            if peek()[0] != "rp":
                raise Bad()
            st["i"] += 1
        else:
            raise Bad()
        if peek()[0] == "pct":
            st["i"] += 1
            st["pct"] = True
            x = x / 100
        return x

    def term():
        x = factor()
        while peek()[0] == "op" and peek()[1] in "*/":
            op = peek()[1]
            st["i"] += 1
            st["ops"] += 1
            y = factor()
            if op == "*":
                x = x * y
            else:
                if y == 0:
                    raise Bad()
                x = x / y
        return x

    def expr():
        x = term()
        while peek()[0] == "op" and peek()[1] in "+-":
            op = peek()[1]
            st["i"] += 1
            st["ops"] += 1
            y = term()
            x = x + y if op == "+" else x - y
        return x

    if not toks:
        return None
    try:
        v = expr()
    except Bad:
        return None
    if st["i"] != len(toks):
        return None
    return v, st["pct"], st["nums"], st["ops"]


def longest_suffix(part):
    for s in range(len(part)):
        r = parse(part[s:])
        if r is not None:
            return r
    return None


def longest_prefix(part):
    for e in range(len(part), 0, -1):
        r = parse(part[:e])
        if r is not None:
            return r, e
    return None, 0


def make_comp(lhs, rhs):
    """Compare a left and a right parse result on the scale of the written result.

    '10% x 3 = 30%' compares 0.3 with 0.3; '0.25 x 100 = 25%' compares 25 with 25.
    """
    if rhs[1]:
        w = rhs[0] * 100
        if lhs[1]:
            true = lhs[0] * 100
        else:
            true = lhs[0] if lhs[0] == w else lhs[0] * 100
    else:
        w = rhs[0]
        true = lhs[0]
    return {"ok": true == w, "lhs": true, "w": w, "nums": lhs[2],
            "rnums": rhs[2] if rhs[3] else []}


def comps_in(text):
    """Computations in a piece of text: list of dicts."""
    toks = tokens(normalize(text))
    out = []
    seg = []
    segs = []
    for t in toks + [("brk", "")]:
        if t[0] == "brk":
            if seg:
                segs.append(seg)
            seg = []
        else:
            seg.append(t)
    for seg in segs:
        parts = [[]]
        for t in seg:
            if t[0] == "eq":
                parts.append([])
            else:
                parts[-1].append(t)
        for a, b in zip(parts, parts[1:]):
            lhs = longest_suffix(a)
            rhs, _ = longest_prefix(b)
            if lhs is None or rhs is None:
                continue
            if lhs[3] == 0 and rhs[3] == 0 and lhs[0] == rhs[0]:
                continue
            out.append(make_comp(lhs, rhs))
    return out


def label_of(line):
    if line.count("=") != 1:
        return None, None
    left, right = line.split("=")
    if any(ch.isdigit() for ch in left):
        return None, None
    lab = re.sub(r"[^a-z' ]", " ", left.lower())
    lab = " ".join(lab.split())
    if not lab:
        return None, None
    return lab, right


def analyse(solution):
    """Per-line list of computations (label pairs are credited to the result line)."""
    lines = solution.split("\n")
    per = []
    held = []
    pending = {}
    for ln in lines:
        cs = []
        for m in ANNOT.finditer(ln):
            cs.extend(comps_in(m.group(1)))
        body = ANNOT.sub("", ln)
        cs.extend(comps_in(body))
        lab, right = label_of(body)
        if lab is not None:
            toks = [t for t in tokens(normalize(right))]
            while toks and toks[-1][0] == "brk":
                toks.pop()
            while toks and toks[0][0] in ("brk",):
                toks.pop(0)
            r = parse(toks) if toks and all(t[0] != "brk" for t in toks) else None
            if r is not None and r[3] > 0:
                pending[lab] = r
                held.append(len(per))
            elif r is not None and r[3] == 0 and lab in pending:
                lhs = pending.pop(lab)
                cs.append(make_comp(lhs, r))
        per.append(cs)
    unparsed = [i for i, ln in enumerate(lines)
                if "=" in ANNOT.sub("", ln) and not per[i] and i not in held]
    return lines, per, unparsed


# ---------------------------------------------------------------- finals
def first_num(s):
    for k, v in tokens(normalize(s)):
        if k == "num":
            return F(v)
    return None


def last_num(s):
    r = None
    for k, v in tokens(normalize(s)):
        if k == "num":
            r = F(v)
    return r


def final_answer(sol):
    m = list(re.finditer(r"\\boxed\{([^{}]*)\}", sol))
    if m:
        return first_num(m[-1].group(1))
    m = list(re.finditer(r"^####\s*(.+)$", sol, re.M))
    if m:
        return first_num(m[-1].group(1))
    lines = [x for x in sol.split("\n") if x.strip()]
    last = lines[-1]
    i = last.lower().rfind("answer")
    if i >= 0:
        return first_num(last[i:])
    return last_num(last)


def has_final_marker(sol):
    low = sol.lower()
    return "\\boxed" in sol or "####" in sol or "answer is" in low or "answer:" in low


# ----------------------------------------------------------------- checks
def problem_numbers(problem):
    nums = []
    for k, v in tokens(normalize(problem)):
        if k == "num":
            x = F(v)
            nums += [x, x / 100]
    for a, b in re.findall(r"(\d+)/(\d+)", problem):
        nums.append(F(int(a), int(b)))
    return nums


def line_index(sol, span):
    s, e = span
    if not (0 <= s <= e <= len(sol)):
        return None
    if s > 0 and sol[s - 1] != "\n":
        return None
    if e < len(sol) and sol[e] != "\n":
        return None
    if "\n" in sol[s:e]:
        return None
    return sol[:s].count("\n")


def fault_kind_ok(kind, wrong_s, right_s, comps):
    w, r = F(wrong_s), F(right_s)
    if kind == "off_by":
        return abs(w - r) in (F(1), F(2), F(3), F(10), F(1, 10), F(1, 100))
    if kind == "times10":
        return w == r * 10
    if kind == "div10":
        return w * 10 == r
    if kind == "digit_swap":
        if len(wrong_s) != len(right_s):
            return False
        d = [i for i in range(len(wrong_s)) if wrong_s[i] != right_s[i]]
        return len(d) == 2 and d[1] == d[0] + 1 and wrong_s[d[0]] == right_s[d[1]] \
            and wrong_s[d[1]] == right_s[d[0]]
    if kind == "wrong_op":
        for c in comps:
            if len(c["nums"]) == 2 and c["lhs"] == r:
                a, b = c["nums"]
                alts = [a + b, a - b, a * b] + ([a / b] if b else [])
                if w in alts:
                    return True
        return False
    return False


def check_rows(rows, verbose=False):
    errs = []

    def err(r, msg):
        errs.append("%s/%s: %s" % (r.get("pid"), r.get("variant"), msg))

    by_pid = {}
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r

    stats = {"comps": 0, "lines": 0}
    for pid, vs in by_pid.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append("%s: variants %s" % (pid, sorted(vs)))
            continue
        probs = [(v["problem"], v["style"], v["template"]) for v in vs.values()]
        if any(p != probs[0] for p in probs):
            errs.append("%s: problem/style/template differ across variants" % pid)
        c = vs["correct"]
        c_lines, c_per, c_un = analyse(c["solution"])
        if c_un:
            err(c, "'=' lines with no readable computation: %s" % c_un)

        # ---- correct
        allc = [x for cs in c_per for x in cs]
        stats["comps"] += len(allc)
        stats["lines"] += len(c_lines)
        if len(allc) < 2:
            err(c, "fewer than two computations found")
        for li, cs in enumerate(c_per):
            for x in cs:
                if not x["ok"]:
                    err(c, "wrong computation on line %d: %r" % (li, c_lines[li]))
                if x["w"] <= 0:
                    err(c, "non-positive result on line %d" % li)
        fa = final_answer(c["solution"])
        if fa is None or c["final"] is None or fa != F(c["final"]):
            err(c, "final answer %r vs field %r" % (fa, c["final"]))
        if allc and allc[-1]["w"] != F(c["final"]):
            err(c, "final %s is not the last result %s" % (c["final"], allc[-1]["w"]))
        # grounding
        allowed = problem_numbers(c["problem"]) + list(CONSTANTS)
        for li, cs in enumerate(c_per):
            for x in cs:
                for n in x["nums"]:
                    if n not in allowed:
                        err(c, "operand %s on line %d not grounded: %r" % (n, li, c_lines[li]))
                allowed += [x["w"], x["lhs"]] + x["rnums"]

        # ---- slip and carry
        for vn in ("slip", "carry"):
            r = vs[vn]
            sol = r["solution"]
            li = line_index(sol, r.get("span", [0, -1]))
            if li is None:
                err(r, "span is not one whole line")
                continue
            lines, per, un = analyse(sol)
            if un:
                err(r, "'=' lines with no readable computation: %s" % un)
            bad = [i for i, cs in enumerate(per) if any(not x["ok"] for x in cs)]
            if bad != [li]:
                err(r, "wrong computations on lines %s, span line %d" % (bad, li))
                continue
            for x in per[li]:
                if not x["ok"] and (x["w"] != F(r["wrong"]) or x["lhs"] != F(r["right"])):
                    err(r, "span computation writes %s for %s, row says wrong=%s right=%s"
                        % (x["w"], x["lhs"], r["wrong"], r["right"]))
            if not fault_kind_ok(r["kind"], r["wrong"], r["right"], per[li]):
                err(r, "kind %s does not match %s -> %s" % (r["kind"], r["right"], r["wrong"]))
            later = [n for cs in per[li + 1:] for x in cs for n in x["nums"]]
            fa = final_answer(sol)
            allr = [x for cs in per for x in cs]
            if fa is None or fa != F(r["final"]) or allr[-1]["w"] != F(r["final"]):
                err(r, "final answer mismatch %r / %r" % (fa, r["final"]))
            if any(x["w"] <= 0 for x in allr):
                err(r, "non-positive result")
            if vn == "slip":
                if len(lines) != len(c_lines) or \
                        [i for i in range(len(lines)) if lines[i] != c_lines[i]] != [li]:
                    err(r, "slip differs from correct outside the span line")
                if F(r["right"]) not in later:
                    err(r, "right value not used after the span")
                if r["final"] != c["final"]:
                    err(r, "slip final differs from correct final")
            else:
                if lines[:li] != c_lines[:li]:
                    err(r, "carry differs from correct before the span")
                if F(r["wrong"]) not in later:
                    err(r, "wrong value not carried into a later step")
                if r.get("correct_final") != c["final"]:
                    err(r, "correct_final %r != correct row final %r"
                        % (r.get("correct_final"), c["final"]))
                if F(r["final"]) == F(c["final"]):
                    err(r, "carry final equals the correct final")

        # ---- loop
        r = vs["loop"]
        sol = r["solution"]
        if r["final"] is not None:
            err(r, "loop row has a final")
        if has_final_marker(sol):
            err(r, "loop row contains a final-answer marker")
        li = line_index(sol, r.get("span", [0, -1]))
        P, R = r.get("period_lines", 0), r.get("repeats", 0)
        lines, per, un = analyse(sol)
        if un:
            err(r, "'=' lines with no readable computation: %s" % un)
        if li is None or not (1 <= P <= li) or not (15 <= R <= 22):
            err(r, "bad loop span/period/repeats")
            continue
        if lines[:li] != c_lines[:li]:
            err(r, "loop start differs from the correct solution")
        block = lines[li - P:li]
        for k in range(R):
            if lines[li + k * P: li + (k + 1) * P] != block:
                err(r, "copy %d of the block differs" % (k + 1))
                break
        tail = lines[li + R * P:]
        if tail and not (len(tail) == 1 and tail[0] and block[0].startswith(tail[0])
                         and tail[0] != block[0]):
            err(r, "unexpected tail after the repeats: %r" % tail)
        ncomp_lines = sum(1 for cs in per[li - P:li] if cs)
        if not 1 <= ncomp_lines <= 2:
            err(r, "repeated block holds %d computation lines" % ncomp_lines)
        for i, cs in enumerate(per):
            if any(not x["ok"] for x in cs):
                err(r, "wrong computation on line %d" % i)
                break
    return errs, stats


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    path = args[0] if args else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln))
    errs, stats = check_rows(rows, verbose)
    counts = {}
    for r in rows:
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
    templates = len(set(r["template"] for r in rows))
    styles = {}
    for r in rows:
        if r["variant"] == "correct":
            styles[r["style"]] = styles.get(r["style"], 0) + 1
    print("rows %d  %s  templates %d  problems %d" % (
        len(rows), " ".join("%s=%d" % kv for kv in sorted(counts.items())), templates,
        counts.get("correct", 0)))
    print("computations re-derived in correct rows: %d over %d lines" % (stats["comps"], stats["lines"]))
    print("styles: " + ", ".join("%s=%d" % kv for kv in sorted(styles.items())))
    for e in errs[: (None if verbose else 40)]:
        print("ERROR", e)
    print("%d errors" % len(errs))
    ok = not errs and templates >= 150 and counts.get("correct", 0) >= 600
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
