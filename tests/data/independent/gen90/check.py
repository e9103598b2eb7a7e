#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Parses every rendered computation `expr (=|≈|is) number` it can find, evaluates it with
exact fractions and verifies the invariants of each variant."""
import json
import re
import sys
from fractions import Fraction as F

OPWORDS = {"times": "*", "x": "*", "plus": "+", "minus": "-", "of": "of"}
EQWORDS = {"is", "equals", "gives", "makes"}


def strip_frac(s):
    out = s
    while "\\frac{" in out:
        i = out.index("\\frac{")
        j = i + 6
        depth, k = 1, j
        while depth:
            depth += {"{": 1, "}": -1}.get(out[k], 0)
            k += 1
        num = out[j:k - 1]
        assert out[k] == "{"
        depth, m = 1, k + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(out[m], 0)
            m += 1
        den = out[k + 1:m - 1]
        out = out[:i] + " ( " + num + " ) ÷ ( " + den + " ) " + out[m:]
    return out


def normalize(line):
    s = line.replace("{,}", ",")
    s = re.sub(r"\\text\{([^}]*)\}", r" \1 ", s)
    s = strip_frac(s)
    for a, b in [("\\times", " × "), ("\\cdot", " · "), ("\\div", " ÷ "), ("\\approx", " ≈ "), ("\\%", "%"),
                 ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\$", ""), ("$", ""), ("**", " "),
                 ("\\boxed", " "), ("divided by", " ÷ "), ("multiplied by", " × "), ("comes to", " is ")]:
        s = s.replace(a, b)
    # concentrations like "125 mg/5 mL" are quantities, not divisions
    s = re.sub(r"\d+(?:\.\d+)?\s?(?:mg|mcg|g|units)/\d+(?:\.\d+)?\s?mL", " CONC ", s)
    return s


TOK = re.compile(r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>%)?"
                 r"|(?P<word>[A-Za-zµ²][A-Za-z0-9µ²]*(?:/[A-Za-zµ][A-Za-z0-9µ²]*)*)"
                 r"|(?P<op>[×x*·÷/+−\-])|(?P<lp>\()|(?P<rp>\))|(?P<eq>=|≈)|(?P<other>\S))")


def tokenize(s):
    toks = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group("num"):
            v = F(m.group("num").replace(",", ""))
            if m.group("pct"):
                v = v / 100
            toks.append(("num", v, m.group("num")))
        elif m.group("word"):
            w = m.group("word")
            if w in OPWORDS:
                toks.append(("op", OPWORDS[w], w))
            elif w.lower() in EQWORDS:
                toks.append(("eq", "=", w))
            else:
                toks.append(("word", w, w))
        elif m.group("op"):
            o = m.group("op")
            o = {"×": "*", "x": "*", "·": "*", "÷": "/", "−": "-"}.get(o, o)
            toks.append(("op", o, o))
        elif m.group("lp"):
            toks.append(("lp", "(", "("))
        elif m.group("rp"):
            toks.append(("rp", ")", ")"))
        elif m.group("eq"):
            toks.append(("eq", m.group("eq"), m.group("eq")))
        else:
            toks.append(("other", m.group("other"), m.group("other")))
    return toks


class P:
    def __init__(self, toks, i):
        self.t, self.i, self.nops = toks, i, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else ("end", None, None)

    def skip_units(self):
        n = 0
        while self.peek()[0] == "word" and n < 3:
            self.i += 1
            n += 1

    def atom(self):
        k = self.peek()
        if k[0] == "num":
            self.i += 1
            self.skip_units()
            return k[1]
        if k[0] == "lp":
            self.i += 1
            v = self.expr()
            if self.peek()[0] != "rp":
                raise ValueError
            self.i += 1
            self.skip_units()
            return v
        raise ValueError

    def term(self):
        v = self.atom()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "of"):
            o = self.peek()[1]
            self.i += 1
            w = self.atom()
            self.nops += 1
            v = v * w if o in ("*", "of") else v / w
        return v

    def expr(self):
        v = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in ("+", "-"):
            o = self.peek()[1]
            self.i += 1
            w = self.term()
            self.nops += 1
            v = v + w if o == "+" else v - w
        return v


def tol(text):
    dp = len(text.split(".")[1]) if "." in text else 0
    return F(1, 2 * 10 ** dp)


def computations(line):
    """Yield (ok, shown_value_text) for each computation found in the line."""
    toks = tokenize(normalize(line))
    res = []
    i = 0
    while i < len(toks):
        if toks[i][0] not in ("num", "lp"):
            i += 1
            continue
        p = P(toks, i)
        try:
            v = p.expr()
        except (ValueError, ZeroDivisionError, IndexError):
            i += 1
            continue
        if p.peek()[0] == "eq" and p.i + 1 < len(toks) and toks[p.i + 1][0] == "num":
            if p.nops == 0:
                if p.peek()[1] == "≈":  # bare rounding 'a ≈ b'
                    r = toks[p.i + 1]
                    res.append((abs(v - r[1]) <= tol(r[2]), r[2]))
                i = p.i + 1
                continue
            j = p.i
            cur = v
            while j + 1 < len(toks) and toks[j][0] == "eq" and toks[j + 1][0] == "num":
                r = toks[j + 1]
                if toks[j][1] == "≈":
                    ok = abs(cur - r[1]) <= tol(r[2])
                else:
                    ok = cur == r[1]
                res.append((ok, r[2]))
                cur = r[1]
                j += 2
                while j < len(toks) and toks[j][0] == "word":
                    j += 1
            i = j
        else:
            i += 1
    return res


def line_spans(text):
    pos = 0
    for ln in text.split("\n"):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def final_of(text):
    m = re.findall(r"^#### (.+)$", text, re.M)
    return m[-1] if m else None


def fnum(s):
    return F(s.replace(",", ""))


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    ncomp = 0
    for r in rows:
        assert list(r.keys())[:7] == keys, r["pid"]
        sol, v = r["solution"], r["variant"]
        tag = f"{r['pid']}/{v}"
        if v == "loop":
            a, b = r["span"]
            unit = sol[a:b]
            if "####" in sol:
                errs.append(tag + " loop has ####")
            if not (8 <= r["repeats"] <= 30) or sol.count(unit) < r["repeats"] or not unit.strip():
                errs.append(tag + " loop repeats")
            if sol[a - 1] != "\n" or sol[a - 1 - len(unit):a - 1] != unit:
                errs.append(tag + " loop span not second copy")
            continue
        bad = []
        for s, e, ln in line_spans(sol):
            for ok, shown in computations(ln):
                ncomp += 1
                if not ok:
                    bad.append((s, e, shown))
        fin = final_of(sol)
        if fin is None:
            errs.append(tag + " no ####")
            continue
        if v == "correct":
            if bad:
                errs.append(f"{tag} wrong computation in correct row: {bad}")
            if fnum(fin) != fnum(r["final"]):
                errs.append(tag + " final mismatch")
            continue
        a, b = r["span"]
        if len(bad) != 1:
            errs.append(f"{tag} expected 1 wrong computation, found {len(bad)}: {bad}")
            continue
        s, e, shown = bad[0]
        if not (s == a and e == b):
            errs.append(f"{tag} wrong computation outside span")
        if fnum(shown) != fnum(r["wrong"]):
            errs.append(f"{tag} shown {shown} != wrong {r['wrong']}")
        if fnum(r["wrong"]) == fnum(r["right"]):
            errs.append(tag + " wrong == right")
        if v == "slip" and fnum(fin) != fnum(r["final"]):
            errs.append(tag + " slip final changed")
        if v == "carry":
            if fnum(fin) == fnum(r["final"]):
                errs.append(tag + " carry final unchanged")
            body = sol[a:].rsplit("####", 1)[0].replace("{,}", ",")
            wv = fnum(r["wrong"])
            nums = [F(x.replace(",", "")) for x in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", body)]
            if nums.count(wv) < 2 and fnum(fin) != wv:
                errs.append(tag + " wrong value not carried")
    if errs:
        for e in errs[:40]:
            print(e)
        print(f"FAIL ({len(errs)} problems)")
        sys.exit(1)
    print(f"checked {len(rows)} rows, {ncomp} computations")
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
