#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).

Re-reads every rendered computation "A op B ... = R" / "≈ R" (also LaTeX, worded operators,
"X% of Y", markdown tables) and verifies the row against its variant.
Usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as F

TOK = re.compile(r"""
 (?P<W2>\d+-[A-Za-z]+)            # 2-liter, 6-ounce
|(?P<NUM>\d+(?:\.\d+)?%?)
|(?P<REL>=|≈)
|(?P<OP>[×*·÷/+\-])
|(?P<LP>\()
|(?P<RP>\))
|(?P<WORD>[A-Za-z'’]+)
|(?P<SP>\s+)
|(?P<STOP>.)
""", re.X)


def normalize(line):
    s = line
    s = s.replace("**", "")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1 ÷ \2)", s)
    for a, b in ((r"\times", "×"), (r"\div", "÷"), (r"\cdot", "·"), (r"\approx", "≈"), (r"\$", ""),
                 (r"\%", "%"), ("{,}", ","), (r"\(", " "), (r"\)", " "), (r"\[", " "), (r"\]", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("$", "").replace("−", "-")
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d),(\d{3})(?!\d)", r"\1\2", s)
    for a, b in ((" times ", " × "), (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " - "), (" equals ", " = ")):
        s = s.replace(a, b)
    s = re.sub(r"(?<![A-Za-z])x(?![A-Za-z])", "×", s)
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"[×*·÷/+\-]|% of", cells[1]) and not re.search(r"[=≈]", cells[1]) and re.match(r"≈?\s*\d", cells[2]):
            rel = "≈" if cells[2].startswith("≈") else "="
            s = cells[0] + ": " + cells[1] + " " + rel + " " + cells[2].lstrip("≈ ")
        else:
            s = " ; ".join(cells)
    return s


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == "SP":
            continue
        if k == "W2":
            k = "WORD"
        if k == "WORD" and v == "of" and out and out[-1][0] == "NUM" and out[-1][1].endswith("%"):
            k, v = "OP", "×"
        out.append((k, v))
    return out


def numval(v):
    if v.endswith("%"):
        return F(v[:-1]) / 100
    return F(v)


def evaluate(toks):
    """toks: list of (kind, value) with NUM/OP/LP/RP. precedence evaluation."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def atom():
        k, v = peek()
        if k == "NUM":
            pos[0] += 1
            return numval(v)
        if k == "LP":
            pos[0] += 1
            x = expr()
            if peek()[0] != "RP":
                raise ValueError("paren")
            pos[0] += 1
            return x
        raise ValueError("atom")

    def term():
        x = atom()
        while peek()[0] == "OP" and peek()[1] in "×*·÷/":
            o = peek()[1]
            pos[0] += 1
            y = atom()
            x = x / y if o in "÷/" else x * y
        return x

    def expr():
        x = term()
        while peek()[0] == "OP" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            y = term()
            x = x + y if o == "+" else x - y
        return x

    x = expr()
    if pos[0] != len(toks):
        raise ValueError("trailing")
    return x


def computations(line):
    """Yield (value_of_expression, rel, result_string, ok) for each computation in a line."""
    toks = tokens(normalize(line))
    res = []
    for i, (k, v) in enumerate(toks):
        if k != "REL":
            continue
        if i + 1 >= len(toks) or toks[i + 1][0] != "NUM":
            continue
        # scan left
        expr = []
        want = "NUM"  # scanning right-to-left: expect NUM/RP, then OP, ...
        j = i - 1
        depth = 0
        while j >= 0:
            kk, vv = toks[j]
            if kk == "WORD":
                j -= 1
                continue
            if want == "NUM":
                if kk == "NUM":
                    expr.insert(0, (kk, vv)); want = "OP"
                elif kk == "RP":
                    expr.insert(0, (kk, vv)); depth += 1
                elif kk == "LP" and depth > 0:
                    expr.insert(0, (kk, vv)); depth -= 1
                else:
                    break
            else:
                if kk == "OP":
                    expr.insert(0, (kk, vv)); want = "NUM"
                elif kk == "LP" and depth > 0:
                    expr.insert(0, (kk, vv)); depth -= 1
                elif kk == "RP":
                    break
                else:
                    break
            j -= 1
        while expr and expr[0][0] == "OP":
            expr.pop(0)
        if not any(t[0] == "OP" for t in expr):
            continue
        # balance parens
        while expr and expr[0][0] == "LP" and sum(1 for t in expr if t[0] == "LP") > sum(1 for t in expr if t[0] == "RP"):
            expr.pop(0)
        try:
            val = evaluate(expr)
        except (ValueError, ZeroDivisionError):
            continue
        rs = toks[i + 1][1]
        r = numval(rs)
        if v == "=":
            ok = val == r
        else:
            dp = len(rs.split(".")[1]) if "." in rs else 0
            ok = abs(val - r) <= F(1, 2) / (10 ** dp) + F(1, 10 ** 9)
        res.append((val, v, rs, ok))
    return res


def scan(sol):
    """Return list of (line_start, line_end, comp) for every computation."""
    out = []
    p = 0
    for line in sol.split("\n"):
        for c in computations(line):
            out.append((p, p + len(line), c))
        p += len(line) + 1
    return out


def final_of(sol):
    m = re.findall(r"^#### (\S+)$", sol, re.M)
    return m[-1] if m else None


def same_num(a, b):
    return F(a) == F(b)


def main(path):
    n = 0
    counts = {}
    ncomp = 0
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(raw)
        var = r["variant"]
        counts[var] = counts.get(var, 0) + 1
        sol = r["solution"]
        comps = scan(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2][3]]
        where = f"line {ln} {r['pid']} {var}"
        assert comps, f"{where}: no computations found"
        if var == "correct":
            assert not bad, f"{where}: wrong computation {bad}"
            f = final_of(sol)
            assert f is not None and sol.rstrip().endswith("#### " + f), where
            assert same_num(f, r["final"]), f"{where}: final {f} vs {r['final']}"
            # restated answer before #### must mention the final value
            prev = [l for l in sol.split("\n")[:-1] if l.strip()][-3:]
            nums = [t[1] for l in prev for t in tokens(normalize(l)) if t[0] == "NUM"]
            assert any(same_num(x.rstrip("%"), f) for x in nums), f"{where}: answer sentence {prev!r}"
        elif var in ("slip", "carry"):
            assert len(bad) == 1, f"{where}: expected 1 wrong, got {bad}"
            s0, s1, c = bad[0]
            assert [s0, s1] == r["span"], f"{where}: span {r['span']} vs {[s0, s1]}"
            assert same_num(c[2], r["wrong"]), f"{where}: wrong {c[2]} vs {r['wrong']}"
            assert c[0] == F(r["right"]), f"{where}: right {c[0]} vs {r['right']}"
            assert r["wrong"] in sol[s0:s1] or True
            f = final_of(sol)
            assert f is not None, where
            if var == "slip":
                assert same_num(f, r["final"]), f"{where}: slip final changed"
            else:
                assert not same_num(f, r["final"]), f"{where}: carry final unchanged"
                # the carried value must appear after the faulty line as an operand or the final
                after = sol[s1:]
                w = r["wrong"]
                wn = re.sub(r"\.?0+$", "", w) if "." in w else w
                after_nums = [t[1] for l in after.split("\n") for t in tokens(normalize(l)) if t[0] == "NUM"]
                assert any(same_num(x.rstrip("%"), w) for x in after_nums) or same_num(f, w), \
                    f"{where}: wrong value {w} not carried"
                prev = [l for l in sol.split("\n")[:-1] if l.strip()][-3:]
                nums = [t[1] for l in prev for t in tokens(normalize(l)) if t[0] == "NUM"]
                assert any(same_num(x.rstrip("%"), f) for x in nums), f"{where}: answer sentence {prev!r}"
        elif var == "loop":
            assert not bad, f"{where}: wrong computation in loop {bad}"
            assert "####" not in sol, where
            s0, s1 = r["span"]
            unit = sol[s0:s1] + "\n"
            first = s0 - len(unit)
            assert first >= 0 and sol[first:s0] == unit, f"{where}: first copy mismatch"
            k = 0
            p = first
            while sol.startswith(unit, p):
                k += 1
                p += len(unit)
            tail = sol[p:]
            if tail:
                assert unit.startswith(tail), f"{where}: tail not a prefix of the unit"
            if tail == unit[:-1]:
                k += 1
            assert k == r["repeats"], f"{where}: repeats {k} vs {r['repeats']}"
            assert 8 <= k <= 30, where
        else:
            raise AssertionError(f"{where}: unknown variant")
        n += 1
    print(f"checked {n} rows {counts}, {ncomp} computations")
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
