#!/usr/bin/env python3
"""Independent re-check of set 19 from the text alone (does not import the generator).

Usage: python3 check.py [set.jsonl]
Prints PASS and exits 0 when every invariant holds.
"""
import json
import re
import sys
from fractions import Fraction as Fr

KINDS = {"off_by", "wrong_op", "digit_swap", "times10", "div10"}
PLAIN = re.compile(r"^\d+(?:\.\d+)?$")

# ------------------------------------------------------------------ normalisation
def normalize(line):
    s = line
    s = s.replace("{,}", ",")
    s = re.sub(r"(\d+)\s*\\[dt]?frac\{(\d+)\}\{(\d+)\}", r"\1 \2/\3", s)      # mixed number
    s = re.sub(r"\\[dt]?frac\{([^{}]+)\}\{([^{}]+)\}", r"\1/\2", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\times", " × ").replace("\\cdot", " × ").replace("\\div", " ÷ ")
    s = s.replace("\\%", "%").replace("\\$", "$")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\,", "").replace("{", "").replace("}", "")
    s = s.replace("**", "")
    s = re.sub(r"^\s*#{1,6}\s*", "", s)
    s = re.sub(r"^\s*[*\-]\s+", "", s)
    s = s.replace("−", "-").replace("×", "*").replace("÷", "/").replace("·", "*").replace("⋅", "*")
    s = re.sub(r"(?<=\d)\s+percent\b", "%", s)
    num_ahead = r"(?=\s*\$?\d)"
    s = re.sub(r"(?<=[\d%])\s+(?:times|multiplied by)\s+" + num_ahead, " * ", s)
    s = re.sub(r"(?<=[\d%])\s+divided by\s+" + num_ahead, " / ", s)
    s = re.sub(r"(?<=[\d%])\s+plus\s+" + num_ahead, " + ", s)
    s = re.sub(r"(?<=[\d%])\s+minus\s+" + num_ahead, " - ", s)
    s = re.sub(r"\s+equals\s+", " = ", s)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = s.replace("$", "")
    return s


TOK = re.compile(r"(?P<mix>\d+ \d+/\d+(?![\d.]))|(?P<num>\d+(?:\.\d+)?(?:\s?%)?)|(?P<op>[-+*/])|(?P<eq>=)|(?P<word>[A-Za-z][A-Za-z']*(?:-[A-Za-z]+)*)|(?P<p>\S)")


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group(k)
        if k == "mix":
            w, rest = t.split(" ")
            a, b = rest.split("/")
            toks.append(["NUM", Fr(int(w)) + Fr(int(a), int(b)), False, t])
        elif k == "num":
            pct = t.endswith("%")
            raw = t.rstrip("%").strip()
            v = Fr(raw)
            toks.append(["NUM", v / 100 if pct else v, pct, raw])
        elif k == "op":
            toks.append(["OP", t])
        elif k == "eq":
            toks.append(["EQ", t])
        elif k == "word":
            toks.append(["WORD", t])
        else:
            toks.append(["P", t])
    # contextual words
    for i, t in enumerate(toks):
        if t[0] == "WORD":
            w = t[1].lower()
            if w == "is":
                toks[i] = ["EQ", "is"]
            elif w in ("x", "of") and 0 < i < len(toks) - 1 and toks[i - 1][0] == "NUM" and toks[i + 1][0] == "NUM":
                toks[i] = ["OP", "*"]
    return toks


def evaluate(nums, ops):
    terms = [nums[0]]
    tops = []
    for op, n in zip(ops, nums[1:]):
        if op == "*":
            terms[-1] = terms[-1] * n
        elif op == "/":
            if n == 0:
                return None
            terms[-1] = terms[-1] / n
        else:
            tops.append(op)
            terms.append(n)
    r = terms[0]
    for op, n in zip(tops, terms[1:]):
        r = r + n if op == "+" else r - n
    return r


def computations(line):
    """List of dicts: operands (values), ops, value, rhs (value), rhs_raw, ok."""
    toks = tokenize(normalize(line))
    out = []
    for i, t in enumerate(toks):
        if t[0] != "EQ":
            continue
        if i + 1 >= len(toks) or toks[i + 1][0] != "NUM":
            continue
        j = i - 1
        skipped = 0
        while j >= 0 and toks[j][0] == "WORD" and skipped < 5:
            j -= 1
            skipped += 1
        if j < 0 or toks[j][0] != "NUM":
            continue
        nums = [toks[j]]
        ops = []
        while True:
            k = j - 1
            if k < 0 or toks[k][0] != "OP":
                break
            m = k - 1
            skipped = 0
            while m >= 0 and toks[m][0] == "WORD" and skipped < 5:
                m -= 1
                skipped += 1
            if m < 0 or toks[m][0] != "NUM":
                break
            nums.insert(0, toks[m])
            ops.insert(0, toks[k][1])
            j = m
        if not ops:
            continue
        val = evaluate([n[1] for n in nums], ops)
        rhs = toks[i + 1]
        rv = rhs[1]
        if rhs[2] and not any(n[2] for n in nums):
            rv = rhs[1] * 100
        out.append({"operands": [n[1] for n in nums], "ops": ops, "value": val,
                    "rhs": rv, "rhs_raw": rhs[3], "ok": val == rv})
    return out


def answers(line):
    found = []
    raw = line.replace("{,}", ",").replace("\\$", "")
    for m in re.finditer(r"\\boxed\{([^{}]*)\}", raw):
        found.append(m.group(1))
    m = re.match(r"^\s*####\s*(\S+)", raw)
    if m:
        found.append(m.group(1))
    n = normalize(line)
    for m in re.finditer(r"(?i)\banswer(?:\s+is)?\s*:?\s*(\d[\d,]*(?:\.\d+)?)", n):
        found.append(m.group(1))
    return [a.replace(",", "").replace("$", "").strip() for a in found]


def norm_tokens_replace(line, old, new):
    n = normalize(line)
    return re.sub(r"(?<![\d.])" + re.escape(old) + r"(?![\d])(?!\.\d)", new, n)


# ------------------------------------------------------------------ checks
class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def line_index(sol, span):
    a, b = span
    need(0 <= a <= b <= len(sol), "span out of range")
    need(a == 0 or sol[a - 1] == "\n", "span start not at line start")
    need(b == len(sol) or sol[b] == "\n", "span end not at line end")
    need("\n" not in sol[a:b], "span crosses lines")
    return sol[:a].count("\n")


def all_comps(lines):
    return [(i, c) for i, ln in enumerate(lines) for c in computations(ln)]


def row_answers(lines):
    return [a for ln in lines for a in answers(ln)]


def check_correct(r):
    lines = r["solution"].split("\n")
    comps = all_comps(lines)
    need(len(comps) >= 2, "fewer than 2 computations")
    for i, ln in enumerate(lines):
        n = normalize(ln)
        if "=" in n and re.search(r"\d[^=]*=", n):
            need(computations(ln), "unparsed computation on line %d: %r" % (i + 1, ln))
    bad = [(i, c) for i, c in comps if not c["ok"]]
    need(not bad, "inexact computation on line %d: %r" % (bad[0][0] + 1, lines[bad[0][0]]) if bad else "")
    need(PLAIN.match(r["final"] or ""), "final not a plain number")
    ans = row_answers(lines)
    need(ans, "no answer statement")
    need(all(a == r["final"] for a in ans), "answer statements %r != final %r" % (ans, r["final"]))
    return comps


def check_fault_line(r, lines, idx):
    comps = computations(lines[idx])
    wrong = [c for c in comps if not c["ok"]]
    need(len(wrong) == 1, "span line must hold exactly one wrong computation, has %d" % len(wrong))
    c = wrong[0]
    need(PLAIN.match(r["wrong"]) and PLAIN.match(r["right"]), "wrong/right not plain numbers")
    need(c["rhs_raw"].replace(",", "") == r["wrong"], "written result %r != wrong %r" % (c["rhs_raw"], r["wrong"]))
    need(c["value"] == Fr(r["right"]), "computed value %s != right %r" % (c["value"], r["right"]))
    need(Fr(r["wrong"]) != Fr(r["right"]), "wrong equals right")
    need(r["kind"] in KINDS, "unknown kind")
    need(isinstance(r.get("step"), str) and r["step"], "missing step")
    return c


def check_slip(r, corr):
    lines = r["solution"].split("\n")
    cl = corr["solution"].split("\n")
    idx = line_index(r["solution"], r["span"])
    need(len(lines) == len(cl), "slip line count differs")
    diff = [i for i in range(len(cl)) if lines[i] != cl[i]]
    need(diff == [idx], "slip differs from correct on lines %r, span line %d" % (diff, idx))
    check_fault_line(r, lines, idx)
    # correct line == slip line with every occurrence of wrong -> right (after normalisation)
    need(norm_tokens_replace(lines[idx], r["wrong"], r["right"]) == normalize(cl[idx]),
         "span line is not the correct line with wrong->right")
    # all other computations exact; a later step uses the right value
    later_use = False
    for i, ln in enumerate(lines):
        for c in computations(ln):
            if i != idx:
                need(c["ok"], "inexact computation outside span line %d" % (i + 1))
            if i > idx and Fr(r["right"]) in c["operands"]:
                later_use = True
    need(later_use, "no later computation uses the right value")
    need(r["final"] == corr["final"], "slip final differs from correct final")
    ans = row_answers(lines)
    need(ans and all(a == r["final"] for a in ans), "slip answers %r != final" % ans)


def check_carry(r, corr):
    lines = r["solution"].split("\n")
    cl = corr["solution"].split("\n")
    idx = line_index(r["solution"], r["span"])
    need(len(lines) == len(cl), "carry line count differs")
    need(lines[:idx] == cl[:idx], "carry differs from correct before span")
    need(lines[idx] != cl[idx], "carry span line equals correct line")
    check_fault_line(r, lines, idx)
    need(norm_tokens_replace(lines[idx], r["wrong"], r["right"]) == normalize(cl[idx]),
         "carry span line is not the correct line with wrong->right")
    for i, ln in enumerate(lines):
        if i == idx:
            continue
        for c in computations(ln):
            need(c["ok"], "carry: inexact computation on line %d: %r" % (i + 1, ln))
    need(PLAIN.match(r["final"] or ""), "carry final not plain")
    need(r["correct_final"] == corr["final"], "correct_final mismatch")
    need(r["final"] != r["correct_final"], "carry final equals correct final")
    ans = row_answers(lines)
    need(ans and all(a == r["final"] for a in ans), "carry answers %r != final %r" % (ans, r["final"]))
    if idx < max(i for i, _ in all_comps(lines)):
        uses = any(Fr(r["wrong"]) in c["operands"] for i, c in all_comps(lines) if i > idx)
        need(uses, "carry: wrong value never used later")


def check_loop(r, corr):
    need(r["final"] is None, "loop final must be null")
    rep, P = r["repeats"], r["period_lines"]
    need(isinstance(rep, int) and 15 <= rep <= 22, "repeats out of range")
    need(isinstance(P, int) and P >= 1, "bad period_lines")
    sol = r["solution"]
    lines = sol.split("\n")
    cl = corr["solution"].split("\n")
    idx = line_index(sol, r["span"])
    need(idx >= P, "span too early for a period")
    need(lines[:idx] == cl[:idx], "loop prefix differs from correct solution")
    block = lines[idx - P:idx]
    for k in range(rep):
        need(lines[idx + k * P: idx + (k + 1) * P] == block, "copy %d differs from block" % k)
    tail = lines[idx + rep * P:]
    need(len(tail) <= 1, "extra lines after copies")
    if tail:
        t = tail[0]
        need(t and t != block[0] and block[0].startswith(t), "cut-off is not a proper prefix of the block's first line")
        need(not re.search(r"\d", t), "cut-off contains a digit")
    need(not row_answers(lines), "loop has an answer statement")
    for i, c in all_comps(lines):
        need(c["ok"], "loop: inexact computation")
    # the prefix stops at a non-final step: the correct solution computes more after it
    need(any(i >= idx for i, _ in all_comps(cl)), "loop prefix already contains the final step")
    need(any(computations(l) for l in block), "repeated block has no computation")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    groups = {}
    order = []
    nrows = 0
    with open(path, encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            nrows += 1
            if r["pid"] not in groups:
                groups[r["pid"]] = []
                order.append(r["pid"])
            groups[r["pid"]].append(r)
    fails = []
    stats = {"kinds": {}, "styles": {}, "templates": set(), "cut": 0, "comps": 0}
    for pid in order:
        rows = groups[pid]
        try:
            need([x["variant"] for x in rows] == ["correct", "slip", "carry", "loop"], "variants/order")
            base = rows[0]
            need(re.fullmatch(re.escape(base["template"]) + r"-\d+", pid), "pid format")
            for x in rows:
                for key in ("pid", "template", "style", "problem", "variant", "solution", "final"):
                    need(key in x, "missing " + key)
                need(x["problem"] == base["problem"] and x["style"] == base["style"] and x["template"] == base["template"], "shared fields differ")
            comps = check_correct(rows[0])
            stats["comps"] += len(comps)
            check_slip(rows[1], rows[0])
            check_carry(rows[2], rows[0])
            check_loop(rows[3], rows[0])
            for x in rows[1:3]:
                stats["kinds"][x["kind"]] = stats["kinds"].get(x["kind"], 0) + 1
            stats["styles"][base["style"]] = stats["styles"].get(base["style"], 0) + 1
            stats["templates"].add(base["template"])
            if not rows[3]["solution"].endswith("\n") and rows[3]["solution"].split("\n")[-1] != rows[3]["solution"].split("\n")[-1 - rows[3]["period_lines"]]:
                stats["cut"] += 1
        except Fail as e:
            fails.append("%s: %s" % (pid, e))
        except Exception as e:  # noqa
            fails.append("%s: crash %r" % (pid, e))
    print("rows %d, problems %d, templates %d, styles %d, correct-row computations %d" % (
        nrows, len(order), len(stats["templates"]), len(stats["styles"]), stats["comps"]))
    print("styles:", ", ".join("%s=%d" % kv for kv in sorted(stats["styles"].items())))
    print("fault kinds (slip+carry):", ", ".join("%s=%d" % kv for kv in sorted(stats["kinds"].items())))
    print("loop rows ending in a cut-off line: %d" % stats["cut"])
    ok = (not fails and len(order) >= 600 and len(stats["templates"]) >= 150 and len(stats["styles"]) >= 10
          and nrows == 4 * len(order))
    if fails:
        for f in fails[:40]:
            print("FAIL", f)
        print("%d failing problems" % len(fails))
    if ok:
        print("PASS")
        return 0
    print("FAIL")
    return 1


if __name__ == "__main__":
    sys.exit(main())
