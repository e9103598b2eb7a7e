#!/usr/bin/env python3
"""Independent re-checker for the set (stdlib only; does not import the generator).

It re-reads the written computations in every solution (equation chains with symbols or words, LaTeX,
GSM8K <<a*b=c>> annotations, table rows "| label | calculation | result |", "Multiplying A by B gives C", ...),
evaluates them exactly and asserts:
  correct: no wrong computation, ends with '#### <final>'
  slip:    exactly one line with a wrong computation, at span; all other lines equal the correct row; final right
  carry:   exactly one line with a wrong computation, at span; lines before it equal the correct row; every later
           computation is right (consistent with the carried value); the #### final differs from the gold final
  loop:    no '####'; span is the 2nd of >= repeats consecutive copies of a unit that first appears right before it
Prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as Fr

NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUM_RE = re.compile(r"(?<![\w.])\$?(" + NUM + r")(%?)")
UNITS = {"months", "month", "years", "year", "payments", "dollars", "per", "mo", "yr", "apr", "monthly"}
EQ_WORDS = ["which is", "to get", "comes to", "is", "gives", "leaves", "equals"]


def latex_norm(s):
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = re.sub(r"\\text\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\boxed\{(.*)\}", r"\1", s)
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = s.replace("\\times", "×").replace("\\cdot", "×").replace("\\div", "÷").replace("\\approx", "≈")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")").replace("\\,", "").replace("\\ ", " ")
    return s


def words_norm(s):
    n = r"(\$?(?:" + NUM + r")%?)"
    s = re.sub(r"\b[Mm]ultipl(?:y|ying)\s+" + n + r"\s+by\s+" + n, r"\1 × \2", s)
    s = re.sub(r"\b[Ss]ubtract(?:ing)?\s+" + n + r"\s+from\s+" + n, r"\2 − \1", s)
    s = re.sub(r"\b[Aa]dd(?:ing)?\s+" + n + r"\s+(?:and|to)\s+" + n, r"\1 + \2", s)
    s = re.sub(r"\b[Dd]ivid(?:e|ing)\s+" + n + r"\s+by\s+" + n, r"\1 ÷ \2", s)
    s = re.sub(r"/\s*(month|mo|year|yr)\b", " ", s)
    s = re.sub(r",\s*(which is|which gives|giving)\b", r" \1", s)
    return s


def tokenize(s):
    toks = []
    i = 0
    L = len(s)
    while i < L:
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] in "_.")):
            txt = m.group(1).replace(",", "")
            dp = len(txt.split(".")[1]) if "." in txt else 0
            v = Fr(txt)
            pct = m.group(2) == "%"
            if pct:
                v = v / 100
            toks.append(("num", v, dp + (2 if pct else 0)))
            i = m.end()
            continue
        if ch in "×*·":
            toks.append(("op", "*"))
            i += 1
            continue
        if ch in "÷/":
            toks.append(("op", "/"))
            i += 1
            continue
        if ch == "+":
            toks.append(("op", "+"))
            i += 1
            continue
        if ch in "−-":
            toks.append(("op", "-"))
            i += 1
            continue
        if ch == "(":
            toks.append(("lp",))
            i += 1
            continue
        if ch == ")":
            toks.append(("rp",))
            i += 1
            continue
        if ch in "=≈":
            toks.append(("eq", "sym"))
            i += 1
            continue
        if ch == "$" and i + 1 < L and s[i + 1] == "<":
            i += 1
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < L and (s[j].isalnum() or s[j] in "_'’"):
                j += 1
            w = s[i:j]
            lw = w.lower()
            # multi-word operators / relations
            rest = s[i:].lower()
            matched = False
            for mw, tok in (("divided by", ("op", "/")), ("which is", ("eq", "word")), ("to get", ("eq", "word")),
                            ("comes to", ("eq", "word"))):
                if rest.startswith(mw) and (len(rest) == len(mw) or not rest[len(mw)].isalnum()):
                    toks.append(tok)
                    i += len(mw)
                    matched = True
                    break
            if matched:
                continue
            if lw in ("times",):
                toks.append(("op", "*"))
            elif lw == "x" and toks and toks[-1][0] in ("num", "unit"):
                toks.append(("op", "*"))
            elif lw == "plus":
                toks.append(("op", "+"))
            elif lw == "minus":
                toks.append(("op", "-"))
            elif lw == "of" and toks and toks[-1][0] == "num" and toks[-1][2] >= 2 and prev_pct(s, i):
                toks.append(("op", "*"))
            elif lw in ("is", "gives", "leaves", "equals"):
                toks.append(("eq", "word"))
            elif lw in UNITS and toks and (toks[-1][0] == "num" or toks[-1] == ("unit",)):
                toks.append(("unit",))
            else:
                toks.append(("word", w))
            i = j
            continue
        toks.append(("brk", ch))
        i += 1
    return [t for t in toks if t != ("unit",)]


def prev_pct(s, i):
    k = i - 1
    while k >= 0 and s[k] == " ":
        k -= 1
    return k >= 0 and s[k] == "%"


class Parser:
    def __init__(self, toks):
        self.t = toks

    def operand(self, i):
        if i < len(self.t) and self.t[i][0] == "num":
            return self.t[i][1], i + 1, 0, self.t[i][2]
        if i < len(self.t) and self.t[i][0] == "lp":
            r = self.expr(i + 1)
            if r and r[1] < len(self.t) and self.t[r[1]][0] == "rp":
                return r[0], r[1] + 1, r[2] + 1, None
        return None

    def term(self, i):
        a = self.operand(i)
        if not a:
            return None
        v, i, nops, dp = a
        while i < len(self.t) and self.t[i] in (("op", "*"), ("op", "/")):
            b = self.operand(i + 1)
            if not b:
                break
            if self.t[i][1] == "*":
                v = v * b[0]
            else:
                if b[0] == 0:
                    return None
                v = v / b[0]
            i, nops, dp = b[1], nops + b[2] + 1, None
        return v, i, nops, dp

    def expr(self, i):
        a = self.term(i)
        if not a:
            return None
        v, i, nops, dp = a
        while i < len(self.t) and self.t[i] in (("op", "+"), ("op", "-")):
            b = self.term(i + 1)
            if not b:
                break
            v = v + b[0] if self.t[i][1] == "+" else v - b[0]
            i, nops, dp = b[1], nops + b[2] + 1, None
        return v, i, nops, dp


def close(a, b, dp_a, dp_b):
    """a and b agree given the display precision of the written numbers."""
    tol = Fr(0)
    for dp in (dp_a, dp_b):
        if dp is not None:
            tol = max(tol, Fr(1, 2 * 10 ** dp))
    return abs(a - b) <= tol + Fr(1, 10 ** 12)


def check_tokens(toks):
    """Return list of booleans, one per comparison found."""
    p = Parser(toks)
    res = []
    i = 0
    while i < len(toks):
        if toks[i][0] not in ("num", "lp"):
            i += 1
            continue
        # avoid starting in the middle of an expression
        if i > 0 and toks[i - 1][0] == "op":
            i += 1
            continue
        segs = []
        e = p.expr(i)
        if not e:
            i += 1
            continue
        segs.append(e)
        j = e[1]
        links = []
        while j < len(toks) and toks[j][0] == "eq":
            e2 = p.expr(j + 1)
            if not e2:
                break
            links.append(toks[j][1])
            segs.append(e2)
            j = e2[1]
        # a worded 'is' after a bare number (e.g. 'month 1 is ...') is not a computation
        if links and links[0] == "word" and segs[0][2] == 0:
            segs = segs[1:]
            links = links[1:]
        for k in range(len(links)):
            a, b = segs[k], segs[k + 1]
            if a[2] == 0 and b[2] == 0 and links[k] == "word":
                continue
            res.append(close(a[0], b[0], a[3], b[3]))
        i = max(j, i + 1)
    return res


def check_line(line):
    """Return (n_comparisons, n_wrong)."""
    n = w = 0
    for m in re.finditer(r"<<([^=<>]+)=([^<>]+)>>", line):
        r = check_tokens(tokenize(m.group(1) + " = " + m.group(2)))
        n += len(r)
        w += sum(1 for x in r if not x)
    s = re.sub(r"<<[^<>]*>>", "", line)
    s = s.replace("**", "")
    s = latex_norm(s)
    s = words_norm(s)
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        for c in cells:
            r = check_tokens(tokenize(c))
            n += len(r)
            w += sum(1 for x in r if not x)
        for a, b in zip(cells, cells[1:]):
            ta, tb = tokenize(a), tokenize(b.lstrip("≈ ").strip())
            pa, pb = Parser(ta), Parser(tb)
            ea = pa.expr(0) if ta else None
            eb = pb.expr(0) if tb else None
            if not ea or not eb or eb[1] != len(tb) or eb[2] != 0:
                continue
            if ea[1] == len(ta) and ea[2] > 0:
                n += 1
                w += 0 if close(ea[0], eb[0], None, eb[3]) else 1
            elif ea[1] < len(ta) and ta[-1][0] == "num" and ea[2] > 0:
                last = ta[-1]
                n += 1
                w += 0 if close(last[1], eb[0], last[2], eb[3]) else 1
        return n, w
    r = check_tokens(tokenize(s))
    return n + len(r), w + sum(1 for x in r if not x)


def final_of(sol):
    lines = sol.split("\n")
    assert lines[-1].startswith("#### "), "no #### line at the end"
    return lines[-1][5:].strip()


def line_index(sol, span):
    start, end = span
    assert start == 0 or sol[start - 1] == "\n", "span does not start a line"
    assert end == len(sol) or sol[end] == "\n", "span does not end a line"
    return sol[:start].count("\n")


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    by_pid = {}
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r
    stats = {"rows": 0, "comparisons": 0}
    errors = []
    for pid, vs in by_pid.items():
        try:
            assert set(vs) == {"correct", "slip", "carry", "loop"}, "variants"
            c = vs["correct"]
            clines = c["solution"].split("\n")
            assert list(c)[:7] == keys_base
            assert final_of(c["solution"]) == c["final"], "correct final"
            tot = 0
            for li, l in enumerate(clines):
                n, w = check_line(l)
                tot += n
                assert w == 0, "correct row has a wrong computation on line %d: %r" % (li, l)
            assert tot >= 1, "no computation parsed"
            stats["comparisons"] += tot
            for mode in ("slip", "carry"):
                r = vs[mode]
                assert list(r) == keys_base + ["span", "wrong", "right", "step", "kind"], "keys"
                sol = r["solution"]
                lines = sol.split("\n")
                fi = line_index(sol, r["span"])
                bad = []
                for li, l in enumerate(lines):
                    n, w = check_line(l)
                    stats["comparisons"] += n
                    if w:
                        bad.append(li)
                assert bad == [fi], "%s: wrong lines %s, span line %d: %r" % (mode, bad, fi, lines[fi])
                assert r["wrong"] != r["right"]
                flat = lines[fi].replace("{,}", "").replace(",", "")
                assert r["wrong"] in flat, "wrong value not on the span line"
                assert lines[:fi] == clines[:fi], "text before the fault differs from correct"
                if mode == "slip":
                    assert final_of(sol) == r["final"], "slip final"
                    assert len(lines) == len(clines) and all(
                        a == b for k, (a, b) in enumerate(zip(lines, clines)) if k != fi), "slip changes other lines"
                else:
                    assert final_of(sol) != r["final"], "carry final equals gold"
                    fv = final_of(sol)
                    assert any(fv in l.replace("{,}", "").replace(",", "") for l in lines[fi:-1]), \
                        "carried final not derived after the fault"
            lp = vs["loop"]
            assert list(lp) == keys_base + ["span", "repeats"], "loop keys"
            sol = lp["solution"]
            assert "####" not in sol, "loop has ####"
            s, e = lp["span"]
            unit = sol[s:e]
            assert unit and sol[s - 1] == "\n"
            first = sol[s - 1 - len(unit):s - 1]
            assert first == unit, "first copy not right before span"
            k = s - 1 - len(unit)
            cnt = 1
            pos = k
            while sol.startswith(unit, pos) and (pos + len(unit) == len(sol) or sol[pos + len(unit)] == "\n"):
                cnt += 0 if pos == k else 1
                pos += len(unit) + 1
            cnt = 0
            pos = k
            while sol.startswith(unit, pos):
                cnt += 1
                pos += len(unit) + 1
            assert cnt >= lp["repeats"] >= 8 and lp["repeats"] <= 30, "repeat count %d vs %d" % (cnt, lp["repeats"])
            pre = sol[:k]
            assert c["solution"].startswith(pre), "loop prefix is not the correct solution's start"
            for l in sol.split("\n"):
                n, w = check_line(l)
                assert w == 0, "loop row has a wrong computation: %r" % l
            stats["rows"] += 4
        except AssertionError as ex:
            errors.append("%s: %s" % (pid, ex))
    if errors:
        for e in errors[:40]:
            print("FAIL", e)
        print("%d problems failed" % len(errors))
        sys.exit(1)
    print("rows checked: %d, comparisons re-evaluated: %d" % (stats["rows"], stats["comparisons"]))
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
