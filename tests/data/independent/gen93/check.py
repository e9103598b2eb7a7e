#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py)."""
import json
import re
import sys
from fractions import Fraction as F

UNITS = {"px", "pixels", "pixel", "mp", "mb", "gb", "in", "inches", "sq", "dpi", "ppi", "prints", "photos", "frames",
         "fps", "s", "seconds", "min", "minutes", "pages", "sheets", "clips", "mb/s"}
NUM = r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?"
TOK = re.compile(r"(?P<num>" + NUM + r")|(?P<op>[×x*·÷/+\-−%()])|(?P<eq>=|≈)|(?P<word>[A-Za-z]+(?:/[A-Za-z]+)?)|(?P<sp>\s+)|(?P<other>.)")


def norm(line):
    s = line
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{\s*([^}]*)\}", r" \1", s)
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
    for a, b in [(r"\times", "×"), (r"\div", "÷"), (r"\cdot", "·"), (r"\approx", "≈"), (r"\$", "$"), (r"\%", "%"),
                 (r"\(", " "), (r"\)", " "), (r"\[", " "), (r"\]", " "), (r"\Rightarrow", " ; ")]:
        s = s.replace(a, b)
    s = s.replace("**", "")
    for a, b in [(" multiplied by ", " × "), (" times ", " × "), (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " − "),
                 (" is about ", " ≈ "), (" is approximately ", " ≈ "), (" equals ", " = "), (" is ", " = "), ("% of ", "% × ")]:
        s = s.replace(a, b)
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        out = []
        for i, c in enumerate(cells):
            out.append(c)
            if i + 1 < len(cells) and re.search(r"[×÷+−\-·*/]", c) and re.match(r"^(≈\s*)?\$?\d", cells[i + 1]):
                if not cells[i + 1].startswith("≈"):
                    out.append("=")
        s = " ; ".join(out).replace("; = ;", "=")
    return s


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == "sp":
            continue
        if k == "word" and v == "x":
            k = "op"
        out.append((k, v, m.start(), m.end()))
    return out


def val(t):
    return F(t.replace("$", "").replace(",", ""))


def evaluate(toks):
    # toks: list of (kind, text) over num/op; standard precedence via shunting-yard
    out, st = [], []
    prec = {"+": 1, "-": 1, "−": 1, "×": 2, "x": 2, "*": 2, "·": 2, "÷": 2, "/": 2}
    prev = None
    for k, v in toks:
        if k == "num":
            out.append(val(v))
        elif v == "%":
            out[-1] = out[-1] / 100
        elif v == "(":
            st.append(v)
        elif v == ")":
            while st and st[-1] != "(":
                out.append(st.pop())
            if not st:
                return None
            st.pop()
        else:
            while st and st[-1] != "(" and prec[st[-1]] >= prec[v]:
                out.append(st.pop())
            st.append(v)
    while st:
        x = st.pop()
        if x == "(":
            return None
        out.append(x)
    stack = []
    for x in out:
        if isinstance(x, F):
            stack.append(x)
        else:
            if len(stack) < 2:
                return None
            b, a = stack.pop(), stack.pop()
            if x == "+":
                stack.append(a + b)
            elif x in "-−":
                stack.append(a - b)
            elif x in "×x*·":
                stack.append(a * b)
            else:
                if b == 0:
                    return None
                stack.append(a / b)
    return stack[0] if len(stack) == 1 else None


def computations(line):
    """yield (ok, shown_text, exact) for every computation found in the line"""
    s = norm(line)
    tk = tokens(s)
    res = []
    for i, (k, v, a, b) in enumerate(tk):
        if k != "eq":
            continue
        # right side
        j = i + 1
        if j >= len(tk) or tk[j][0] != "num":
            continue
        rhs = tk[j][1]
        # left side, walk back
        expr = []
        m = i - 1
        while m >= 0:
            kk, vv = tk[m][0], tk[m][1]
            if kk == "num" or kk == "op":
                expr.append((kk, vv))
            elif kk == "word" and vv.lower() in UNITS:
                pass
            else:
                break
            m -= 1
        expr.reverse()
        while expr and expr[0][0] == "op" and expr[0][1] != "(":
            expr.pop(0)
        # drop unmatched leading "(" / trailing ")"
        while expr and expr[0][1] == "(" and sum(1 for e in expr if e[1] == "(") > sum(1 for e in expr if e[1] == ")"):
            expr.pop(0)
        if not any(e[0] == "op" and e[1] not in "()%" for e in expr):
            continue
        if not expr or expr[-1][0] == "op" and expr[-1][1] not in ")%":
            continue
        ex = evaluate(expr)
        if ex is None:
            continue
        shown = val(rhs)
        if v == "=":
            ok = ex == shown
        else:
            dp = len(rhs.split(".")[1]) if "." in rhs else 0
            ok = abs(ex - shown) <= F(1, 2) / 10 ** dp and ex != shown
        res.append((ok, rhs.replace("$", "").replace(",", ""), ex))
    return res


def line_spans(text):
    pos = 0
    for ln in text.split("\n"):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def bad_lines(text):
    out, n = [], 0
    for a, b, ln in line_spans(text):
        for ok, shown, ex in computations(ln):
            n += 1
            if not ok:
                out.append((a, b, shown, ex))
    return out, n


def final_of(text):
    m = re.findall(r"^#### (.+)$", text, re.M)
    return m[-1].strip() if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    seen = set()
    counts = {}
    total_comp = 0
    for r in rows:
        key = (r["pid"], r["variant"])
        assert key not in seen, key
        seen.add(key)
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
        sol, v = r["solution"], r["variant"]
        if v == "loop":
            bad, n = bad_lines(sol[:sol.rfind("\n")] if not sol.endswith(sol[r["span"][0]:r["span"][1]]) else sol)
        else:
            bad, n = bad_lines(sol)
        total_comp += n
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation", bad))
            if final_of(sol) != r["final"]:
                errs.append((r["pid"], v, "final", final_of(sol), r["final"]))
            if n < 1:
                errs.append((r["pid"], v, "no computation parsed"))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if len(bad) != 1 or (bad[0][0], bad[0][1]) != (a, b):
                errs.append((r["pid"], v, "fault count/span", bad, r["span"]))
            elif F(bad[0][2]) != F(r["wrong"]) or bad[0][3] == F(r["wrong"]):
                errs.append((r["pid"], v, "wrong value", bad[0], r["wrong"]))
            if "\n" in sol[a:b]:
                errs.append((r["pid"], v, "span multi-line"))
            if final_of(sol) != r["final"]:
                errs.append((r["pid"], v, "final line", final_of(sol), r["final"]))
            corr = [x for x in rows if x["pid"] == r["pid"] and x["variant"] == "correct"] if False else None
        elif v == "loop":
            if "####" in sol:
                errs.append((r["pid"], v, "loop has ####"))
            a, b = r["span"]
            unit = sol[a:b]
            if sol[a - 1] != "\n" or not sol[:a - 1].endswith(unit):
                errs.append((r["pid"], v, "first copy does not precede span"))
            k = sol.count("\n".join([unit] * 2))
            body = sol[:a - 1 - len(unit)]
            reps = (unit + "\n") * r["repeats"]
            if reps.rstrip("\n") not in sol or not (8 <= r["repeats"] <= 30):
                errs.append((r["pid"], v, "repeats", r["repeats"]))
            if bad:
                errs.append((r["pid"], v, "loop prefix wrong", bad))
    # slip finals equal correct finals; carry finals differ
    byp = {}
    for r in rows:
        byp.setdefault(r["pid"], {})[r["variant"]] = r
    for pid, d in byp.items():
        assert set(d) == {"correct", "slip", "carry", "loop"}, pid
        if d["slip"]["final"] != d["correct"]["final"]:
            errs.append((pid, "slip final differs"))
        if d["carry"]["final"] == d["correct"]["final"]:
            errs.append((pid, "carry final same"))
        if final_of(d["carry"]["solution"]) != d["carry"]["final"]:
            errs.append((pid, "carry #### mismatch"))
        # carry: lines before the span identical to correct's lines before the span
        a = d["carry"]["span"][0]
        if d["carry"]["solution"][:a] != d["correct"]["solution"][:a]:
            errs.append((pid, "carry prefix differs from correct"))
        a = d["slip"]["span"][0]
        if d["slip"]["solution"][:a] != d["correct"]["solution"][:a]:
            errs.append((pid, "slip prefix differs from correct"))
        if not d["correct"]["solution"].startswith(d["loop"]["solution"][:d["loop"]["span"][0]]):
            errs.append((pid, "loop prefix differs from correct"))
    for e in errs[:30]:
        print(e)
    print(f"rows={len(rows)} {counts} computations_checked={total_comp} errors={len(errs)}")
    if errs:
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
