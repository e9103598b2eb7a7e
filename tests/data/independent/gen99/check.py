#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (does not import the generator).

python3 check.py [set.jsonl]
Re-reads every rendered computation it can parse and verifies the row contract.
"""
import json
import math
import re
import sys
from fractions import Fraction as F

UNITS = ["frames/second", "MB/s", "Mbps", "megabits", "episodes", "episode", "minutes", "minute", "min",
         "seconds", "second", "sec", "hours", "hour", "h", "s", "fps", "frames", "frame", "days", "day",
         "weeks", "week", "months", "month", "GB", "MB", "million", "seasons", "seats", "screens", "shows",
         "tickets", "videos", "panels", "shots", "people", "discs", "extras", "feet", "views", "clips"]
UNITS.sort(key=len, reverse=True)
TOK = re.compile(
    r"(?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)"
    r"|(?P<rel>=|≈|\bequals\b|\bis\b)"
    r"|(?P<op>×|·|÷|\*|/|\+|−|-|\bdivided by\b|\btimes\b|\bplus\b|\bminus\b|\bof\b|\bx\b)"
    r"|(?P<rem>\bremainder\b|\bR\b|\br\b)"
    r"|(?P<unit>(?:" + "|".join(re.escape(u) for u in UNITS) + r")(?![A-Za-z]))"
    r"|(?P<ws>\s+)"
    r"|(?P<other>[A-Za-z]+|.)"
)
OPMAP = {"×": "*", "·": "*", "*": "*", "x": "*", "times": "*", "of": "*", "÷": "/", "/": "/",
         "divided by": "/", "+": "+", "plus": "+", "−": "-", "-": "-", "minus": "-"}


def normalize(line):
    s = line
    if s.startswith("|") and not s.startswith("|---"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) >= 4 and "=" not in cells[2] and "≈" not in cells[2]:
            s = " | ".join(cells[:2]) + " | " + cells[2] + " = " + cells[3]
        else:
            s = " | ".join(cells)
    s = re.sub(r"\\text\{([^}]*)\}", r" \1", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r" \1 ", s)
    for a, b in [(r"\times", "×"), (r"\div", "÷"), (r"\approx", "≈"), (r"\$", "$"), (r"\%", "%"),
                 (r"\(", " "), (r"\)", " "), (r"\[", " "), (r"\]", " "), (r"\cdot", "·"), ("{,}", ",")]:
        s = s.replace(a, b)
    return s


def tokens(s):
    out = []
    for mt in TOK.finditer(s):
        k = mt.lastgroup
        if k == "ws":
            continue
        out.append((k, mt.group(k), mt.start()))
    return out


def val(t):
    t = t.replace("$", "").replace(",", "")
    if t.endswith("%"):
        return F(t[:-1]) / 100
    return F(t)


def dp(t):
    t = t.replace("$", "").replace(",", "").rstrip("%")
    return len(t.split(".")[1]) if "." in t else 0


def ev(vals, ops):
    vals = list(vals)
    ops = list(ops)
    i = 0
    while i < len(ops):
        if ops[i] in "*/":
            a, b = vals[i], vals[i + 1]
            vals[i:i + 2] = [a * b if ops[i] == "*" else a / b]
            ops.pop(i)
        else:
            i += 1
    v = vals[0]
    for o, x in zip(ops, vals[1:]):
        v = v + x if o == "+" else v - x
    return v


def equations(line):
    """Yield dicts: ok(bool), lhs(Fraction), res(Fraction), text."""
    tk = tokens(normalize(line))
    res = []
    i = 0
    n = len(tk)
    while i < n:
        if tk[i][0] != "num":
            i += 1
            continue
        j = i
        neg = (i >= 1 and tk[i - 1][0] == "op" and tk[i - 1][1] in "-−"
               and (i == 1 or tk[i - 2][0] not in ("num", "unit")))
        vals = [val(tk[j][1]) * (-1 if neg else 1)]
        ops = []
        j += 1
        while j < n and tk[j][0] == "unit":
            j += 1
        ok = True
        while j < n and tk[j][0] == "op":
            if j + 1 < n and tk[j + 1][0] == "num":
                ops.append(OPMAP[tk[j][1]])
                vals.append(val(tk[j + 1][1]))
                j += 2
                while j < n and tk[j][0] == "unit":
                    j += 1
            else:
                ok = False
                break
        if not ok or not ops or j >= n or tk[j][0] != "rel":
            i += 1
            continue
        rel = tk[j][1]
        j += 1
        sign = 1
        if j < n and tk[j][0] == "op" and tk[j][1] in "-−":
            sign = -1
            j += 1
        if j >= n or tk[j][0] != "num":
            i += 1
            continue
        rtxt = tk[j][1]
        r = val(rtxt) * sign
        lhs = ev(vals, ops)
        k = j + 1
        while k < n and tk[k][0] == "unit":
            k += 1
        if k + 1 < n and tk[k][0] == "rem" and tk[k + 1][0] == "num" and ops == ["/"]:
            q = F(math.floor(vals[0] / vals[1]))
            rr = vals[0] - q * vals[1]
            good = (r == q and val(tk[k + 1][1]) == rr)
            k += 2
        elif rel == "≈":
            good = abs(lhs - r) <= F(1, 2 * 10 ** dp(rtxt)) and lhs != r
        else:
            good = lhs == r
        res.append(dict(ok=good, lhs=lhs, res=r, pos=tk[i][2]))
        i = k
    return res


def scan(sol):
    out = []
    pos = 0
    for line in sol.split("\n"):
        for e in equations(line):
            e["line_start"] = pos
            e["line_end"] = pos + len(line)
            out.append(e)
        pos += len(line) + 1
    return out


def numbers_in(s):
    return {abs(val(t)) for k, t, _ in tokens(normalize(s)) if k == "num"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    counts = {}
    eq_total = 0
    pids = {}
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    for r in rows:
        v = r["variant"]
        counts[v] = counts.get(v, 0) + 1
        pids.setdefault(r["pid"], set()).add(v)
        keys = list(r.keys())
        exp = keys_base + (["span", "wrong", "right", "step", "kind"] if v in ("slip", "carry") else
                           ["span", "repeats"] if v == "loop" else [])
        if keys != exp:
            errs.append((r["pid"], v, "keys", keys))
            continue
        sol = r["solution"]
        eqs = scan(sol)
        eq_total += len(eqs)
        bad = [e for e in eqs if not e["ok"]]
        last = sol.rstrip("\n").split("\n")[-1]
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation in correct row", sol[bad[0]["line_start"]:bad[0]["line_end"]]))
            if not eqs:
                errs.append((r["pid"], v, "no equations parsed"))
            if last != "#### " + r["final"]:
                errs.append((r["pid"], v, "final line", last))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if len(bad) != 1:
                errs.append((r["pid"], v, f"{len(bad)} wrong computations", [sol[e['line_start']:e['line_end']] for e in bad]))
                continue
            e = bad[0]
            if (e["line_start"], e["line_end"]) != (a, b):
                errs.append((r["pid"], v, "span mismatch", sol[a:b], sol[e["line_start"]:e["line_end"]]))
            if e["res"] != F(r["wrong"]) or e["lhs"] != F(r["right"]):
                errs.append((r["pid"], v, "wrong/right mismatch", r["wrong"], r["right"], str(e["res"]), str(e["lhs"])))
            if v == "slip" and last != "#### " + r["final"]:
                errs.append((r["pid"], v, "slip final", last))
            if v == "carry":
                if not last.startswith("#### ") or last == "#### " + r["final"]:
                    errs.append((r["pid"], v, "carry final should be wrong", last))
                if abs(F(r["wrong"])) not in numbers_in(sol[b:]):
                    errs.append((r["pid"], v, "wrong value not carried", r["wrong"]))
        elif v == "loop":
            a, b = r["span"]
            unit = sol[a:b]
            if "####" in sol:
                errs.append((r["pid"], v, "loop has ####"))
            if not unit or sol[a - len(unit) - 1:a] != unit + "\n":
                errs.append((r["pid"], v, "span is not the second copy"))
                continue
            first = a - len(unit) - 1
            cnt = 0
            p = first
            while sol[p:p + len(unit)] == unit and (p + len(unit) == len(sol) or sol[p + len(unit)] == "\n"):
                cnt += 1
                p += len(unit) + 1
            if cnt != r["repeats"] or not 8 <= cnt <= 30:
                errs.append((r["pid"], v, "repeat count", cnt, r["repeats"]))
        else:
            errs.append((r["pid"], v, "unknown variant"))
    for pid, vs in pids.items():
        if vs != {"correct", "slip", "carry", "loop"}:
            errs.append((pid, "variants", sorted(vs)))
    for e in errs[:30]:
        print("ERR", e)
    print(f"rows={len(rows)} {counts} equations_parsed={eq_total} errors={len(errs)}")
    if errs:
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
