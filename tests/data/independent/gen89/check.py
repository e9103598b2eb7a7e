#!/usr/bin/env python3
"""Independent re-checker for the transit set (stdlib only; does not import gen.py).

It re-reads every rendered computation it can parse (symbols, words, LaTeX, table rows,
<<...>> annotations, clock-time arithmetic, remainders, approximations) and asserts:
  correct -> no wrong computation, '#### final' matches;
  slip    -> exactly one wrong computation, inside span, '#### final' matches;
  carry   -> exactly one wrong computation, inside span, later ones consistent, final differs;
  loop    -> no '####', span holds the repeated unit, repeated `repeats` times in a row.
"""
import json
import re
import sys
from fractions import Fraction as F

UNITS = {"min", "mins", "minute", "minutes", "km", "h", "hour", "hours", "rides", "ride", "riders",
         "passengers", "people", "seats", "buses", "boardings", "trips", "trains", "intervals",
         "departures", "km/h", "bus", "person", "passenger", "interval", "train"}

TOK = re.compile(r"""
 (?P<TIME>\b\d{1,2}:\d{2}\b)
|(?P<NUM>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?)
|(?P<EQ>[=≈])
|(?P<OP>[+\-−×*·÷/]|\bx\b)
|(?P<LP>\()|(?P<RP>\))
|(?P<REM>\bremainder\b)
|(?P<WORD>[A-Za-z]+(?:/[A-Za-z]+)?)
|(?P<SP>\s+)
|(?P<OTHER>.)
""", re.X)


def normalize(line):
    s = line.replace("**", "")
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{\s*([^}]*)\}", r" \1 ", s)
    s = re.sub(r"\\frac\{([^}]*)\}\{([^}]*)\}", r"(\1) ÷ (\2)", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r"\1", s)
    for a, b in [(r"\times", "×"), (r"\div", "÷"), (r"\cdot", "·"), (r"\approx", "≈"), (r"\$", "$"),
                 ("{,}", ","), (r"\(", " "), (r"\)", " "), (r"\[", " "), (r"\]", " "),
                 (r"\;\Rightarrow\;", " ⇒ "), (r"\Rightarrow", " ⇒ "), (r"\;", " "), (r"\,", "")]:
        s = s.replace(a, b)
    s = re.sub(r"\bfrom (\d{1,2}:\d{2}) to (\d{1,2}:\d{2}) is\b", r"\2 − \1 =", s)
    s = re.sub(r"\btimes\b", "×", s)
    s = re.sub(r"\bdivided by\b", "÷", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"\bminus\b", "−", s)
    return s


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        if k == "SP":
            continue
        out.append((k, m.group(), m.start(), m.end()))
    return out


def numval(t):
    return F(t.replace("$", "").replace(",", ""))


class P:
    def __init__(self, toks):
        self.t = toks

    def term(self, i):
        t = self.t
        if i < len(t) and t[i][0] == "OP" and t[i][1] in "-−" and i + 1 < len(t) and t[i + 1][0] == "NUM":
            r = self.term(i + 1)
            if r:
                (v, ty, dec), j = r
                return (-v, ty, dec), j
            return None
        if i >= len(t):
            return None
        k, x = t[i][0], t[i][1]
        if k == "NUM":
            j = i + 1
            if j < len(t) and t[j][0] == "WORD" and t[j][1] in UNITS:
                j += 1
            d = len(x.split(".")[1]) if "." in x else 0
            return (numval(x), "n", d), j
        if k == "TIME":
            h, m = x.split(":")
            j = i + 1
            # a 24-hour reading is signalled by a leading zero or an hour above 12
            h24 = h.startswith("0") or int(h) > 12
            return (F(int(h) * 60 + int(m)), "t24" if h24 else "t", 0), j
        if k == "LP":
            r = self.expr(i + 1)
            if r and r[1] < len(t) and t[r[1]][0] == "RP":
                (v, ty, dec, nops, last), j = r
                j += 1
                if j < len(t) and t[j][0] == "WORD" and t[j][1] in UNITS:
                    j += 1
                return (v, ty, dec), j
        return None

    def expr(self, i):
        # precedence: × ÷ over + −
        items = []
        r = self.term(i)
        if not r:
            return None
        items.append(r[0])
        ops = []
        j = r[1]
        while j < len(self.t) and self.t[j][0] == "OP":
            r2 = self.term(j + 1)
            if not r2:
                break
            o = self.t[j][1]
            ops.append({"x": "×", "*": "×", "·": "×", "/": "÷", "-": "−"}.get(o, o))
            items.append(r2[0])
            j = r2[1]
        # fold
        vals = [items[0]]
        pend = []
        last = None
        for o, it in zip(ops, items[1:]):
            if o in "×÷":
                a = vals[-1]
                if o == "×":
                    v = (a[0] * it[0], "n", 0)
                else:
                    if it[0] == 0:
                        return None
                    v = (a[0] / it[0], "n", 0)
                    last = (a[0], it[0])
                vals[-1] = v
            else:
                pend.append(o)
                vals.append(it)
        v, ty = vals[0][0], vals[0][1]
        for o, it in zip(pend, vals[1:]):
            if o == "+":
                v = v + it[0]
                ty = ty if ty != "n" else it[1]
            else:
                if ty != "n" and it[1] != "n":
                    wrap = 1440 if "t24" in (ty, it[1]) else 720
                    v, ty = (v - it[0]) % wrap, "n"
                else:
                    v = v - it[0]
        dec = items[-1][2] if not ops else items[0][2]
        return (v, ty, items[-1][2] if len(items) == 1 else 0, len(ops), last), j


def computations(line):
    """Return list of (ok, start, end, text) for computations found in a line."""
    res = []
    s = line
    # gsm8k annotations
    for m in re.finditer(r"<<([^<>]*)>>", s):
        inner = m.group(1)
        res += [(ok, m.start(), m.end(), txt) for ok, _, _, txt in scan(normalize(inner))]
    s = re.sub(r"<<[^<>]*>>", "", s)
    st = s.lstrip()
    if st.startswith("|") and st.rstrip().endswith("|"):
        cells = [c.strip() for c in st.strip().strip("|").split("|")]
        for a, b in zip(cells, cells[1:]):
            if re.search(r"\s[+×÷*·/x−-]\s", a) and "=" not in a and not re.search(r"\s[+×÷*·/x−-]\s", b):
                res += [(ok, 0, len(line), txt) for ok, _, _, txt in scan(normalize(a + " = " + b))]
        return res
    return res + scan(normalize(s))


def scan(s):
    toks = tokenize(s)
    p = P(toks)
    out = []
    i = 0
    while i < len(toks):
        r = p.expr(i)
        if not r:
            i += 1
            continue
        exprs = [(r[0], None)]
        j = r[1]
        rem = None
        while j < len(toks) and toks[j][0] == "EQ":
            r2 = p.expr(j + 1)
            if not r2:
                break
            exprs.append((r2[0], toks[j][1]))
            j = r2[1]
            if j + 1 < len(toks) and toks[j][0] == "REM" and toks[j + 1][0] == "NUM":
                rem = numval(toks[j + 1][1])
                j += 2
                break
        if len(exprs) >= 2 and any(e[0][3] for e in exprs):
            ok = True
            for (a, _), (b, rel) in zip(exprs, exprs[1:]):
                if rem is not None and b is exprs[-1][0]:
                    last = a[4]
                    if not last or b[0].denominator != 1:
                        ok = False
                    else:
                        x, y = last
                        ok = ok and b[0] == (x // y) and rem == x - b[0] * y and 0 <= rem < y
                    continue
                if (a[1] == "n") != (b[1] == "n"):
                    ok = False
                elif a[1] != "n":
                    ok = ok and (a[0] - b[0]) % 720 == 0
                elif rel == "≈":
                    d = b[2]
                    ok = ok and abs(a[0] - b[0]) <= F(1, 2) / 10 ** d + F(1, 10 ** 9)
                else:
                    ok = ok and a[0] == b[0]
            out.append((ok, toks[i][2], toks[j - 1][3], s[toks[i][2]:toks[j - 1][3]]))
            i = j
        else:
            i += 1
    return out


def analyse(sol):
    comps = []
    pos = 0
    for ln in sol.split("\n"):
        for ok, a, b, txt in computations(ln):
            comps.append((ok, pos, pos + len(ln), txt))
        pos += len(ln) + 1
    return comps


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    pids = {}
    ncomp = 0
    errs = []
    for r in rows:
        assert list(r)[:7] == keys, list(r)
        pids.setdefault(r["pid"], []).append(r["variant"])
        sol = r["solution"]
        v = r["variant"]
        if v == "loop":
            assert "####" not in sol, r["pid"]
            a, b = r["span"]
            unit = sol[a:b]
            assert unit and 8 <= r["repeats"] <= 30, r["pid"]
            first = a - len(unit)
            assert sol[first:a] == unit, r["pid"]
            k = 0
            p = first
            while sol[p:p + len(unit)] == unit:
                k += 1
                p += len(unit)
            assert k == r["repeats"], (r["pid"], k, r["repeats"])
            continue
        comps = analyse(sol)
        ncomp += len(comps)
        bad, seen = [], set()
        for c in comps:
            # a <<expr=res>> annotation and its visible twin are one computation
            key = (c[1], re.split(r"[=≈]", c[3])[0].replace(" ", "").replace("$", ""))
            if not c[0] and key not in seen:
                seen.add(key)
                bad.append(c)
        fin = final_of(sol)
        if len(comps) < 1:
            errs.append((r["pid"], v, "no computations parsed"))
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation", bad))
            if fin is None or F(fin) != F(r["final"]):
                errs.append((r["pid"], v, "final", fin))
        else:
            a, b = r["span"]
            if len(bad) != 1:
                errs.append((r["pid"], v, "expected one wrong", bad))
                continue
            ok, s0, e0, txt = bad[0]
            if not (a <= s0 and e0 <= b + 1):
                errs.append((r["pid"], v, "fault outside span", bad, r["span"]))
            if r["wrong"] not in sol[a:b]:
                errs.append((r["pid"], v, "wrong value not in span"))
            if v == "slip" and (fin is None or F(fin) != F(r["final"])):
                errs.append((r["pid"], v, "slip final", fin))
            if v == "carry":
                if fin is None or F(fin) == F(r["final"]):
                    errs.append((r["pid"], v, "carry final unchanged", fin))
    for pid, vs in pids.items():
        assert sorted(vs) == ["carry", "correct", "loop", "slip"], pid
    if errs:
        for e in errs[:30]:
            print(e)
        print("FAIL", len(errs))
        sys.exit(1)
    print(f"checked {len(rows)} rows, {len(pids)} problems, {ncomp} computations parsed")
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
