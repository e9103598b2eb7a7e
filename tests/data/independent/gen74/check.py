#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every computation it can find in each solution line ("a op b ... = c", "≈", worded
"times/divided by/plus/minus ... is", GSM8K <<>> annotations, LaTeX, markdown tables,
"q remainder r", "round up to n") and asserts the row contract.
"""
import json
import math
import re
import sys
from fractions import Fraction as F

NUM_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
TOK_RE = re.compile(r"\s*(?:(?P<num>" + NUM_RE + r")|(?P<op>[×*·÷/+\-−])|(?P<par>[()])|(?P<pct>%)"
                    r"|(?P<cur>[$£€])|(?P<word>[A-Za-z][A-Za-z³²]*(?:/[A-Za-z]+)?)|(?P<other>\S))")
OPS = {"×": "*", "*": "*", "·": "*", "x": "*", "÷": "/", "/": "/", "+": "+", "-": "-", "−": "-"}


def pnum(s):
    return F(s.replace(",", ""))


def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = TOK_RE.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        k = m.lastgroup
        v = m.group(k)
        if k == "word" and v == "x":
            out.append(("op", "*"))
        elif k == "op":
            out.append(("op", OPS[v]))
        elif k == "num":
            out.append(("num", v))
        else:
            out.append((k, v))
    return out


class P:
    """recursive-descent parser over a token slice; unit words allowed after numbers"""

    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.nops = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def skip_units(self):
        n = 0
        while self.peek()[0] == "word" and n < 2 and self.peek()[1] != "x":
            # only consume if followed by op / end / ')' / another unit word
            j = self.i + 1
            nxt = self.t[j] if j < len(self.t) else (None, None)
            if nxt[0] in ("op", None, "par", "word"):
                self.i += 1
                n += 1
            else:
                break

    def expr(self):
        v = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.peek()[1]
            self.i += 1
            self.nops += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.peek()[1]
            self.i += 1
            self.nops += 1
            w = self.factor()
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise ValueError
                v = v / w
        return v

    def factor(self):
        k, v = self.peek()
        if k == "op" and v == "-":
            self.i += 1
            return -self.factor()
        if k == "cur":
            self.i += 1
            k, v = self.peek()
        if k == "num":
            self.i += 1
            x = pnum(v)
            if self.peek()[0] == "pct":
                self.i += 1
                x = x / 100
            self.skip_units()
            return x
        if k == "par" and v == "(":
            self.i += 1
            x = self.expr()
            if self.peek() != ("par", ")"):
                raise ValueError
            self.i += 1
            self.skip_units()
            return x
        raise ValueError


def full_parse(toks):
    p = P(toks)
    v = p.expr()
    p.skip_units()
    if p.i != len(toks):
        raise ValueError
    return v, p.nops


def trailing(toks):
    for s in range(len(toks)):
        if toks[s][0] not in ("num", "par", "cur", "op"):
            continue
        if toks[s][0] == "par" and toks[s][1] != "(":
            continue
        if toks[s][0] == "op" and toks[s][1] != "-":
            continue
        try:
            v, n = full_parse(toks[s:])
            return v, n
        except (ValueError, ZeroDivisionError):
            continue
    return None


def leading(toks):
    best = None
    for e in range(len(toks), 0, -1):
        try:
            p = P(toks[:e])
            v = p.expr()
            p.skip_units()
            if p.i == e:
                # decimals written on a lone number
                nums = [t for t in toks[:e] if t[0] == "num"]
                dp = 0
                if p.nops == 0 and nums:
                    s = nums[0][1]
                    dp = len(s.split(".")[1]) if "." in s else 0
                return v, p.nops, dp
        except (ValueError, ZeroDivisionError, IndexError):
            continue
    return best


def normalize(line):
    s = line
    s = re.sub(r"<<[^<>]*>>", "", s)
    s = s.replace("**", "").replace("`", "")
    s = s.replace("\\$", "$").replace("{,}", ",")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\mathrm\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("^3", "³").replace("^2", "²").replace("^{3}", "³").replace("^{2}", "²")
    for a, b in (("\\times", " × "), ("\\div", " ÷ "), ("\\cdot", " · "), ("\\approx", " ≈ "), ("\\,", " "),
                 ("\\ ", " "), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\left", ""), ("\\right", "")):
        s = s.replace(a, b)
    s = s.replace("$$", " ")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = re.sub(r"(\d)\s*%\s+of\s+", r"\1% × ", s)
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\bminus\b", " − ", s)
    s = re.sub(r"\b(?:is about|is approximately|is roughly)\b(?=\s*\$?[\d(.])", " ≈ ", s)
    s = re.sub(r"\b(?:is|equals|gives us|comes to|makes)\b(?=\s*\$?[\d(.])", " = ", s)
    s = s.replace("→", " ; ")
    # markdown table: "| expr | result |" -> "expr = result"
    if s.strip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        out = []
        for i, c in enumerate(cells):
            out.append(c)
            if i + 1 < len(cells) and "=" not in c and "≈" not in c:
                nxt = cells[i + 1]
                tk = tokenize(c)
                try:
                    tr = trailing(tk)
                except Exception:
                    tr = None
                if tr and tr[1] > 0 and re.match(r"^(?:≈\s*)?[$−\-]?\d", nxt):
                    out.append("=" if not nxt.startswith("≈") else "")
                    continue
            out.append(" ; ")
        s = " ".join(out)
    return s


REM_RE = re.compile(r"(" + NUM_RE + r")\s*[÷/]\s*(" + NUM_RE + r")\s*=\s*(" + NUM_RE + r")\s*(?:remainder|rem\.?|R|r)\s*(" + NUM_RE + r")")
CEIL_RE = re.compile(r"round(?:ed|ing)? up(?: to| gives)?\s*:?\s*\$?(" + NUM_RE + r")")


def line_errors(line):
    """returns list of (description) for wrong computations found in one line"""
    errs = []
    s = normalize(line)
    # remainders
    for m in REM_RE.finditer(s):
        a, b, q, r = (pnum(m.group(i)) for i in range(1, 5))
        if b == 0 or a.denominator != 1 or b.denominator != 1:
            continue
        qq, rr = divmod(int(a), int(b))
        if q != qq or r != rr:
            errs.append(f"remainder {m.group(0)}")
    s_rem = REM_RE.sub(" ; ", s)
    # equality chains
    parts = re.split(r"(=|≈)", s_rem)
    segs = parts[0::2]
    seps = parts[1::2]
    toks = [tokenize(x) for x in segs]
    last_eq = None  # (lhs_value, rhs_value, sep, end position in text)
    pos = 0
    for i, sep in enumerate(seps):
        L = trailing(toks[i])
        R = leading(toks[i + 1])
        if L is None or R is None:
            continue
        lv, ln = L
        rv, rn, rdp = R
        if ln == 0 and rn == 0:
            continue
        if sep == "≈" or (rn == 0 and ln > 0 and rdp > 0 and False):
            tol = F(1, 2 * 10 ** rdp) + F(1, 10 ** 9)
            ok = abs(lv - rv) <= tol and lv != rv or (lv == rv)
        else:
            ok = lv == rv
        if not ok:
            errs.append(f"{segs[i].strip()[-40:]} {sep} {segs[i + 1].strip()[:30]}  (lhs={float(lv)}, rhs={float(rv)})")
    # round-up statements: compare against the nearest preceding result in this line
    for m in CEIL_RE.finditer(s_rem):
        n = pnum(m.group(1))
        before = s_rem[:m.start()]
        p2 = re.split(r"(=|≈)", before)
        if len(p2) < 3:
            continue
        lt = trailing(tokenize(p2[-3]))
        rt = leading(tokenize(p2[-1]))
        if rt is None:
            continue
        val = rt[0] if p2[-2] == "=" or lt is None else lt[0]
        if math.ceil(val) != n:
            errs.append(f"round up {val} -> {n}")
    return errs


def scan(sol):
    bad = []
    p = 0
    for ln in sol.split("\n"):
        if not ln.startswith("####"):
            e = line_errors(ln)
            if e:
                bad.append((p, p + len(ln), e))
        p += len(ln) + 1
    return bad


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    fails = []
    pids = {}
    nchecked = 0
    for r in rows:
        v = r["variant"]
        pids.setdefault(r["pid"], []).append(v)
        sol = r["solution"]
        try:
            if v == "loop":
                assert final_of(sol) is None, "loop has ####"
                s0, s1 = r["span"]
                unit = sol[s0:s1]
                assert unit.strip(), "empty unit"
                L = len(unit)
                # first copy sits right before span, separated by a newline
                assert sol[s0 - 1 - L:s0 - 1] == unit and sol[s0 - 1] == "\n", "first copy mismatch"
                start = s0 - 1 - L
                k = 0
                p = start
                while sol[p:p + L] == unit and (p + L == len(sol) or sol[p + L] == "\n"):
                    k += 1
                    p += L + 1
                assert k == r["repeats"], f"repeats {k} != {r['repeats']}"
                assert 8 <= k <= 30
                # the prefix must be error-free
                assert not scan(sol), "loop text holds a wrong computation"
                continue
            bad = scan(sol)
            nchecked += sum(1 for ln in sol.split("\n") if ("=" in ln or "≈" in ln or " is " in ln))
            fin = final_of(sol)
            if v == "correct":
                assert not bad, f"correct row flagged: {bad}"
                assert fin == r["final"], f"final {fin} != {r['final']}"
            else:
                assert len(bad) == 1, f"{v}: {len(bad)} wrong lines: {bad}"
                assert [bad[0][0], bad[0][1]] == r["span"], f"span {r['span']} vs {bad[0][:2]}"
                assert r["wrong"] in sol[r["span"][0]:r["span"][1]], "wrong not in span"
                assert r["wrong"] != r["right"]
                if v == "slip":
                    assert fin == r["final"], f"slip final {fin} != {r['final']}"
                else:
                    assert fin is not None and fin != r["final"], "carry final should differ"
        except AssertionError as e:
            fails.append((r["pid"], v, str(e)))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            fails.append((pid, "*", f"variants {vs}"))
    if fails:
        for f in fails[:40]:
            print("FAIL", f)
        print(f"{len(fails)} failures out of {len(rows)} rows")
        sys.exit(1)
    print(f"PASS ({len(rows)} rows, {len(pids)} problems)")


if __name__ == "__main__":
    main()
