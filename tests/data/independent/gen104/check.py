#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can find in each solution (plain, markdown, LaTeX, tables, worded
operators), recomputes it exactly, and asserts the variant contract. Prints PASS and exits 0 on success.
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

UNITS = (r"room-nights|nights?|people|tourists|guides|guests?|hours?|rooms?|points?|days?|adults?|kids?|"
         r"seats?|vans?|groups?|trips?|cents")
NUMCORE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUM = rf"(?:-?[$€£¥]?-?{NUMCORE}%?(?:\s(?:{UNITS})\b)?)"
OP = r"(?:\s*(?:×|\*|·|÷|/|\+|-)\s*|\s+(?:x|times|multiplied by|divided by|plus|minus|of)\s+)"
TERM = rf"(?:\(\s*)*{NUM}(?:\s*\))*"
EXPR = rf"{TERM}(?:{OP}{TERM})+"
REL = r"\s*(?:=|≈|is about|is roughly|comes to|equals|is)\s*"
CALC = re.compile(rf"(?P<e>{EXPR})(?P<rel>{REL})(?P<r>{NUM})"
                  rf"(?:\s+(?:remainder|R|with a remainder of)\s+(?P<rem>\d+))?")
CONT = re.compile(rf"(?:\s*(?:=|≈)\s*|, which rounds to\s+)(?P<r>{NUM})")
TOK = re.compile(rf"(?P<num>{NUM})|(?P<op>×|\*|·|÷|/|\+|-|\bx\b|times|multiplied by|divided by|plus|minus|of)"
                 rf"|(?P<p>[()])|(?P<ws>\s+)")


def norm(line):
    s = line
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) / (\2)", s)
    for a, b in [("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"), ("\\%", "%"),
                 ("\\$", "$"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\boxed", ""),
                 ("**", ""), ("✓", ""), ("−", "-")]:
        s = s.replace(a, b)
    return s.replace("{", "").replace("}", "")


def val(tok, pct_scale=True):
    t = re.sub(rf"\s(?:{UNITS})$", "", tok.strip())
    neg = t.count("-") % 2 == 1
    t = t.replace("-", "")
    t = re.sub(r"[$€£¥,]", "", t)
    pct = t.endswith("%")
    t = t.rstrip("%")
    v = F(t)
    if pct and pct_scale:
        v /= 100
    return -v if neg else v, (len(t.split(".")[1]) if "." in t else 0), pct


def evaluate(expr):
    out = []
    pos = 0
    prev_num = False
    while pos < len(expr):
        m = TOK.match(expr, pos)
        if not m:
            raise ValueError(f"cannot tokenize {expr!r} at {pos}")
        pos = m.end()
        if m.group("ws"):
            continue
        if m.group("num") and not prev_num:
            v, _, _ = val(m.group("num"))
            out.append(f"F({v.numerator},{v.denominator})")
            prev_num = True
        elif m.group("op") or (m.group("num") and prev_num):
            if m.group("num"):  # "-5" glued after a number: treat as minus
                raise ValueError("ambiguous")
            o = m.group("op")
            out.append({"×": "*", "*": "*", "·": "*", "x": "*", "times": "*", "multiplied by": "*", "of": "*",
                        "÷": "/", "/": "/", "divided by": "/", "+": "+", "plus": "+", "-": "-", "minus": "-"}[o])
            prev_num = False
        else:
            out.append(m.group("p"))
    s = "".join(out)
    # trim unbalanced parentheses picked up at the edges
    while s.count("(") > s.count(")") and s.startswith("("):
        s = s[1:]
    while s.count(")") > s.count("(") and s.endswith(")"):
        s = s[:-1]
    return eval(s, {"F": F})


def close(true, written, d, pct):
    tol = F(1, 2) * F(10) ** (-d) + F(1, 10 ** 9)
    if abs(true - written) <= tol:
        return True
    if pct and abs(true * 100 - written) <= tol:
        return True
    return False


def computations(line):
    """Yield (ok, written_result_text) for every computation found on a line."""
    s = norm(line)
    found = []
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        for a, b in zip(cells, cells[1:]):
            mr = re.fullmatch(rf"(\d+)\s+(?:remainder|R|with a remainder of)\s+(\d+)", b)
            if re.fullmatch(EXPR, a) and mr:
                nums = [val(x)[0] for x in re.findall(NUM, a)]
                q, r = F(mr.group(1)), F(mr.group(2))
                found.append((len(nums) == 2 and q * nums[1] + r == nums[0] and 0 <= r < nums[1], mr.group(1)))
                continue
            if re.fullmatch(EXPR, a) and re.fullmatch(rf"(?:≈\s*)?({NUM})", b):
                rt = re.fullmatch(rf"(?:≈\s*)?({NUM})", b).group(1)
                w, d, pct = val(rt, pct_scale=False)
                found.append((close(evaluate(a), w, d, pct), rt))
        return found
    pos = 0
    while True:
        m = CALC.search(s, pos)
        if not m:
            break
        e = m.group("e")
        rt = m.group("r")
        w, d, pct = val(rt, pct_scale=False)
        if m.group("rem") is not None:
            nums = [val(x)[0] for x in re.findall(NUM, e)]
            n, dv = nums[0], nums[1]
            q, r = w, F(m.group("rem"))
            ok = len(nums) == 2 and q * dv + r == n and 0 <= r < dv
            found.append((ok, rt))
            pos = m.end()
            continue
        true = evaluate(e)
        found.append((close(true, w, d, pct), rt))
        prev = w
        pos = m.end()
        while True:
            c = CONT.match(s, pos)
            if not c:
                break
            w2, d2, p2 = val(c.group("r"), pct_scale=False)
            found.append((close(prev, w2, d2, p2), c.group("r")))
            prev = w2
            pos = c.end()
    return found


def line_spans(text):
    out, start = [], 0
    for ln in text.split("\n"):
        out.append((start, start + len(ln), ln))
        start += len(ln) + 1
    return out


def final_line(text):
    m = re.findall(r"^#### (.+)$", text, flags=re.M)
    return m[-1] if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    errs = []
    by = {}
    stats = Counter()
    keys_order = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    for r in rows:
        by[(r["pid"], r["variant"])] = r
        if list(r.keys())[:7] != keys_order:
            errs.append((r["pid"], "key order"))
    for r in rows:
        pid, var, sol = r["pid"], r["variant"], r["solution"]
        lines = line_spans(sol)
        wrong_at = []
        total = 0
        for (a, b, ln) in lines:
            for ok, rt in computations(ln):
                total += 1
                if not ok:
                    wrong_at.append((a, b, rt))
        stats[var + "_comps"] += total
        fl = final_line(sol)
        if var == "correct":
            if wrong_at:
                errs.append((pid, var, "wrong computation", wrong_at))
            if fl != r["final"]:
                errs.append((pid, var, "final mismatch", fl, r["final"]))
            if total < 2:
                errs.append((pid, var, "too few checkable computations", total))
        elif var in ("slip", "carry"):
            if len(wrong_at) != 1:
                errs.append((pid, var, "expected exactly one wrong computation", wrong_at))
                continue
            a, b, rt = wrong_at[0]
            if [a, b] != r["span"]:
                errs.append((pid, var, "span mismatch", (a, b), r["span"]))
            if r["wrong"] not in sol[a:b]:
                errs.append((pid, var, "wrong value not in span line"))
            if var == "slip":
                if fl != r["final"]:
                    errs.append((pid, var, "slip must keep gold final", fl))
                corr = by[(pid, "correct")]["solution"].split("\n")
                mine = sol.split("\n")
                diff = [i for i, (x, y) in enumerate(zip(corr, mine)) if x != y]
                if len(corr) != len(mine) or len(diff) != 1:
                    errs.append((pid, var, "slip differs from correct beyond the faulty line", diff))
            else:
                if fl is None or fl == r["final"]:
                    errs.append((pid, var, "carry must end with a wrong final", fl))
                # the wrong value must actually be used after the fault when there are later computations
                after = sol[b:]
                later = sum(len(computations(ln)) for (x, y, ln) in lines if x > b)
                if later and r["wrong"] not in after and fl == r["final"]:
                    errs.append((pid, var, "wrong value not carried"))
        elif var == "loop":
            if fl is not None:
                errs.append((pid, var, "loop must not have a #### line"))
            if wrong_at:
                errs.append((pid, var, "loop contains a wrong computation", wrong_at))
            a, b = r["span"]
            unit = sol[a:b]
            n = len(unit)
            if not unit.strip():
                errs.append((pid, var, "empty loop unit"))
            if sol[a - n - 1:a - 1] != unit:
                errs.append((pid, var, "span is not the second copy"))
            # count consecutive copies starting at the first copy
            k, p = 0, a - n - 1
            while sol[p:p + n] == unit and (p + n == len(sol) or sol[p + n] == "\n"):
                k += 1
                p += n + 1
            if k != r["repeats"] or not (8 <= k <= 30):
                errs.append((pid, var, "repeat count", k, r["repeats"]))
        else:
            errs.append((pid, "bad variant"))
    vc = Counter(r["variant"] for r in rows)
    pids = Counter(r["pid"] for r in rows)
    if any(v != 4 for v in pids.values()):
        errs.append(("pids", "each pid must have 4 rows"))
    print(f"rows={len(rows)} variants={dict(vc)} problems={len(pids)} "
          f"templates={len(set(r['template'] for r in rows))} styles={dict(Counter(r['style'] for r in rows))}")
    print(f"checked computations: {dict(stats)}")
    if errs:
        for e in errs[:40]:
            print("ERR", e)
        print(f"FAIL ({len(errs)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
