#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

python3 check.py [set.jsonl]
Re-reads every rendered computation it can find (symbolic, worded, LaTeX, table rows, GSM8K <<..>> annotations)
and asserts the per-variant contract. Prints PASS and exits 0 on success.
"""
import json
import math
import re
import sys
from collections import Counter
from fractions import Fraction as F

NUM = r"[−-]?\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)%?"
OP = r"[+×*÷/·−-]"
TERM = r"\(?\s*" + NUM + r"\s*\)?"
EQ_RE = re.compile(r"(?P<lhs>" + TERM + r"(?:\s*" + OP + r"\s*" + TERM + r")+)\s*(?P<rel>=|≈)\s*(?P<rhs>" + NUM + r")"
                   r"(?P<rem>\s*(?:remainder|R)\s*\d+)?")
ANN_RE = re.compile(r"<<([^<>=]*)=([^<>]*)>>")
FRAC_RE = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")


def to_frac(tok):
    t = tok.strip().replace("$", "").replace(",", "").replace("−", "-")
    pct = t.endswith("%")
    t = t.rstrip("%")
    v = F(t)
    return v / 100 if pct else v


def eval_expr(s):
    """evaluate an arithmetic expression made of NUM tokens, operators and parentheses"""
    out = []
    pos = 0
    s = s.strip()
    prev_is_val = False
    tok_re = re.compile(r"\s*(?:(?P<num>\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)%?)|(?P<op>[+×*÷/·−-])|(?P<par>[()]))")
    while pos < len(s):
        m = tok_re.match(s, pos)
        if not m or m.end() == pos:
            raise ValueError("bad expr: " + s)
        pos = m.end()
        if m.group("num"):
            out.append("F(%r)" % str(to_frac(m.group("num"))))
            prev_is_val = True
        elif m.group("op"):
            o = m.group("op")
            o = {"×": "*", "·": "*", "÷": "/", "−": "-"}.get(o, o)
            if not prev_is_val and o == "-":
                out.append("-")
            else:
                out.append(o)
            prev_is_val = False
        else:
            out.append(m.group("par"))
            prev_is_val = m.group("par") == ")"
    return eval("".join(out), {"F": F, "__builtins__": {}})


def normalize(line):
    s = line
    # LaTeX
    s = s.replace("{,}", ",")
    s = FRAC_RE.sub(r"(\1) ÷ (\2)", s)
    for a, b in [(r"\times", "×"), (r"\div", "÷"), (r"\cdot", "×"), (r"\approx", "≈"), (r"\$", "$"), (r"\%", "%"),
                 ("{,}", ","), (r"\(", " "), (r"\)", " "), (r"\[", " "), (r"\]", " ")]:
        s = s.replace(a, b)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("**", "")
    # worded operators
    s = re.sub(r"\s+divided by\s+", " ÷ ", s)
    s = re.sub(r"\s+(?:times|multiplied by)\s+", " × ", s)
    s = re.sub(r"\s+plus\s+", " + ", s)
    s = re.sub(r"\s+minus\s+", " − ", s)
    s = re.sub(r"(?<=%)\s+of\s+", " × ", s)
    s = re.sub(r"(?<=\d)\s*x\s*(?=[\$\d(])", " × ", s)
    # unit words between a number and an operator / relation
    s = re.sub(r"(\d%?)\s+[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?(?=\s*(?:[×*÷/+−=≈]|-\s))",
               r"\1", s)
    # worded relations after a number
    s = re.sub(r"(?<=[\d%])(?:\s+[A-Za-z][A-Za-z\-]*){0,2}?\s+(?:is|equals|comes to|gives us|gives|makes|leaves)\s+"
               r"(?=[−-]?\$?\d)", " = ", s)
    return s


def table_line(line):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    out = []
    for a, b in zip(cells, cells[1:]):
        if re.search(r"\d%?\s*(?:" + OP + r"|of)\s*\$?\d", a) and re.match(r"(?:≈\s*)?[−-]?\$?\d", b):
            rel = "" if b.startswith("≈") else "= "
            out.append(f"{a} {rel}{b}")
    return " ; ".join(out)


def computations(line):
    """list of (ok, shown_text) for each computation found in the line"""
    res = []
    for m in ANN_RE.finditer(line):
        lhs, rhs = m.group(1), m.group(2)
        res.append((eval_expr(lhs) == to_frac(rhs), rhs))
    line = ANN_RE.sub("", line)
    if line.lstrip().startswith("|"):
        line = table_line(line)
    s = normalize(line)
    for m in EQ_RE.finditer(s):
        lhs = m.group("lhs")
        val = eval_expr(lhs)
        rhs = m.group("rhs")
        shown = to_frac(rhs)
        if m.group("rem"):
            r = int(re.search(r"\d+", m.group("rem")).group())
            q = math.floor(val)
            a_b = [to_frac(x) for x in re.findall(NUM, lhs)]
            ok = shown == q and len(a_b) == 2 and r == a_b[0] - q * a_b[1]
        elif m.group("rel") == "≈":
            d = len(rhs.split(".")[1]) if "." in rhs else 0
            ok = F(math.floor(val * 10 ** d + F(1, 2)), 10 ** d) == shown
        else:
            ok = val == shown
        res.append((ok, rhs))
    return res


def lines_with_offsets(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def final_of(text):
    finals = re.findall(r"^#### (.+)$", text, flags=re.M)
    return finals


def check_row(row, stats):
    sol = row["solution"]
    v = row["variant"]
    assert list(row)[:7] == ["pid", "template", "style", "problem", "variant", "solution", "final"], row["pid"]
    lines = lines_with_offsets(sol)
    bad = []
    ncomp = 0
    for a, b, ln in lines:
        cs = computations(ln)
        ncomp += len(cs)
        if any(not ok for ok, _ in cs):
            bad.append((a, b, ln, [t for ok, t in cs if not ok]))
    stats[v + "_comps"] += ncomp
    gold = F(row["final"])
    if v == "correct":
        assert not bad, (row["pid"], bad)
        assert ncomp >= 1, row["pid"]
        f = final_of(sol)
        assert len(f) == 1 and sol.endswith("#### " + f[0]) and F(f[0]) == gold, row["pid"]
    elif v in ("slip", "carry"):
        assert list(row)[7:] == ["span", "wrong", "right", "step", "kind"], row["pid"]
        assert len(bad) == 1, (row["pid"], bad)
        a, b, ln, shown = bad[0]
        assert [a, b] == row["span"], (row["pid"], [a, b], row["span"])
        assert any(to_frac(t) == F(row["wrong"]) for t in shown), (row["pid"], shown, row["wrong"])
        assert F(row["wrong"]) != F(row["right"])
        f = final_of(sol)
        assert len(f) == 1 and sol.endswith("#### " + f[0]), row["pid"]
        if v == "slip":
            assert F(f[0]) == gold, row["pid"]
        else:
            assert F(f[0]) != gold, row["pid"]
    elif v == "loop":
        assert list(row)[7:] == ["span", "repeats"], row["pid"]
        assert "####" not in sol, row["pid"]
        assert not bad, (row["pid"], bad)
        s0, s1 = row["span"]
        unit = sol[s0:s1]
        assert unit.strip() and sol[s0 - 1] == "\n"
        first = s0 - 1 - len(unit)
        assert first >= 0 and sol[first:s0 - 1] == unit and (first == 0 or sol[first - 1] == "\n"), row["pid"]
        k, pos = 0, first
        while sol[pos:pos + len(unit)] == unit and (pos + len(unit) == len(sol) or sol[pos + len(unit)] == "\n"):
            k += 1
            pos += len(unit) + 1
        assert k == row["repeats"] and 8 <= k <= 30, (row["pid"], k, row["repeats"])
        assert pos >= len(sol) or unit.startswith(sol[pos:]), row["pid"]
    else:
        raise AssertionError(v)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    stats = Counter()
    pids = Counter()
    for row in rows:
        check_row(row, stats)
        pids[(row["pid"], row["variant"])] += 1
        stats[row["variant"]] += 1
    assert all(c == 1 for c in pids.values())
    by_pid = Counter(p for p, _ in pids)
    assert all(c == 4 for c in by_pid.values())
    print(dict(stats))
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
