#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

It does not import gen.py.  Every solution is normalised (markdown, LaTeX, worded
operators, GSM8K <<...>> annotations, tables, units, $ / % / thousands separators),
the arithmetic chains `e0 = e1 = ... = r` are extracted line by line and evaluated
with exact fractions.  A written number is accepted if it is within half a unit of
its last written decimal place (so `≈ 4.29` for 4.2857 is fine, `= 4.30` is not).

Usage: python3 check.py set.jsonl      -> prints PASS and exits 0 if every row is as labelled.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as Fr

KEYS = {
    "correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
    "slip": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
             "kind"],
    "carry": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
              "kind"],
    "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"],
}
FAULT_KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}

# ---------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------
WORDS = [
    (r"\bmultiplied by\b", " × "),
    (r"\bdivided by\b", " ÷ "),
    (r"\btimes\b", " × "),
    (r"\bminus\b", " − "),
    (r"\bplus\b", " + "),
    (r"\bequals\b", " = "),
    (r"\bgives us\b", " = "),
    (r"\bis (?:about|approximately|roughly)\b", " ≈ "),
    (r"\b(?:about|approximately|roughly)\b", " ≈ "),
]


def norm_latex(s):
    s = s.replace("{,}", ",")
    for _ in range(4):
        s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\%", "%").replace("\\$", "$")
    for _ in range(4):
        s2 = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
        if s2 == s:
            break
        s = s2
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    for a, b in [("\\times", " × "), ("\\cdot", " × "), ("\\div", " ÷ "), ("\\approx", " ≈ "),
                 ("\\checkmark", " ✓ "), ("\\Rightarrow", " → "), ("\\quad", " "), ("\\qquad", " "),
                 ("\\left", " "), ("\\right", " "), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "),
                 ("\\,", " "), ("\\;", " "), ("\\ ", " ")]:
        s = s.replace(a, b)
    s = re.sub(r"\\to\b", " → ", s)
    return s


def normalise(s):
    s = norm_latex(s)
    s = s.replace("**", " ").replace("`", " ")
    for pat, rep in WORDS:
        s = re.sub(pat, rep, s, flags=re.I)
    s = re.sub(r"\([^()\d]*\)", " ", s)  # parenthetical remarks without numbers
    return s


TOKEN = re.compile(r"""
 (?P<num>\$?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?%?)
|(?P<per>/\s*[A-Za-z°][^\s]*)
|(?P<op>[+\-−×*·÷/()])
|(?P<rel>[=≈])
|(?P<bnd>[:;?!→✓|]|\.(?!\d))
|(?P<ws>\s+)
|(?P<word>[A-Za-z°'’][\w°'’\-]*|.)
""", re.X)

OPMAP = {"+": "+", "-": "-", "−": "-", "×": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "(": "(", ")": ")"}


def tokens(s):
    out = []
    for m in TOKEN.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == "word" and v == "x":
            k, v = "op", "×"
        if k in ("ws", "word", "per"):
            continue
        out.append((k, v))
    return out


class Num:
    def __init__(self, text):
        self.text = text
        t = text.replace("$", "").replace(",", "")
        self.pct = t.endswith("%")
        t = t.rstrip("%")
        self.plain = t
        self.dec = len(t.split(".")[1]) if "." in t else 0
        self.value = Fr(t) / (100 if self.pct else 1)

    def tol(self):
        return Fr(1, 2 * 10 ** self.dec) / (100 if self.pct else 1)


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def factor():
        k, v = peek()
        if k == "num":
            pos[0] += 1
            return ("num", Num(v))
        if k == "op" and v == "(":
            pos[0] += 1
            e = expr()
            k2, v2 = peek()
            if not (k2 == "op" and v2 == ")"):
                raise ValueError("unbalanced")
            pos[0] += 1
            return e
        raise ValueError("bad factor %r" % (v,))

    def term():
        a = factor()
        while True:
            k, v = peek()
            if k == "op" and OPMAP[v] in "*/":
                pos[0] += 1
                a = ("bin", OPMAP[v], a, factor())
            else:
                return a

    def expr():
        a = term()
        while True:
            k, v = peek()
            if k == "op" and OPMAP[v] in "+-":
                pos[0] += 1
                a = ("bin", OPMAP[v], a, term())
            else:
                return a

    e = expr()
    if pos[0] != len(toks):
        raise ValueError("trailing tokens")
    return e


def evaluate(n):
    if n[0] == "num":
        return n[1].value
    a, b = evaluate(n[2]), evaluate(n[3])
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[n[1]]


def bins(n, acc):
    if n[0] == "bin":
        acc.append(n)
        bins(n[2], acc)
        bins(n[3], acc)
    return acc


def eval_swapped(n, target, newop):
    if n[0] == "num":
        return n[1].value
    op = newop if n is target else n[1]
    a, b = eval_swapped(n[2], target, newop), eval_swapped(n[3], target, newop)
    if op == "/" and b == 0:
        raise ZeroDivisionError
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]


def chains_of(text):
    toks = tokens(text)
    out, cur = [], []
    for k, v in toks:
        if k == "bnd":
            if cur:
                out.append(cur)
            cur = []
            continue
        if k == "num" or (k == "op" and v == "("):
            if cur and (cur[-1][0] == "num" or cur[-1] == ("op", ")")):
                out.append(cur)
                cur = []
        cur.append((k, v))
    if cur:
        out.append(cur)
    return out


class Comp:
    pass


def comps_of_text(text):
    res = []
    for ch in chains_of(text):
        while ch and not (ch[0][0] == "num" or ch[0] == ("op", "(")):
            ch = ch[1:]
        while ch and (ch[-1][0] == "rel" or (ch[-1][0] == "op" and ch[-1][1] != ")")):
            ch = ch[:-1]
        parts, rels, cur = [], [], []
        for k, v in ch:
            if k == "rel":
                if cur:
                    parts.append(cur)
                    rels.append(v)
                    cur = []
                elif rels:
                    rels[-1] = "≈" if "≈" in (rels[-1], v) else "="
                continue
            cur.append((k, v))
        if cur:
            parts.append(cur)
        if len(parts) < 2:
            continue
        if not any(k == "op" and v not in "()" for p in parts for k, v in p):
            continue
        # drop unmatched edge parentheses
        fixed = []
        for p in parts:
            while p and p[0] == ("op", "(") and sum(1 for t in p if t == ("op", "(")) > sum(
                    1 for t in p if t == ("op", ")")):
                p = p[1:]
            while p and p[-1] == ("op", ")") and sum(1 for t in p if t == ("op", ")")) > sum(
                    1 for t in p if t == ("op", "(")):
                p = p[:-1]
            fixed.append(p)
        c = Comp()
        c.error = None
        c.ok = False
        try:
            asts = [parse_expr(p) for p in fixed]
        except (ValueError, KeyError) as e:
            c.error = "parse: %s in %r" % (e, text)
            res.append(c)
            continue
        c.asts = asts
        c.rels = rels
        vals = [evaluate(a) for a in asts]
        ok = True
        for i in range(1, len(asts)):
            if asts[i][0] == "num":
                if abs(vals[i - 1] - vals[i]) > asts[i][1].tol():
                    ok = False
            elif asts[i - 1][0] == "num":
                if abs(vals[i - 1] - vals[i]) > asts[i - 1][1].tol():
                    ok = False
            elif vals[i - 1] != vals[i]:
                ok = False
        c.ok = ok
        last = asts[-1]
        c.result = last[1] if last[0] == "num" else None
        c.lhs = asts[0]
        c.lhs_val = vals[0]
        res.append(c)
    return res


ANN = re.compile(r"<<([^<>]*)>>")


def strip_annotations(line, problems):
    out = line
    for m in list(ANN.finditer(line)):
        inner = m.group(1)
        if "=" not in inner:
            problems.append("annotation without '=': %r" % inner)
            continue
        r = inner.rsplit("=", 1)[1].strip()
        after = line[m.end():]
        mm = re.match(r"\s*\$?([\d,]*\.?\d+)", after)
        if not mm or mm.group(1).replace(",", "") != r:
            problems.append("annotation result %r not repeated in text" % r)
    out = ANN.sub("", out)
    return out


def line_text_for_comps(line, problems):
    line = strip_annotations(line, problems)
    st = line.strip()
    if st.startswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"\d", cells[1]) and not set(cells[1]) <= set("-: "):
            res = cells[2]
            joined = cells[1] + (" " + res if res[:1] in "=≈" else " = " + res)
            return normalise(joined)
        return ""
    return normalise(line)


def analyse(sol):
    """Return dict with comps (list of Comp with .line/.span), final text, problems."""
    problems = []
    lines = sol.split("\n")
    offs = []
    o = 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    comps = []
    finals = []
    body_nums = []
    for i, ln in enumerate(lines):
        if ln.startswith("####"):
            finals.append((i, ln))
            continue
        txt = line_text_for_comps(ln, problems)
        for c in comps_of_text(txt):
            c.line = i
            c.span = [offs[i], offs[i] + len(ln)]
            comps.append(c)
        for k, v in tokens(normalise(strip_annotations(ln, []))):
            if k == "num":
                body_nums.append(Num(v).value)
                body_nums.append(Fr(Num(v).plain))
    for c in comps:
        if c.error:
            problems.append(c.error)
    return dict(lines=lines, comps=comps, finals=finals, problems=problems, body_nums=body_nums)


# ---------------------------------------------------------------------------
# fault kinds
# ---------------------------------------------------------------------------


def digits(t):
    return t.replace(".", "")


def kind_ok(kind, wrong, right, comp):
    w, r = Fr(wrong), Fr(right)
    dw, dr = digits(wrong), digits(right)
    rd = len(right.split(".")[1]) if "." in right else 0
    if kind == "off_by_one":
        return abs(w - r) == 1 or abs(w - r) == Fr(1, 10 ** rd)
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "decimal_shift":
        return w == r * 10 or w * 10 == r
    if kind == "swap_digits":
        if len(dw) != len(dr) or wrong.find(".") != right.find("."):
            return False
        return any(dr[:i] + dr[i + 1] + dr[i] + dr[i + 2:] == dw and dr[i] != dr[i + 1] for i in range(len(dr) - 1))
    if kind == "drop_digit":
        return len(dw) == len(dr) - 1 and any(dr[:i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == "double_digit":
        return len(dw) == len(dr) + 1 and any(dr[:i + 1] + dr[i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == "wrong_op":
        scale = 100 if comp.result is not None and comp.result.pct else 1
        tol = Fr(1, 2 * 10 ** (len(wrong.split(".")[1]) if "." in wrong else 0))
        for b in bins(comp.lhs, []):
            for op in "+-*/":
                if op == b[1]:
                    continue
                try:
                    v = eval_swapped(comp.lhs, b, op) * scale
                except ZeroDivisionError:
                    continue
                if abs(v - w) <= tol:
                    return True
        return False
    return False


# ---------------------------------------------------------------------------
# row checks
# ---------------------------------------------------------------------------


def fnum(t):
    return Fr(t)


def check_fault_row(r, a, corr, ca, errs):
    if a["problems"]:
        errs.extend(a["problems"])
    bad = [i for i, c in enumerate(a["comps"]) if not c.ok]
    if len(bad) != 1:
        errs.append("expected exactly one wrong computation, found %d" % len(bad))
        return
    i = bad[0]
    c = a["comps"][i]
    if i + 1 != r["step"]:
        errs.append("step %s but wrong computation is #%d" % (r["step"], i + 1))
    if c.span != r["span"]:
        errs.append("span %s != line span %s" % (r["span"], c.span))
    if c.result is None or c.result.plain != r["wrong"]:
        errs.append("written result %r != wrong %r" % (None if c.result is None else c.result.plain, r["wrong"]))
        return
    scale = 100 if c.result.pct else 1
    lhs = c.lhs_val * scale
    rt = Num(r["right"])
    if abs(lhs - rt.value) > rt.tol():
        errs.append("right %s is not the correct value of the computation (%s)" % (r["right"], float(lhs)))
    wt = Num(r["wrong"])
    if abs(lhs - wt.value) <= wt.tol():
        errs.append("wrong value is within rounding tolerance")
    if r["kind"] not in FAULT_KINDS:
        errs.append("unknown kind %r" % r["kind"])
    elif not kind_ok(r["kind"], r["wrong"], r["right"], c):
        errs.append("kind %s does not describe %s -> %s" % (r["kind"], r["right"], r["wrong"]))
    if len(a["comps"]) != len(ca["comps"]):
        errs.append("computation count differs from correct row")
    # the correct row holds the right value at the same computation
    cc = ca["comps"][i] if i < len(ca["comps"]) else None
    if cc is None or cc.result is None or cc.result.plain != r["right"]:
        errs.append("correct row does not show right value at step %d" % (i + 1))
    # the text before the faulted line equals the correct row
    s0 = r["span"][0]
    if r["solution"][:s0] != corr[:s0]:
        errs.append("text before the faulted line differs from the correct row")
    fl = a["finals"]
    if len(fl) != 1 or fl[0][0] != len(a["lines"]) - 1:
        errs.append("solution must end with a single #### line")
        return
    ftxt = fl[0][1][5:].strip() if fl[0][1].startswith("#### ") else None
    if ftxt is None or not re.fullmatch(r"\d+(\.\d+)?", ftxt):
        errs.append("bad #### line %r" % fl[0][1])
        return
    if r["variant"] == "slip":
        if ftxt != r["final"]:
            errs.append("slip final %s != gold %s" % (ftxt, r["final"]))
        # only the faulted line differs from the correct solution
        x, y = r["solution"], corr
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        q = 0
        while q < min(len(x), len(y)) - p and x[-1 - q] == y[-1 - q]:
            q += 1
        if p < r["span"][0] or len(x) - q > r["span"][1]:
            errs.append("slip differs from the correct row outside its span")
    else:
        if fnum(ftxt) == fnum(r["final"]):
            errs.append("carry final equals gold")
        if not any(v == fnum(ftxt) for v in a["body_nums"]):
            errs.append("carried final does not appear in the solution")


def check_loop_row(r, a, corr, errs):
    sol = r["solution"]
    if "####" in sol:
        errs.append("loop row has ####")
    if a["problems"]:
        errs.extend(a["problems"])
    if any(not c.ok for c in a["comps"]):
        errs.append("loop row has a wrong computation")
    n = r["repeats"]
    if not (isinstance(n, int) and 8 <= n <= 30):
        errs.append("repeats out of range")
    s, e = r["span"]
    unit = sol[s:e]
    if not unit or s < 1 or sol[s - 1] != "\n":
        errs.append("bad loop span")
        return
    ulines = unit.split("\n")
    if len(ulines) > 3:
        errs.append("loop unit longer than 3 lines")
    start1 = s - 1 - len(unit)
    if start1 < 0 or sol[start1:s - 1] != unit or (start1 > 0 and sol[start1 - 1] != "\n"):
        errs.append("span is not the second copy of the unit")
        return
    first_end = s - 1
    if not corr.startswith(sol[:first_end]) or corr[first_end:first_end + 1] != "\n":
        errs.append("loop prefix is not a line-prefix of the correct solution")
    if not comps_of_text(line_text_for_comps(ulines[-1], [])):
        errs.append("loop unit does not end with a computation line")
    pos, cnt = start1, 0
    while sol.startswith(unit, pos):
        cnt += 1
        pos += len(unit)
        if sol.startswith("\n" + unit, pos):
            pos += 1
            continue
        break
    if cnt != n:
        errs.append("repeats %s but found %d copies" % (n, cnt))
    rest = sol[pos:]
    if rest:
        if not rest.startswith("\n"):
            errs.append("junk after the last copy")
        else:
            part = rest[1:]
            if not part or "\n" in part or re.search(r"\d", part) or not ulines[0].startswith(part) \
                    or part == ulines[0]:
                errs.append("tail is not an unfinished digit-free prefix of the unit's first line")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln, object_pairs_hook=OrderedDict))
    failures = []
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r["pid"], []).append(r)
    stats = Counter()
    partial = 0
    for pid, rs in groups.items():
        vs = [r["variant"] for r in rs]
        if vs != ["correct", "slip", "carry", "loop"]:
            failures.append((pid, "variants %s" % vs))
            continue
        for r in rs:
            if list(r.keys()) != KEYS[r["variant"]]:
                failures.append((pid, "%s keys %s" % (r["variant"], list(r.keys()))))
        if len({(r["template"], r["style"], r["problem"], r["final"]) for r in rs}) != 1:
            failures.append((pid, "rows disagree on template/style/problem/final"))
        corr = rs[0]["solution"]
        ca = analyse(corr)
        errs = []
        # correct row
        if ca["problems"]:
            errs.extend("correct: " + p for p in ca["problems"])
        if any(not c.ok for c in ca["comps"]):
            errs.append("correct row has a wrong computation")
        if not 2 <= len(ca["comps"]) <= 8:
            errs.append("correct row has %d computations" % len(ca["comps"]))
        fl = ca["finals"]
        if len(fl) != 1 or fl[0][0] != len(ca["lines"]) - 1 or fl[0][1] != "#### " + rs[0]["final"]:
            errs.append("correct row #### line does not match final")
        if not re.fullmatch(r"\d+(\.\d+)?", rs[0]["final"]):
            errs.append("final is not a plain number")
        elif not any(v == fnum(rs[0]["final"]) for v in ca["body_nums"]):
            errs.append("final answer does not appear in the solution body")
        for r in rs[1:3]:
            e2 = []
            check_fault_row(r, analyse(r["solution"]), corr, ca, e2)
            errs.extend("%s: %s" % (r["variant"], x) for x in e2)
        e3 = []
        check_loop_row(rs[3], analyse(rs[3]["solution"]), corr, e3)
        errs.extend("loop: " + x for x in e3)
        if not rs[3]["solution"].endswith(rs[3]["solution"][rs[3]["span"][0]:rs[3]["span"][1]]):
            partial += 1
        for x in errs:
            failures.append((pid, x))
        for r in rs:
            stats[r["variant"]] += 1
            if r["variant"] in ("slip", "carry"):
                stats["kind:" + r["kind"]] += 1
        stats["style:" + rs[0]["style"]] += 1
        stats["template:" + rs[0]["template"]] += 1
    if len(groups) != len(rows) // 4 or len(set(groups)) != len(groups):
        failures.append(("*", "duplicate pids"))
    nt = len([k for k in stats if k.startswith("template:")])
    ns = len([k for k in stats if k.startswith("style:")])
    if nt < 15:
        failures.append(("*", "only %d templates" % nt))
    if ns < 9:
        failures.append(("*", "only %d styles" % ns))
    if not 550 <= len(groups) <= 800:
        failures.append(("*", "%d problems" % len(groups)))
    print("problems: %d, rows: %d, templates: %d, styles: %d, loops ending in a partial line: %d"
          % (len(groups), len(rows), nt, ns, partial))
    print("variants:", {k: v for k, v in stats.items() if ":" not in k})
    print("kinds:", {k[5:]: v for k, v in sorted(stats.items()) if k.startswith("kind:")})
    if failures:
        for pid, x in failures[:60]:
            print("FAIL", pid, x)
        print("FAIL: %d problems" % len(failures))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
