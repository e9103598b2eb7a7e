#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution ("expr = value", "expr ≈ value",
GSM8K "<<expr=value>>", LaTeX, worded operators, markdown table rows) and evaluates it exactly."""
import json
import re
import sys
from fractions import Fraction as F

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TOK = re.compile(r"(->|→)|(" + NUM + r")(%?)|([×x*·÷/+\-−])|(\()|(\))|(=)|(≈)|([A-Za-z]+)|(\S)")


def dp_of(s):
    return len(s.split(".")[1]) if "." in s else 0


def parse_num(s):
    return F(s.replace(",", ""))


def evaluate(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == "num":
            pos[0] += 1
            return t[1]
        if t[0] == "lp":
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[0] != "rp":
                raise ValueError
            pos[0] += 1
            return v
        raise ValueError

    def term():
        v = atom()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "*/":
            op = peek()[1]
            pos[0] += 1
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "+-":
            op = peek()[1]
            pos[0] += 1
            r = term()
            v = v + r if op == "+" else v - r
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ValueError
    return v


OPMAP = {"×": "*", "x": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "+": "+", "-": "-", "−": "-"}


def normalize(line):
    s = line
    for a, b in [("\\times", " × "), ("\\cdot", " × "), ("\\div", " ÷ "), ("\\approx", " ≈ "),
                 ("{,}", ","), ("\\$", "$"), ("\\%", "%"), ("\\(", " "), ("\\)", " "),
                 ("\\[", " "), ("\\]", " "), ("$$", " ")]:
        s = s.replace(a, b)
    s = re.sub(r"\\text\{([^}]*)\}", r" \1 ", s)
    s = s.replace("$", "").replace("**", " ").replace("`", " ")
    for a, b in [(" comes to about ", " ≈ "), (" comes to ", " = "), (" gives ", " = "), (" equals ", " = "),
                 (" times ", " × "), (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " − ")]:
        s = s.replace(a, b)
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) >= 4 and re.search(r"[×x*·÷/+\-−%]", cells[2]) and re.search(r"\d", cells[3]):
            res = cells[3].split("→")[0].strip()
            eq = "="
            if res.startswith("≈"):
                eq, res = "≈", res[1:].strip()
            s = cells[2] + " " + eq + " " + res
        else:
            s = ""
    return s


def computations(line):
    """yield (ok, expr_text) for each computation found on the line"""
    out = []
    for m in re.finditer(r"<<([^=<>]*)=([^<>]*)>>", line):
        try:
            toks = tokenize(m.group(1))
            e = evaluate([t for t in toks])
            vs = m.group(2).strip()
            v = parse_num(vs)
            d = dp_of(vs)
            ok = e == v or (abs(e - v) <= F(1, 2 * 10 ** d) and (e * 10 ** d).denominator != 1)
            out.append((ok, m.group(0)))
        except (ValueError, ZeroDivisionError, IndexError):
            pass
    line = re.sub(r"\S*=<<[^<>]*>>", " ", line)
    s = normalize(line)
    toks = raw_tokens(s)
    cur = []
    i = 0
    while i < len(toks):
        t = toks[i]
        k = t[0]
        if k == "num":
            if cur and cur[-1][0] in ("num", "rp"):
                cur = []
            cur.append(t)
        elif k == "op":
            if cur and cur[-1][0] in ("num", "rp"):
                cur.append(t)
            else:
                cur = []
        elif k == "lp":
            if not cur or cur[-1][0] in ("op", "lp"):
                cur.append(t)
            else:
                cur = [t]
        elif k == "rp":
            cur.append(t)
        elif k == "word":
            w = t[1]
            if w == "of" and cur and cur[-1][0] == "num" and cur[-1][2]:
                cur.append(("op", "*"))
            elif cur and cur[-1][0] in ("num", "rp"):
                pass  # a unit annotation
            else:
                cur = []
        elif k in ("eq", "approx"):
            if any(c[0] == "op" for c in cur) and i + 1 < len(toks) and toks[i + 1][0] == "num":
                nt = toks[i + 1]
                try:
                    e = evaluate([c if c[0] != "num" else ("num", c[1]) for c in cur])
                    v = nt[1]
                    if k == "eq":
                        ok = e == v
                    else:
                        ok = abs(e - v) <= F(1, 2 * 10 ** nt[3]) and e != v
                    out.append((ok, " ".join(str(c[1]) for c in cur) + " " + t[1] + " " + nt[4]))
                except (ValueError, ZeroDivisionError):
                    pass
            cur = []
        else:
            cur = []
        i += 1
    return out


def raw_tokens(s):
    toks = []
    for m in TOK.finditer(s):
        arrow, num, pct, op, lp, rp, eq, ap, word, other = m.groups()
        if arrow:
            toks.append(("punct", arrow))
        elif num:
            v = parse_num(num)
            if pct:
                v = v / 100
            toks.append(("num", v, bool(pct), dp_of(num), num))
        elif op:
            if op == "/" and m.end() < len(s) and s[m.end()].isalpha():
                toks.append(("skipunit", "/"))
                continue
            if op == "x":
                toks.append(("word", "x"))
                continue
            toks.append(("op", OPMAP[op]))
        elif lp:
            toks.append(("lp", "("))
        elif rp:
            toks.append(("rp", ")"))
        elif eq:
            toks.append(("eq", "="))
        elif ap:
            toks.append(("approx", "≈"))
        elif word:
            toks.append(("word", word))
        else:
            toks.append(("punct", other))
    # resolve per-unit "/kg" (drop it and its word) and "x" as multiplication
    res = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "skipunit":
            i += 2
            continue
        if t[0] == "word" and t[1] == "x" and i + 1 < len(toks) and toks[i + 1][0] in ("num", "lp"):
            res.append(("op", "*"))
        else:
            res.append(t)
        i += 1
    return res


def tokenize(expr):
    out = []
    for t in raw_tokens(normalize(expr)):
        if t[0] in ("num", "op", "lp", "rp"):
            out.append(t if t[0] != "num" else ("num", t[1]))
        elif t[0] == "word":
            if t[1] == "of" and out and out[-1][0] == "num":
                out.append(("op", "*"))
            continue
        else:
            raise ValueError
    return out


def bad_lines(sol):
    bad = []
    n = 0
    pos = 0
    for ln in sol.split("\n"):
        comps = computations(ln)
        n += len(comps)
        if any(not ok for ok, _ in comps):
            bad.append((pos, pos + len(ln), ln, [c for ok, c in comps if not ok]))
        pos += len(ln) + 1
    return bad, n


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errors = []
    ncomp = 0
    counts = {}
    pids = {}
    for lineno, raw in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(raw)
        if list(r.keys())[:7] != keys:
            errors.append((lineno, "key order"))
        v = r["variant"]
        counts[v] = counts.get(v, 0) + 1
        pids.setdefault(r["pid"], set()).add(v)
        sol = r["solution"]
        bad, n = bad_lines(sol)
        ncomp += n
        last = sol.split("\n")[-1]
        if v == "correct":
            if bad:
                errors.append((lineno, "correct row has wrong computation", bad))
            if last != "#### " + r["final"]:
                errors.append((lineno, "final line", last))
            if n == 0:
                errors.append((lineno, "no computation found"))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if len(bad) != 1 or not (bad[0][0] == a and bad[0][1] == b):
                errors.append((lineno, v + ": expected exactly one wrong line at span", bad, sol[a:b]))
            if r["wrong"] not in sol[a:b].replace("{,}", ","):
                errors.append((lineno, "wrong value not in span"))
            if r["wrong"] == r["right"]:
                errors.append((lineno, "wrong == right"))
            if v == "slip" and last != "#### " + r["final"]:
                errors.append((lineno, "slip final", last))
            if v == "carry":
                if not last.startswith("#### ") or last == "#### " + r["final"]:
                    errors.append((lineno, "carry final not wrong", last))
                else:
                    try:
                        if F(last[5:]) == F(r["final"]):
                            errors.append((lineno, "carry final equal"))
                    except ValueError:
                        errors.append((lineno, "carry final unparsable"))
            for k in ("step", "kind"):
                if k not in r:
                    errors.append((lineno, "missing " + k))
        elif v == "loop":
            if "####" in sol:
                errors.append((lineno, "loop has ####"))
            if bad:
                errors.append((lineno, "loop row has wrong computation", bad))
            a, b = r["span"]
            unit = sol[a:b]
            reps = r["repeats"]
            if not (8 <= reps <= 30) or not unit.strip():
                errors.append((lineno, "loop repeats/unit"))
            block = "\n".join([unit] * reps)
            st = sol.find(block)
            if st < 0 or sol[st + len(unit) + 1: st + 2 * len(unit) + 1] != unit or st + len(unit) + 1 != a:
                errors.append((lineno, "loop span is not the second copy"))
            if "\n".join([unit] * (reps + 1)) in sol:
                errors.append((lineno, "loop has more copies than repeats"))
        else:
            errors.append((lineno, "variant"))
    for p, vs in pids.items():
        if vs != {"correct", "slip", "carry", "loop"}:
            errors.append((p, "variants", vs))
    print(f"rows={sum(counts.values())} problems={len(pids)} variants={counts} computations_checked={ncomp}")
    if errors:
        for e in errors[:30]:
            print("ERROR", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
