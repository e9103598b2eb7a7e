#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (does not import the generator).

It re-reads every computation it can find in each solution (`A op B = C`,
chains with `=`/`≈`, worded `A times B is C`, `X% of Y`, LaTeX, markdown table
rows and code-block receipt rows) and evaluates it with exact decimals.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, getcontext

getcontext().prec = 50

UNIT_WORDS = (r"thousand\s+gallons|kWh|kgal|GB|MB|CCF|therms?|months?|mo|years?|yr|days?|"
              r"lines?|people|persons?|roommates?|gallons?|gal")
TOK = re.compile(r"""
 (?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)
|(?P<unit>(?:/\s*|per\s+)(?:1,000\s+gallons|1,000\s+gal|UNITS)\b|(?:UNITS)\b)
|(?P<op>[×*·÷/+−\-]|x(?![A-Za-z]))
|(?P<lp>\()
|(?P<rp>\))
|(?P<sp>\s+)
|(?P<word>[A-Za-z]+(?:[-'][A-Za-z0-9]+)*|.)
""".replace("UNITS", UNIT_WORDS), re.X)

BINOPS = set("×*·÷/+x")
MINUS = set("−-")


def normalize(s):
    for a, b in (("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    for a, b in (("{,}", ","), ("\\$", "$"), ("\\%", "%"), ("\\times", "×"), ("\\cdot", "·"),
                 ("\\div", "÷"), ("\\approx", "≈"), ("\\left", ""), ("\\right", ""),
                 ("&", ""), ("\\\\", " "), ("\\,", ""), ("\\quad", " ")):
        s = s.replace(a, b)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = s.replace("**", "")
    s = re.sub(r"^\s*(?:[-*+•]|\d+[.)])\s+", "", s)
    s = re.sub(r"(\d%)\s+of\s+", r"\1 × ", s)
    s = re.sub(r"\s+times\s+", " × ", s)
    s = re.sub(r"\s+divided by\s+", " ÷ ", s)
    s = re.sub(r"\s+minus\s+", " − ", s)
    s = re.sub(r"\s+plus\s+", " + ", s)
    s = re.sub(r"\b(?:which rounds to|rounds to|rounded to)\b", "≈", s)
    s = re.sub(r"\b(?:is|equals|comes to|gives)\s+(?=[−\-]?\$?\d)", "= ", s)
    return s


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        if k == "sp":
            continue
        out.append((k, m.group()))
    return out


def is_e(t):
    return t[0] in ("num", "op", "lp", "rp", "unit")


def numval(txt):
    pct = txt.endswith("%")
    t = txt.rstrip("%").lstrip("$").replace(",", "")
    v = D(t)
    dp = len(t.split(".")[1]) if "." in t else 0
    return (v / 100 if pct else v), dp, pct


class P:
    def __init__(self, toks):
        self.t = [x for x in toks if x[0] != "unit"]
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def expr(self):
        v = self.term()
        while True:
            k, x = self.peek()
            if k == "op" and (x == "+" or x in MINUS):
                self.i += 1
                r = self.term()
                v = v + r if x == "+" else v - r
            else:
                return v

    def term(self):
        v = self.factor()
        while True:
            k, x = self.peek()
            if k == "op" and x in "×*·x÷/":
                self.i += 1
                r = self.factor()
                v = v / r if x in "÷/" else v * r
            else:
                return v

    def factor(self):
        k, x = self.peek()
        if k == "op" and x in MINUS:
            self.i += 1
            return -self.factor()
        if k == "num":
            self.i += 1
            return numval(x)[0]
        if k == "lp":
            self.i += 1
            v = self.expr()
            if self.peek()[0] != "rp":
                raise ValueError("paren")
            self.i += 1
            return v
        raise ValueError("factor")


def evaluate(toks):
    p = P(toks)
    v = p.expr()
    if p.i != len(p.t):
        raise ValueError("trailing")
    return v


def has_binop(toks):
    core = [t for t in toks if t[0] != "unit"]
    for i, (k, x) in enumerate(core):
        if k == "op" and (x in BINOPS or (x in MINUS and i > 0 and core[i - 1][0] in ("num", "rp"))):
            return True
    return False


def suffix_expr(toks):
    run = []
    for t in reversed(toks):
        if not is_e(t):
            break
        nxt = [x for x in run if x[0] != "unit"]
        if nxt and nxt[0][0] in ("num", "lp") and t[0] in ("num", "rp"):
            break
        run.insert(0, t)
    while run and (run[0][0] == "unit" or run[0][0] == "rp" or
                   (run[0][0] == "op" and run[0][1] in BINOPS) or
                   (run[0][0] == "lp" and sum(1 for t in run if t[0] == "lp") >
                    sum(1 for t in run if t[0] == "rp"))):
        run.pop(0)
    return run


def prefix_expr(toks):
    run = []
    depth = 0
    for t in toks:
        if not is_e(t):
            break
        prev = [x for x in run if x[0] != "unit"]
        if prev and prev[-1][0] in ("num", "rp") and t[0] in ("num", "lp"):
            break
        if t[0] == "lp":
            depth += 1
        if t[0] == "rp":
            depth -= 1
            if depth < 0:
                break
        run.append(t)
    while run and (run[-1][0] == "op" or run[-1][0] == "lp"):
        run.pop()
    return run


def tol_of(toks):
    nums = [numval(x) for k, x in toks if k == "num"]
    if not nums:
        return None
    d, pct = max((n[1], n[2]) for n in nums)
    t = D(1).scaleb(-d) / 2
    return t / 100 if pct else t


def compare(lt, rt, out, lineno):
    """lt: tokens of left expression, rt: tokens of right; record a check."""
    if not lt or not rt:
        return
    try:
        lv = evaluate(lt)
        rv = evaluate(rt)
    except Exception:
        return
    tol = tol_of(rt)
    if tol is None:
        return
    ok = abs(lv - rv) <= tol + D("1e-12")
    out.append((lineno, ok, lv, rv))


def check_chain(s, out, lineno):
    parts = re.split(r"[=≈]", s)
    if len(parts) < 2:
        return
    segs = [tokens(p) for p in parts]
    for i in range(len(segs) - 1):
        left, right = segs[i], segs[i + 1]
        whole_left = all(is_e(t) for t in left)
        lt = left if whole_left else suffix_expr(left)
        if not whole_left and not has_binop(lt):
            continue
        if whole_left:
            # trim decorations like a leading bullet already removed
            lt = suffix_expr(left) if not all(is_e(t) for t in left) else left
            while lt and lt[0][0] in ("unit",):
                lt = lt[1:]
        rt = prefix_expr(right)
        if not has_binop(lt) and not has_binop(rt):
            # bare number = bare number: only inside a chain (e.g. 36.375 ≈ 36.38)
            if i == 0 or not whole_left:
                continue
        compare(lt, rt, out, lineno)


def check_cells(cells, out, lineno):
    toks = [tokens(normalize(c)) for c in cells]
    for i, t in enumerate(toks):
        if "=" in cells[i] or "≈" in cells[i]:
            check_chain(normalize(cells[i]), out, lineno)
            continue
        if t and all(is_e(x) for x in t) and has_binop(t):
            for j in range(i + 1, len(toks)):
                u = toks[j]
                if u and all(is_e(x) for x in u) and not has_binop(u) and \
                        any(x[0] == "num" for x in u):
                    compare(t, u, out, lineno)
                    break


def computations(sol):
    """Return list of (lineno, ok, lhs, rhs) and line offsets."""
    lines = sol.split("\n")
    offs = []
    p = 0
    for ln in lines:
        offs.append((p, p + len(ln)))
        p += len(ln) + 1
    if not sol.endswith("\n"):
        pass
    out = []
    in_code = False
    for n, ln in enumerate(lines):
        if ln.strip().startswith("```"):
            in_code = not in_code
            continue
        if ln.startswith("|"):
            cells = ln.strip().strip("|").split("|")
            if all(set(c.strip()) <= set("-:") for c in cells):
                continue
            check_cells(cells, out, n)
            continue
        if in_code and "=" not in ln and "≈" not in ln:
            check_cells(re.split(r"\s{2,}", ln.strip()), out, n)
            continue
        check_chain(normalize(ln), out, n)
    return out, offs, lines


def last_line(sol):
    ls = [l for l in sol.split("\n") if l.strip()]
    return ls[-1] if ls else ""


def find_numbers(s):
    return [numval(x)[0] for k, x in tokens(normalize(s)) if k == "num"]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    stats = Counter()
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    by = defaultdict(dict)
    for r in rows:
        by[r["pid"]][r["variant"]] = r
    for r in rows:
        v = r["variant"]
        ks = list(r.keys())
        exp = keys_base + (["span", "wrong", "right", "step", "kind"] if v in ("slip", "carry")
                           else ["span", "repeats"] if v == "loop" else [])
        if ks != exp:
            errs.append((r["pid"], v, "keys %s" % ks))
            continue
        sol = r["solution"]
        comps, offs, lines = computations(sol)
        if v == "loop" and not sol.endswith("\n"):
            # the last line was cut mid-copy; do not read it
            comps = [c for c in comps if c[0] != len(lines) - 1]
        bad = [c for c in comps if not c[1]]
        stats["comps"] += len(comps)
        stats["rows"] += 1
        fin_line = "#### " + r["final"]
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation in correct row: line %r %s" % (
                    lines[bad[0][0]], bad[0][2:])))
            if len(comps) < 2:
                errs.append((r["pid"], v, "too few computations found (%d)" % len(comps)))
            if last_line(sol) != fin_line:
                errs.append((r["pid"], v, "final line %r" % last_line(sol)))
        elif v in ("slip", "carry"):
            lines_bad = sorted(set(c[0] for c in bad))
            if len(lines_bad) != 1 or len(bad) != 1:
                errs.append((r["pid"], v, "expected one wrong computation, got %d: %s" % (
                    len(bad), [lines[i] for i in lines_bad])))
                continue
            ln = lines_bad[0]
            if list(offs[ln]) != r["span"]:
                errs.append((r["pid"], v, "span %s != line %s" % (r["span"], offs[ln])))
            lv, rv = bad[0][2], bad[0][3]
            if rv != D(r["wrong"]) and rv != D(r["wrong"]) / 100:
                errs.append((r["pid"], v, "wrong value %s != %s" % (rv, r["wrong"])))
            cor = by[r["pid"]]["correct"]["solution"]
            s0 = r["span"][0]
            if sol[:s0] != cor[:s0]:
                errs.append((r["pid"], v, "text before the fault differs from the correct row"))
            if v == "slip":
                if last_line(sol) != fin_line:
                    errs.append((r["pid"], v, "slip final line %r" % last_line(sol)))
                tail = sol[r["span"][1]:]
                if not cor.endswith(tail):
                    errs.append((r["pid"], v, "text after the slip differs from the correct row"))
            else:
                ll = last_line(sol)
                if not ll.startswith("#### ") or ll == fin_line:
                    errs.append((r["pid"], v, "carry final line %r" % ll))
                later = find_numbers(sol[r["span"][1]:])
                if D(r["wrong"]) not in later and abs(D(r["wrong"])) not in [abs(x) for x in later]:
                    errs.append((r["pid"], v, "wrong value %s not carried" % r["wrong"]))
                stats["carry_final_changed"] += 1
        elif v == "loop":
            if any(l.startswith("####") for l in sol.split("\n")):
                errs.append((r["pid"], v, "loop row has #### line"))
            if bad:
                errs.append((r["pid"], v, "wrong computation in loop row %r" % lines[bad[0][0]]))
            a, b = r["span"]
            unit = sol[a:b]
            if not unit or sol[a - len(unit):a] != unit:
                errs.append((r["pid"], v, "span is not the second copy"))
                continue
            first = a - len(unit)
            k = 0
            p = first
            while sol[p:p + len(unit)] == unit:
                k += 1
                p += len(unit)
            if k != r["repeats"] or not 8 <= k <= 30:
                errs.append((r["pid"], v, "repeats %d vs %d" % (k, r["repeats"])))
            if len(sol) - p >= len(unit) or not unit.startswith(sol[p:]):
                errs.append((r["pid"], v, "loop tail is not a partial copy"))
            cor = by[r["pid"]]["correct"]["solution"]
            if not cor.startswith(sol[:a]):
                errs.append((r["pid"], v, "loop does not start as the correct solution"))
        else:
            errs.append((r["pid"], v, "unknown variant"))
    cnt = Counter(r["variant"] for r in rows)
    print("rows:", dict(cnt), "computations read:", stats["comps"])
    if errs:
        for e in errs[:40]:
            print("FAIL", *e)
        print("%d problems" % len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
