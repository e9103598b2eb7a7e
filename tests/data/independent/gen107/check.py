#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every computation it can recognise in each solution (a = b chains with
x, *, ·, ÷, /, +, -, −, worded operators, LaTeX \\times \\div \\frac, percentages,
implicit multiplication 2(…), and round-up statements) and asserts the row contract."""
import json
import math
import re
import sys
from fractions import Fraction as F

NUM = r"\$?\d+(?:,\d{3})*(?:\.\d+)?"
UNITS = set("""ft feet foot sq square cu cubic yd yds yard yards in inch inches gal gallon gallons gpm gph lb lbs
pound pounds bag bags min minute minutes hr hrs hour hours ft² ft³ yd³ plants plant packs pack rolls roll pallets
pallet barrels barrel emitters emitter shrubs shrub gaps gap sections section posts post rails rail rows row bulbs
bulb tons ton lawns weeks week days day per""".split())


def num(s):
    s = s.replace("$", "").replace(",", "")
    pct = s.endswith("%")
    v = F(s.rstrip("%"))
    return v / 100 if pct else v


def decimals(s):
    s = s.replace("$", "").replace(",", "").rstrip("%")
    return len(s.partition(".")[2])


def normalize(line):
    s = line.replace("**", "").replace("`", "")
    s = s.replace("\\lceil", "⌈").replace("\\rceil", "⌉")
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = re.sub(r"\\boxed\{[^}]*\}", " ", s)
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    for a, b in (("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")):
        s = s.replace(a, b)
    for a, b in ((" divided by ", " ÷ "), (" times ", " × "), (" plus ", " + "), (" minus ", " − "),
                 (" is about ", " ≈ "), (" equals ", " = "), (" gives us ", " = "), (" is ", " = ")):
        s = s.replace(a, b)
    return s


def ceil_checks(s):
    out = []
    pats = [r"⌈\s*(" + NUM + r")\s*⌉\s*=\s*(" + NUM + ")",
            r"round (" + NUM + r") up to (" + NUM + ")",
            r"(" + NUM + r") rounds up to (" + NUM + ")",
            r"(" + NUM + r") → (?:round up to )?(" + NUM + ")"]
    for p in pats:
        for m in re.finditer(p, s):
            x, n = num(m.group(1)), num(m.group(2))
            out.append((math.ceil(x) == n, m.group(2)))
        s = re.sub(p, " | ", s)
    return out, s


TOK = re.compile(r"\s+|(" + NUM + r"%?)|([×x*·÷/+\-−])|([()])|([=≈])|([A-Za-z][A-Za-z²³]*)|(.)")


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        n, op, par, eq, word, other = m.groups()
        if n:
            toks.append(("N", n))
        elif op:
            toks.append(("O", {"x": "×", "*": "×", "·": "×", "/": "÷", "−": "-"}.get(op, op)))
        elif par:
            toks.append(("P", par))
        elif eq:
            toks.append(("E", eq))
        elif word:
            w = word
            if w == "x":
                toks.append(("O", "×"))
            elif w == "of" and toks and toks[-1][0] == "N" and toks[-1][1].endswith("%"):
                toks.append(("O", "×"))
            elif w in UNITS:
                continue
            else:
                toks.append(("B", w))
        elif other:
            toks.append(("B", other))
    return toks


def parse(toks):
    """evaluate a token list; None if it is not exactly one expression"""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == "N":
            pos[0] += 1
            v = num(t[1])
            nx = peek()
            if nx and nx == ("P", "("):  # implicit multiplication 2(a + b)
                return v * atom()
            return v
        if t == ("P", "("):
            pos[0] += 1
            v = expr()
            if peek() != ("P", ")"):
                raise ValueError
            pos[0] += 1
            return v
        raise ValueError

    def term():
        v = atom()
        while peek() and peek()[0] == "O" and peek()[1] in "×÷":
            op = peek()[1]
            pos[0] += 1
            r = atom()
            v = v * r if op == "×" else v / r
        return v

    def expr():
        v = term()
        while peek() and peek()[0] == "O" and peek()[1] in "+-":
            op = peek()[1]
            pos[0] += 1
            r = term()
            v = v + r if op == "+" else v - r
        return v

    try:
        v = expr()
    except (ValueError, ZeroDivisionError):
        return None
    return v if pos[0] == len(toks) else None


def has_op(toks):
    return any(t[0] == "O" for t in toks)


def line_computations(line):
    """list of (ok, written_string)"""
    out, s = ceil_checks(normalize(line))
    toks = tokenize(s)
    runs, cur = [], []
    for t in toks:
        if t[0] == "B":
            runs.append(cur)
            cur = []
        else:
            cur.append(t)
    runs.append(cur)
    for run in runs:
        parts, cur, rels = [], [], []
        for t in run:
            if t[0] == "E":
                parts.append(cur)
                rels.append(t[1])
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        if len(parts) < 2:
            continue
        # first part: longest suffix that parses; last part: longest prefix
        p0 = parts[0]
        for i in range(len(p0) + 1):
            if i == len(p0) or parse(p0[i:]) is not None:
                parts[0] = p0[i:]
                break
        pl = parts[-1]
        for j in range(len(pl), -1, -1):
            if j == 0 or parse(pl[:j]) is not None:
                parts[-1] = pl[:j]
                break
        for a, b in zip(parts, parts[1:]):
            if not a or not b:
                continue
            va, vb = parse(a), parse(b)
            if va is None or vb is None or not has_op(a):
                continue
            if len(b) == 1:
                tol = F(5, 10 ** (decimals(b[0][1]) + 1)) + F(1, 10 ** 9)
                out.append((abs(va - vb) <= tol, b[0][1]))
            else:
                out.append((abs(va - vb) <= F(1, 10 ** 9), "expr"))
    return out


def analyse(text):
    res = []
    off = 0
    for ln in text.split("\n"):
        for ok, w in line_computations(ln):
            res.append((ok, w, off, off + len(ln)))
        off += len(ln) + 1
    return res


def final_line(text):
    ls = text.rstrip("\n").split("\n")
    m = re.fullmatch(r"#### (-?[\d.]+)", ls[-1])
    return m.group(1) if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    ncomp = 0
    pids = {}
    for r in rows:
        def bad(msg):
            errs.append(f"{r['pid']} {r['variant']}: {msg}")
        if list(r)[:7] != keys:
            bad("key order")
        pids.setdefault(r["pid"], []).append(r["variant"])
        text = r["solution"]
        if r["variant"] == "loop":  # a truncated last line (token limit) is not a computation
            ls = text.split("\n")
            s0, s1 = r["span"]
            if not text[s0:s1].startswith(ls[-1]) or text.endswith(text[s0:s1]):
                pass
            else:
                text = "\n".join(ls[:-1])
        comps = analyse(text)
        ncomp += len(comps)
        wrongs = [c for c in comps if not c[0]]
        v = r["variant"]
        fl = final_line(r["solution"])
        if v == "correct":
            if wrongs:
                bad(f"wrong computations {wrongs}")
            if fl is None or F(fl) != F(r["final"]):
                bad(f"final {fl} != {r['final']}")
            if len(comps) < 2:
                bad("too few checkable computations")
        elif v in ("slip", "carry"):
            s0, s1 = r["span"]
            line = r["solution"][s0:s1]
            if "\n" in line or (s0 > 0 and r["solution"][s0 - 1] != "\n"):
                bad("span is not a line")
            if len(wrongs) != 1:
                bad(f"expected 1 wrong, got {wrongs}")
            elif (wrongs[0][2], wrongs[0][3]) != (s0, s1):
                bad("wrong computation not at span")
            elif wrongs[0][1] != "expr" and num(wrongs[0][1]) != F(r["wrong"]):
                bad(f"written {wrongs[0][1]} != wrong {r['wrong']}")
            if F(r["wrong"]) == F(r["right"]):
                bad("wrong == right")
            if fl is None:
                bad("no final line")
            elif v == "slip" and F(fl) != F(r["final"]):
                bad("slip final changed")
            elif v == "carry":
                if F(fl) == F(r["final"]):
                    bad("carry final unchanged")
                later = [c for c in comps if c[2] >= s0][1:]
                if later:
                    after = normalize(r["solution"][s0:])
                    vals = [num(m) for m in re.findall(NUM, after)]
                    if vals.count(F(r["wrong"])) < 2:
                        bad("wrong value not carried")
        elif v == "loop":
            t = r["solution"]
            if "####" in t:
                bad("loop has final line")
            s0, s1 = r["span"]
            unit = t[s0:s1]
            if t[s0 - 1 - len(unit):s0 - 1] != unit:
                bad("span is not the second copy")
            n = 2
            p = s1
            while t[p:p + 1 + len(unit)] == "\n" + unit:
                n += 1
                p += 1 + len(unit)
            if n != r["repeats"] or not 8 <= n <= 30:
                bad(f"repeats {n} != {r['repeats']}")
            if wrongs:
                bad(f"loop has wrong computations {wrongs}")
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append(f"{pid}: variants {vs}")
    for e in errs[:40]:
        print(e)
    print(f"rows={len(rows)} computations={ncomp} errors={len(errs)}")
    if errs:
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
