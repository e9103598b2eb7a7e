#!/usr/bin/env python3
"""Independent re-checker for the crafts eval set (stdlib only; does not import gen.py).

It re-reads the rendered text of every solution, re-evaluates every computation it can
parse (chains joined by = or ≈, worded operators, LaTeX, table rows, remainders,
round-up/round-down lines) and asserts the per-variant contract."""
import json
import math
import re
import sys
from fractions import Fraction as F

NUM = r"-?\d+/\d+|-?[$£€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+\d+/\d+)?"
UNITS = set("""in inches inch yd yards yard m cm ft sq squares square packs pack skeins skein stitches
st sts rows row min minutes hours hour oz lb strips strip widths width cards card sheets sheet buttons button
beads bead bags bag quarts quart days day pieces piece spools spool items item pairs pair st/in rows/in " ✓""".split())


def num(s):
    s = s.replace("$", "").replace("£", "").replace("€", "").replace(",", "")
    neg = s.startswith("-")
    s = s.lstrip("-")
    m = re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", s)
    if m:
        v = F(int(m.group(1))) + F(int(m.group(2)), int(m.group(3)))
    elif "/" in s:
        a, b = s.split("/")
        v = F(int(a), int(b))
    else:
        v = F(s)
    return -v if neg else v


def decimals(s):
    s = s.replace(",", "")
    if "/" in s:
        return None
    return len(s.split(".")[1]) if "." in s else 0


def delatex(t):
    t = re.sub(r"(\d)\\frac\{(\d+)\}\{(\d+)\}", r"\1 \2/\3", t)
    t = re.sub(r"\\frac\{(\d+)\}\{(\d+)\}", r"\1/\2", t)
    t = re.sub(r"\\text\{\s*([^}]*)\}", r" \1", t)
    for a, b in [("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\times", "×"), ("\\div", "÷"),
                 ("\\cdot", "·"), ("\\approx", "≈"), ("\\$", "$"), ("\\%", "%")]:
        t = t.replace(a, b)
    return t


def tokenize(t):
    toks = []
    i = 0
    pat = re.compile(r"\s*(?:(?P<num>%s)|(?P<op>×|÷|·|\*|\+|−|-|/|x(?=\s))|(?P<eq>=|≈)|(?P<lp>\()|(?P<rp>\))|(?P<word>[A-Za-z/'’]+|\"|✓)|(?P<other>\S))" % NUM)
    while i < len(t):
        m = pat.match(t, i)
        if not m or m.end() == i:
            break
        i = m.end()
        k = m.lastgroup
        v = m.group(k)
        if k == "word":
            toks.append(("unit", v) if v in UNITS else ("brk", v))
        elif k == "other":
            toks.append(("brk", v))
        else:
            toks.append((k, v))
    return toks


class PErr(Exception):
    pass


def evaluate(part):
    pos = [0]

    def peek():
        return part[pos[0]] if pos[0] < len(part) else (None, None)

    def atom():
        k, v = peek()
        if k == "num":
            pos[0] += 1
            return num(v)
        if k == "lp":
            pos[0] += 1
            r = addsub()
            if peek()[0] != "rp":
                raise PErr
            pos[0] += 1
            return r
        raise PErr

    def muldiv():
        r = atom()
        while peek()[0] == "op" and peek()[1] in ("×", "·", "*", "x", "÷", "/"):
            o = peek()[1]
            pos[0] += 1
            b = atom()
            if o in ("÷", "/"):
                if b == 0:
                    raise PErr
                r = r / b
            else:
                r = r * b
        return r

    def addsub():
        r = muldiv()
        while peek()[0] == "op" and peek()[1] in ("+", "−", "-"):
            o = peek()[1]
            pos[0] += 1
            b = muldiv()
            r = r + b if o == "+" else r - b
        return r
    r = addsub()
    if pos[0] != len(part):
        raise PErr
    return r


def chains(line):
    """yields (ok, lhs_value, rhs_literal) for each checkable relation in the line"""
    out = []
    toks = [t for t in tokenize(line) if t[0] != "unit"]
    segs, cur = [], []
    for t in toks:
        if t[0] == "brk":
            segs.append(cur)
            cur = []
        else:
            cur.append(t)
    segs.append(cur)
    for seg in segs:
        parts, rels, p = [], [], []
        for t in seg:
            if t[0] == "eq":
                parts.append(p)
                rels.append(t[1])
                p = []
            else:
                p.append(t)
        parts.append(p)
        while parts and not parts[0]:
            parts.pop(0)
            rels.pop(0) if rels else None
        while parts and not parts[-1]:
            parts.pop()
            rels.pop() if rels else None
        if len(parts) < 2 or any(not q for q in parts):
            continue
        interesting = any(any(t[0] == "op" for t in q) or any(t[0] == "num" and "/" in t[1] for t in q) for q in parts)
        if not interesting:
            continue
        try:
            vals = [evaluate(q) for q in parts]
        except (PErr, ValueError, ZeroDivisionError):
            continue
        for j, rel in enumerate(rels):
            a, b = vals[j], vals[j + 1]
            lit = parts[j + 1][0][1] if len(parts[j + 1]) == 1 else None
            if rel == "=":
                ok = a == b
            else:
                d = decimals(lit) if lit else None
                if d is None:
                    ok = False
                else:
                    ok = abs(a - b) <= F(1, 2 * 10 ** d) + F(1, 10 ** 9)
            out.append((ok, a, b, lit))
    return out


def line_checks(raw):
    """returns list of (ok, result_value) found in one line of a solution"""
    res = []
    t = raw.strip()
    if t.startswith("#"):
        return res
    t = t.replace("**", "")
    t = delatex(t)
    t = re.sub(r"^\d+\.\s+", "", t)
    t = re.sub(r"^[-*]\s+", "", t)
    t = t.replace("(= ", "= ").replace(")", ") ") if "(= " in t else t
    # table rows
    if t.startswith("|"):
        cells = [c.strip() for c in t.strip("|").split("|")]
        if len(cells) >= 4 and not set(cells[0]) <= set("-") and cells[0] != "Step":
            calc, r = cells[2], cells[3]
            m = re.match(r"(%s), round (up|down)$" % NUM, calc)
            if m:
                x = num(m.group(1))
                n = num(re.match(NUM, r).group(0))
                res.append((n == (math.ceil(x) if m.group(2) == "up" else math.floor(x)), n))
                return res
            m = re.match(r"(%s)\s*(?:÷|/)\s*(%s)$" % (NUM, NUM), calc)
            m2 = re.match(r"(\d+) R(\d+)$", r)
            if m and m2:
                a, b, q, rr = num(m.group(1)), num(m.group(2)), int(m2.group(1)), int(m2.group(2))
                res.append((a == q * b + rr and 0 <= rr < b, F(q)))
                return res
            t = calc + (" " if r.startswith("≈") else " = ") + r
        else:
            return res
    # remainders
    m = re.search(r"(%s)\s*(?:÷|/|divided by)\s*(%s)\s*(?:=|is)\s*(\d+)\s*(?:remainder|R|with)\s*(\d+)" % (NUM, NUM), t)
    if m:
        a, b, q, rr = num(m.group(1)), num(m.group(2)), int(m.group(3)), int(m.group(4))
        res.append((a == q * b + rr and 0 <= rr < b, F(q)))
        return res
    # ceilings / floors
    m = re.search(r"\\l(ceil|floor)\s*(%s)\s*\\r(?:ceil|floor)\s*=\s*(%s)" % (NUM, NUM), t)
    if m:
        x, n = num(m.group(2)), num(m.group(3))
        res.append((n == (math.ceil(x) if m.group(1) == "ceil" else math.floor(x)), n))
        return res
    low = t.lower()
    if re.search(r"round|→|->|already a whole number", low) and "=" not in t:
        body = t.split(":", 1)[1] if ":" in t and not re.match(r"^\s*\d", t) else t
        ns = re.findall(NUM, body)
        if len(ns) >= 2:
            x, n = num(ns[0]), num(ns[1])
            if "already a whole number" in low:
                ok = x == n and x.denominator == 1
            elif "up" in low:
                ok = n == math.ceil(x)
            elif "down" in low or "only" in low:
                ok = n == math.floor(x)
            else:
                ok = n in (math.ceil(x), math.floor(x))
            res.append((ok, n))
        return res
    # percentages and worded operators
    t = re.sub(r"(%s)%%\s+of\s+" % NUM, lambda mm: "(" + mm.group(1) + " / 100) × ", t)
    for a, b in [(" times ", " × "), (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " − "),
                 (" is about ", " ≈ "), (" gives us ", " = "), (" equals ", " = "), (" is ", " = ")]:
        t = t.replace(a, b)
    for ok, a, b, lit in chains(t):
        res.append((ok, b))
    return res


def analyse(sol):
    """list of (line_start, line_end, ok, value, text)"""
    out = []
    pos = 0
    for ln in sol.split("\n"):
        for ok, v in line_checks(ln):
            out.append((pos, pos + len(ln), ok, v, ln))
        pos += len(ln) + 1
    return out


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    counts = {}
    ncomp = 0
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    pids = {}
    for r in rows:
        v = r["variant"]
        counts[v] = counts.get(v, 0) + 1
        pids.setdefault(r["pid"], []).append(v)
        ks = list(r.keys())
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if ks != keys_base + extra:
            errors.append((r["pid"], v, "keys %s" % ks))
        sol = r["solution"]
        comps = analyse(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2]]
        fin = final_of(sol)
        if v == "correct":
            if bad:
                errors.append((r["pid"], v, "wrong computation: " + bad[0][4]))
            if fin != r["final"]:
                errors.append((r["pid"], v, "final %s != %s" % (fin, r["final"])))
            if len(comps) < 2:
                errors.append((r["pid"], v, "too few checked computations"))
        elif v in ("slip", "carry"):
            s, e = r["span"]
            if len(bad) != 1:
                errors.append((r["pid"], v, "expected 1 wrong computation, got %d" % len(bad)))
            elif not (bad[0][0] == s and bad[0][1] == e):
                errors.append((r["pid"], v, "wrong computation not at span: %r vs %r" % (bad[0][4], sol[s:e])))
            if r["wrong"] not in sol[s:e]:
                errors.append((r["pid"], v, "wrong string not in span"))
            if v == "slip" and fin != r["final"]:
                errors.append((r["pid"], v, "slip final changed"))
            if v == "carry":
                if fin is None or num(fin) == num(r["final"]):
                    errors.append((r["pid"], v, "carry final not changed"))
                else:
                    # the carried final must equal the last computed result before the answer
                    main_c = [c for c in comps if not c[4].strip().startswith("Check")]
                    if not main_c or main_c[-1][3] != num(fin):
                        errors.append((r["pid"], v, "carry final %s is not the last computed value" % fin))
                    if main_c and main_c[-1][0] < s:
                        pass
        else:
            s, e = r["span"]
            unit = sol[s:e]
            if "####" in sol:
                errors.append((r["pid"], v, "loop has final"))
            if not unit.strip() or sol[s - len(unit):s] != unit:
                errors.append((r["pid"], v, "loop span is not the second copy"))
            else:
                k, p = 0, s - len(unit)
                while sol[p:p + len(unit)] == unit:
                    k += 1
                    p += len(unit)
                if k != r["repeats"] or k < 8 or k > 30:
                    errors.append((r["pid"], v, "repeats %d vs %d" % (k, r["repeats"])))
            if bad:
                errors.append((r["pid"], v, "wrong computation in loop: " + bad[0][4]))
        if v == "correct" and r["final"] is not None:
            try:
                num(r["final"])
            except Exception:
                errors.append((r["pid"], v, "final not numeric"))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errors.append((pid, "-", "variants %s" % vs))
    for e in errors[:40]:
        print("ERR", *e)
    print("rows", len(rows), counts, "checked computations", ncomp, "problems", len(pids))
    if errors:
        print("FAIL", len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
