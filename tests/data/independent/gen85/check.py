#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It reads every rendered computation "expr = result" / "expr ≈ result" it can find in each solution
(plain text, markdown, LaTeX, tables), evaluates the left side exactly, and compares with the written
result within the rounding allowed by the number of decimals written.
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
UNIT_WORDS = {"miles", "mile", "mi", "day", "days", "week", "weeks", "month", "months", "mo", "year", "years",
              "yr", "yrs", "gallons", "gallon", "gal", "mpg", "per", "a", "tires", "tire", "oil", "changes",
              "change", "kwh", "people", "each", "inch", "in"}
SUP = {"²": "^2", "³": "^3", "⁴": "^4", "⁵": "^5"}


def delatex(s):
    s = s.replace("\\$", "$").replace("{,}", ",").replace("\\%", "%")
    s = s.replace("\\times", " × ").replace("\\cdot", " · ").replace("\\div", " ÷ ").replace("\\approx", " ≈ ")
    s = re.sub(r"\\(?:text|mathrm)\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1) / (\2))", s)
    s = re.sub(r"\^\{(\d+)\}", r"^\1", s)
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    return s


NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def tokenize(s):
    s = delatex(s)
    for k, v in SUP.items():
        s = s.replace(k, v)
    s = s.replace("**", " ")
    toks = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace() or ch == "$":
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and not (i > 0 and (s[i - 1].isalpha())):
            txt = m.group(0)
            j = m.end()
            pct = j < n and s[j] == "%"
            if pct:
                j += 1
            v = F(txt.replace(",", ""))
            dec = len(txt.split(".")[1]) if "." in txt else 0
            toks.append(("NUM", v / 100 if pct else v, dec, pct))
            i = j
            continue
        if ch == "/" and i + 1 < n and s[i + 1].isalpha():
            j = i + 1
            while j < n and s[j].isalpha():
                j += 1
            i = j  # compound unit such as /gal, /mo, /mile
            continue
        if ch in "×*·÷/+^()−-":
            if ch in "−-" and i > 0 and s[i - 1].isalnum() and i + 1 < n and s[i + 1].isalnum():
                toks.append(("BRK",))  # hyphenated word (6-month, F-150)
                i += 1
                continue
            sym = {"×": "*", "·": "*", "÷": "/", "−": "-"}.get(ch, ch)
            toks.append(("OP", sym) if ch not in "()" else ("P", ch))
            i += 1
            continue
        if ch in "=≈":
            toks.append(("EQ",))
            i += 1
            continue
        if ch.isalpha():
            j = i
            while j < n and (s[j].isalpha()):
                j += 1
            w = s[i:j]
            lw = w.lower()
            if lw == "x" or lw == "times":
                toks.append(("OP", "*"))
            elif lw == "plus":
                toks.append(("OP", "+"))
            elif lw == "minus":
                toks.append(("OP", "-"))
            elif lw == "divided" and s[j:j + 3] == " by":
                toks.append(("OP", "/"))
                j += 3
            elif lw == "of" and toks and toks[-1][0] == "NUM" and toks[-1][3]:
                toks.append(("OP", "*"))
            elif lw in UNIT_WORDS:
                pass
            else:
                toks.append(("BRK",))
            i = j
            continue
        toks.append(("BRK",))
        i += 1
    return toks


class PErr(Exception):
    pass


def parse_expr(ts):
    pos = [0]

    def peek():
        return ts[pos[0]] if pos[0] < len(ts) else None

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t[0] == "NUM":
            pos[0] += 1
            v = t[1]
        elif t == ("P", "("):
            pos[0] += 1
            v = add()
            if peek() != ("P", ")"):
                raise PErr()
            pos[0] += 1
        elif t == ("OP", "-"):
            pos[0] += 1
            return -atom()
        else:
            raise PErr()
        while peek() == ("OP", "^"):
            pos[0] += 1
            e = peek()
            if e is None or e[0] != "NUM":
                raise PErr()
            pos[0] += 1
            v = v ** int(e[1])
        return v

    def mul():
        v = atom()
        while peek() in (("OP", "*"), ("OP", "/")):
            op = peek()[1]
            pos[0] += 1
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    def add():
        v = mul()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = peek()[1]
            pos[0] += 1
            r = mul()
            v = v + r if op == "+" else v - r
        return v

    v = add()
    if pos[0] != len(ts):
        raise PErr()
    return v


def computations(line):
    """Yield (lhs_value, shown_value, decimals) for each computation in a line."""
    toks = tokenize(line)
    out = []
    start = 0
    for j, t in enumerate(toks):
        if t[0] == "BRK":
            start = j + 1
            continue
        if t[0] != "EQ":
            continue
        lhs = toks[start:j]
        start = j + 1
        if j + 1 >= len(toks) or toks[j + 1][0] != "NUM":
            continue
        res = toks[j + 1]
        shown, dec = res[1], res[2]
        if res[3]:
            dec += 2
        # fraction result such as 8/32
        if j + 3 < len(toks) and toks[j + 2] == ("OP", "/") and toks[j + 3][0] == "NUM" and (
                j + 4 >= len(toks) or toks[j + 4][0] in ("BRK", "EQ")):
            shown = shown / toks[j + 3][1]
            dec = None
        if not any(x[0] == "OP" for x in lhs):
            continue
        try:
            v = parse_expr(lhs)
        except (PErr, ZeroDivisionError):
            continue
        out.append((v, shown, dec))
    return out


def ok(v, shown, dec):
    if dec is None:
        return v == shown
    return abs(v - shown) <= F(1, 2) / 10 ** dec + F(1, 10 ** 9)


def table_lines(text):
    """Turn markdown table rows with Calculation/Result columns into 'calc = result' strings."""
    res = {}
    lines = text.split("\n")
    ci = ri = None
    for k, l in enumerate(lines):
        if l.startswith("|"):
            cells = [c.strip() for c in l.strip().strip("|").split("|")]
            if "Calculation" in cells and "Result" in cells:
                ci, ri = cells.index("Calculation"), cells.index("Result")
                continue
            if ci is not None and not set(l) <= set("|-: "):
                r = cells[ri]
                glue = " " if r[:1] in "=≈" else " = "
                res[k] = cells[ci] + glue + r
        else:
            ci = ri = None
    return res


def scan(text):
    """Return list of (line_start, line_end, v, shown, dec) for every computation found."""
    found = []
    tab = table_lines(text)
    off = 0
    for k, l in enumerate(text.split("\n")):
        src = tab.get(k, l)
        for v, shown, dec in computations(src):
            found.append((off, off + len(l), v, shown, dec))
        off += len(l) + 1
    return found


def final_of(text):
    m = re.findall(r"^#### (.+)$", text, re.M)
    return m


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    counts = {}
    ncomp = 0
    pids = {}
    for r in rows:
        keys = list(r)
        assert keys[:7] == KEYS, keys
        v = r["variant"]
        counts[v] = counts.get(v, 0) + 1
        pids.setdefault(r["pid"], []).append(v)
        sol = r["solution"]
        comps = scan(sol)
        bad = [c for c in comps if not ok(c[2], c[3], c[4])]
        fin = final_of(sol)
        gold = F(r["final"])

        def err(msg):
            errors.append("%s/%s: %s" % (r["pid"], v, msg))

        if v == "correct":
            ncomp += len(comps)
            if len(comps) < 2:
                err("fewer than 2 readable computations")
            if bad:
                err("wrong computation in correct row: %r" % (bad,))
            if len(fin) != 1 or F(fin[0]) != gold or not sol.rstrip().endswith(fin[0]):
                err("final line")
        elif v in ("slip", "carry"):
            if len(bad) != 1:
                err("expected exactly 1 bad computation, got %d" % len(bad))
                continue
            b = bad[0]
            if [b[0], b[1]] != r["span"]:
                err("span mismatch %r vs %r" % ([b[0], b[1]], r["span"]))
            w = r["wrong"]
            wv = F(w.split("/")[0]) / F(w.split("/")[1]) if "/" in w else F(w)
            rt = r["right"]
            rv = F(rt.split("/")[0]) / F(rt.split("/")[1]) if "/" in rt else F(rt)
            if b[3] != wv:
                err("wrong value mismatch %s vs %s" % (b[3], wv))
            if not ok(b[2], rv, b[4]):
                err("right value mismatch")
            if w not in sol[r["span"][0]:r["span"][1]].replace(",", "").replace("{}", "") and "/" not in w:
                err("wrong string not on span line")
            if len(fin) != 1:
                err("final line count")
            elif v == "slip" and F(fin[0]) != gold:
                err("slip final should be gold")
            elif v == "carry" and F(fin[0]) == gold:
                err("carry final should differ from gold")
            if not isinstance(r["step"], int) or r["step"] < 1 or not r["kind"]:
                err("step/kind")
        elif v == "loop":
            if fin:
                err("loop row has #### line")
            if bad:
                err("wrong computation in loop row")
            a, b2 = r["span"]
            unit = sol[a:b2]
            before = sol[:a]
            sep = "\n\n" if before.endswith(unit + "\n\n") else "\n"
            if not before.endswith(unit + sep):
                err("span is not the second copy")
                continue
            first = a - len(sep) - len(unit)
            if first > 0 and sol[first - 1] != "\n":
                err("first copy not at line start")
            tail = sol[first:]
            if tail != sep.join([unit] * r["repeats"]):
                err("repeats mismatch")
            if not (8 <= r["repeats"] <= 30):
                err("repeats range")
        else:
            err("bad variant")
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errors.append("%s: variants %r" % (pid, vs))
    if errors:
        for e in errors[:40]:
            print(e)
        print("FAIL: %d errors" % len(errors))
        sys.exit(1)
    print("rows=%d %s computations_read_in_correct_rows=%d" % (len(rows), counts, ncomp))
    print("PASS")


if __name__ == "__main__":
    main()
