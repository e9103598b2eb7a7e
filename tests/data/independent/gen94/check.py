#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every arithmetic statement of the form  <expr> (=|≈|is|gives) <number>  (also markdown
table rows  | expr | result |, LaTeX \\frac, \\times, \\div, {,}, percentages, clock times) and checks it.
"""
import json
import re
import sys
from fractions import Fraction as F

NUM = r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?"
CLOCK = r"\d{1,2}:\d{2}(?:\s?[AP]M)?"
TOK = re.compile(r"(?P<clock>%s)|(?P<num>%s)|(?P<dby>divided by|multiplied by)|(?P<word>[A-Za-z]+(?:/[A-Za-z]+)?)"
                 r"|(?P<op>[×\*·÷/+\-−])|(?P<lp>\()|(?P<rp>\))|(?P<eq>=|≈)|(?P<bar>\|)|(?P<sp>\s+)|(?P<other>.)" % (CLOCK, NUM))
OPWORDS = {"x": "*", "times": "*", "plus": "+", "minus": "-", "of": "*"}
EQWORDS = {"is", "gives"}
OPMAP = {"×": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "+": "+", "-": "-", "−": "-",
         "divided by": "/", "multiplied by": "*"}


def norm(line):
    s = line.replace("**", "")
    s = re.sub(r"\\frac\{([^{}]*(?:\{,\}[^{}]*)*)\}\{([^{}]*(?:\{,\}[^{}]*)*)\}", r"(\1)/(\2)", s)
    s = s.replace("{,}", ",").replace(r"\times", "×").replace(r"\div", "÷").replace(r"\cdot", "·")
    s = s.replace(r"\approx", "≈").replace(r"\$", "$").replace(r"\%", "%")
    s = re.sub(r"\\text\{([^}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r" \1 ", s)
    s = s.replace(r"\(", " ").replace(r"\)", " ").replace(r"\[", " ").replace(r"\]", " ")
    return s


def parse_num(t):
    t = t.replace("$", "").replace(",", "")
    pct = t.endswith("%")
    t = t.rstrip("%")
    v = F(t)
    return v / 100 if pct else v


def parse_clock(t):
    m = re.match(r"(\d{1,2}):(\d{2})\s?([AP]M)?", t)
    h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(3)
    if ap:
        h = h % 12 + (12 if ap == "PM" else 0)
    return h * 60 + mi


def tokens(line):
    out = []  # (type, value, extra)
    for m in TOK.finditer(norm(line)):
        k = m.lastgroup
        t = m.group(k)
        if k == "sp":
            continue
        if k == "clock":
            out.append(["num", F(parse_clock(t)), {"clock": True, "text": t, "dec": 0}])
        elif k == "num":
            d = len(t.rstrip("%").split(".")[1]) if "." in t else 0
            out.append(["num", parse_num(t), {"clock": False, "text": t, "dec": d, "units": []}])
        elif k == "dby":
            out.append(["op", OPMAP[t], None])
        elif k == "op":
            out.append(["op", OPMAP[t], None])
        elif k == "word":
            lw = t.lower()
            if lw in OPWORDS:
                out.append(["op", OPWORDS[lw], None])
            elif lw in EQWORDS:
                out.append(["eq", "=", None])
            elif out and out[-1][0] == "num" and not out[-1][2]["clock"] and len(out[-1][2]["units"]) < 2:
                out[-1][2]["units"].append(lw)
            else:
                out.append(["word", t, None])
        elif k in ("lp", "rp"):
            out.append([k, t, None])
        elif k == "eq":
            out.append(["eq", t, None])
        elif k == "bar":
            out.append(["bar", t, None])
        else:
            out.append(["other", t, None])
    return out


def evaluate(expr):
    """expr: list of tokens (num/op/lp/rp). Shunting-yard with Fractions."""
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    outq, ops = [], []
    for t in expr:
        if t[0] == "num":
            outq.append(t[1])
        elif t[0] == "op":
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t[1]]:
                outq.append(ops.pop())
            ops.append(t[1])
        elif t[0] == "lp":
            ops.append("(")
        elif t[0] == "rp":
            while ops[-1] != "(":
                outq.append(ops.pop())
            ops.pop()
    while ops:
        outq.append(ops.pop())
    st = []
    for x in outq:
        if isinstance(x, str):
            b, a = st.pop(), st.pop()
            st.append(a + b if x == "+" else a - b if x == "-" else a * b if x == "*" else a / b)
        else:
            st.append(x)
    assert len(st) == 1
    return st[0]


def computations(line):
    """Yield (ok, shown_value) for every checkable computation in a line."""
    toks = tokens(line)
    table = line.lstrip().startswith("|")
    res = []
    for i, t in enumerate(toks):
        is_eq = t[0] == "eq" or (table and t[0] == "bar")
        if not is_eq:
            continue
        # result
        j = i + 1
        approx = t[1] == "≈"
        if j < len(toks) and toks[j][0] == "eq" and toks[j][1] == "≈":
            approx = True
            j += 1
        if j >= len(toks) or toks[j][0] != "num":
            continue
        r = toks[j]
        # expression to the left
        k = i - 1
        expr = []
        depth = 0
        while k >= 0:
            x = toks[k]
            if x[0] == "num":
                if expr and expr[0][0] == "num":
                    break
                expr.insert(0, x)
            elif x[0] == "op":
                if expr and expr[0][0] == "op":
                    break
                expr.insert(0, x)
            elif x[0] == "rp":
                depth += 1
                expr.insert(0, x)
            elif x[0] == "lp":
                if depth == 0:
                    break
                depth -= 1
                expr.insert(0, x)
            else:
                break
            k -= 1
        while expr and expr[0][0] in ("op", "rp"):
            expr.pop(0)
        # drop unbalanced trailing ")"
        bal = 0
        clean = []
        for x in expr:
            if x[0] == "lp":
                bal += 1
            if x[0] == "rp":
                if bal == 0:
                    continue
                bal -= 1
            clean.append(x)
        expr = clean
        if not any(x[0] == "op" for x in expr) or expr[-1][0] not in ("num", "rp"):
            continue
        clock = r[2]["clock"] or any(x[0] == "num" and x[2]["clock"] for x in expr)
        if clock:
            e2 = []
            for x in expr:
                if x[0] == "num" and not x[2]["clock"]:
                    u = x[2]["units"]
                    mult = 60 if (u and u[0] in ("h", "hr", "hours", "hour")) else 1
                    e2.append(["num", x[1] * mult, x[2]])
                else:
                    e2.append(x)
            expr = e2
        try:
            val = evaluate(expr)
        except (ZeroDivisionError, AssertionError, IndexError):
            continue
        shown = r[1]
        if clock:
            ok = (val - shown) % 1440 == 0
        elif approx:
            ok = abs(val - shown) <= F(1, 2) * F(1, 10 ** r[2]["dec"]) + F(1, 10 ** 9)
        else:
            ok = val == shown
        res.append((ok, shown, r[2]["text"]))
    return res


def scan(sol):
    """Return list of (line_start, line_end, ok, shown) over all lines."""
    out = []
    pos = 0
    for line in sol.split("\n"):
        for ok, shown, text in computations(line):
            out.append((pos, pos + len(line), ok, shown, text))
        pos += len(line) + 1
    return out


def final_of(sol):
    m = re.search(r"^#### (.+)$", sol, re.M)
    return m.group(1).strip() if m else None


def val(s):
    s = s.strip()
    if re.fullmatch(CLOCK, s):
        return F(parse_clock(s))
    return parse_num(s)


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    seen = set()
    ncomp = 0
    for r in rows:
        tag = (r["pid"], r["variant"])
        if list(r.keys())[:7] != keys:
            errs.append((tag, "key order"))
        if tag in seen:
            errs.append((tag, "dup"))
        seen.add(tag)
        sol = r["solution"]
        comps = scan(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2]]
        fin = final_of(sol)
        v = r["variant"]
        if v == "correct":
            if bad:
                errs.append((tag, "wrong computation in correct row: %r" % (sol[bad[0][0]:bad[0][1]],)))
            if fin != r["final"]:
                errs.append((tag, "final mismatch %r %r" % (fin, r["final"])))
            if not comps:
                errs.append((tag, "no computation found"))
        elif v in ("slip", "carry"):
            s, e = r["span"]
            if len(bad) != 1:
                errs.append((tag, "expected 1 wrong computation, got %d" % len(bad)))
            elif (bad[0][0], bad[0][1]) != (s, e):
                errs.append((tag, "fault not at span"))
            elif val(bad[0][4]) != val(r["wrong"]):
                errs.append((tag, "wrong value mismatch %s %s" % (bad[0][4], r["wrong"])))
            if "\n" in sol[s:e]:
                errs.append((tag, "span crosses lines"))
            if v == "slip":
                if fin != r["final"]:
                    errs.append((tag, "slip final must be right"))
            else:
                if fin is None or val(fin) == val(r["final"]):
                    errs.append((tag, "carry final must differ from gold"))
                elif comps and val(fin) != comps[-1][3] and not any(val(fin) == c[3] for c in comps[-2:]):
                    errs.append((tag, "carry final not the last computed value"))
            for k in ("wrong", "right", "step", "kind"):
                if k not in r:
                    errs.append((tag, "missing " + k))
        elif v == "loop":
            s, e = r["span"]
            unit = sol[s:e]
            n = r["repeats"]
            if fin is not None:
                errs.append((tag, "loop has ####"))
            if not (8 <= n <= 30) or not unit:
                errs.append((tag, "repeats"))
            first = s - len(unit)
            if sol[first:s] != unit or (unit * n).rstrip("\n") not in sol[first:] or \
                    not sol[first:].rstrip("\n") == (unit * n).rstrip("\n"):
                errs.append((tag, "loop unit mismatch"))
            if bad:
                errs.append((tag, "wrong computation in loop row"))
        else:
            errs.append((tag, "variant"))
    for e in errs[:30]:
        print("FAIL", e)
    print("rows=%d computations checked=%d errors=%d" % (len(rows), ncomp, len(errs)))
    if errs:
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
