#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only, does not import the generator).

It re-reads every computation it can find in each solution (chains like `a = b = c`, `≈`
roundings, LaTeX, ascii, worded operators, markdown table rows) and evaluates both sides
of every relation exactly, then asserts:
  * correct rows: no wrong computation, last line `#### <final>`, final agrees with an
    answer recomputed from the problem text where the kind allows it;
  * slip rows: exactly one wrong computation, on the line at `span`, the text before and
    after that line is identical to the correct row, final unchanged;
  * carry rows: exactly one wrong computation, at `span`, text before it identical to the
    correct row, every later computation consistent, and a different final answer;
  * loop rows: no `####`, the unit at `span` repeats `repeats` times back to back, and the
    repeated text contains no wrong computation.
Prints PASS and exits 0 when everything holds.
"""
import json
import math
import re
import sys
from collections import Counter
from fractions import Fraction as F

# ---------------------------------------------------------------- LaTeX / markup cleanup


def _brace(s, i):
    """s[i] == '{' -> (content, index after closing brace)"""
    assert s[i] == "{"
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    raise ValueError("unbalanced braces")


def delatex(s):
    s = s.replace("{,}", ",")
    out = []
    i = 0
    while i < len(s):
        if s.startswith("\\frac", i) or s.startswith("\\dfrac", i):
            j = i + (5 if s.startswith("\\frac", i) else 6)
            while j < len(s) and s[j] == " ":
                j += 1
            a, j = _brace(s, j)
            b, j = _brace(s, j)
            out.append("((" + delatex(a) + ")/(" + delatex(b) + "))")
            i = j
        elif s.startswith("\\sqrt", i):
            a, j = _brace(s, i + 5)
            out.append("√(" + delatex(a) + ")")
            i = j
        elif s.startswith("\\text", i) and i + 5 < len(s) and s[i + 5] == "{":
            a, j = _brace(s, i + 5)
            out.append(" " + a + " ")
            i = j
        elif s.startswith("\\boxed", i):
            a, j = _brace(s, i + 6)
            out.append(" " + delatex(a) + " ")
            i = j
        else:
            out.append(s[i])
            i += 1
    s = "".join(out)
    rep = [("\\left(", "("), ("\\right)", ")"), ("\\left|", "|"), ("\\right|", "|"), ("\\times", "×"),
           ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"), ("\\Delta", "Δ"), ("\\perp", "⊥"),
           ("\\quad", " "), ("\\checkmark", "✓"), ("\\,", " "), ("\\;", " "), ("\\(", " "), ("\\)", " "),
           ("\\[", " "), ("\\]", " ")]
    for a, b in rep:
        s = s.replace(a, b)
    s = re.sub(r"\\[A-Za-z]+", " ", s)
    s = s.replace("{", "").replace("}", "")
    return s


def clean(s):
    if "\\" in s or "{" in s:
        s = delatex(s)
    s = s.replace("$", "")
    s = s.replace("**", " ")
    return s


# ---------------------------------------------------------------- tokenizer
TOK = re.compile(r"""
 (?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|½)
|(?P<word>[A-Za-zΔ_⊥][A-Za-z0-9_₀-₉⊥′″'Δ]*)
|(?P<op>[-+−×·*÷/^²√()|])
|(?P<rel>[=≈])
|(?P<ws>\s+)
|(?P<other>.)
""", re.X)

WORD_OPS = {"minus": "−", "plus": "+", "times": "×", "equals": "="}


class T:
    __slots__ = ("k", "s", "a", "b", "sp_before", "sp_after")

    def __init__(self, k, s, a, b):
        self.k, self.s, self.a, self.b = k, s, a, b

    def __repr__(self):
        return "%s:%s" % (self.k, self.s)


def tokenize(s):
    raw = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        raw.append(T(k, m.group(), m.start(), m.end()))
    toks = [t for t in raw if t.k != "ws"]
    for i, t in enumerate(toks):
        t.sp_before = i == 0 or toks[i - 1].b != t.a
        t.sp_after = i == len(toks) - 1 or toks[i + 1].a != t.b
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.k == "word":
            w = t.s
            if w in WORD_OPS:
                t.k = "rel" if w == "equals" else "op"
                t.s = WORD_OPS[w]
            elif w == "divided" and i + 1 < len(toks) and toks[i + 1].s == "by":
                t.k, t.s = "op", "÷"
                t.b = toks[i + 1].b
                i += 1
            elif w == "sqrt" and i + 1 < len(toks) and toks[i + 1].s == "(":
                t.k, t.s = "op", "√"
            elif w == "x" and t.sp_before and t.sp_after and out and i + 1 < len(toks) and \
                    (out[-1].k == "num" or out[-1].s == ")") and (toks[i + 1].k == "num" or toks[i + 1].s in ("(", "|", "√")):
                t.k, t.s = "op", "×"
        out.append(t)
        i += 1
    return out


def numval(s):
    if s == "½":
        return F(1, 2)
    return F(s.replace(",", ""))


# ---------------------------------------------------------------- parser / evaluator
class PErr(Exception):
    pass


def fsqrt(v):
    if isinstance(v, tuple):
        raise PErr("tuple")
    if v < 0:
        raise PErr("neg sqrt")
    if isinstance(v, F):
        a, b = v.numerator, v.denominator
        ra, rb = math.isqrt(a), math.isqrt(b)
        if ra * ra == a and rb * rb == b:
            return F(ra, rb)
    return math.sqrt(float(v))


def arith(op, x, y):
    if isinstance(x, tuple) or isinstance(y, tuple):
        raise PErr("tuple arith")
    if op == "+":
        return x + y
    if op in "-−":
        return x - y
    if op in "×·*":
        return x * y
    if op in "÷/":
        if y == 0:
            raise PErr("div0")
        return x / y
    raise PErr(op)


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.absd = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def eat(self, s=None):
        t = self.peek()
        if t is None or (s is not None and t.s != s):
            raise PErr("expected %s" % s)
        self.i += 1
        return t

    def parse(self):
        v = self.expr()
        if self.i != len(self.t):
            raise PErr("trailing")
        return v

    def expr(self):
        v = self.term()
        while self.peek() is not None and self.peek().s in ("+", "-", "−"):
            op = self.eat().s
            v = arith(op, v, self.term())
        return v

    def term(self):
        v = self.unary()
        while True:
            t = self.peek()
            if t is None:
                return v
            if t.s in ("×", "·", "*", "÷", "/"):
                self.eat()
                v = arith(t.s, v, self.unary())
            elif t.s in ("(", "√") or (t.s == "|" and self.absd == 0) or (t.k == "num" and t.s == "½"):
                v = arith("×", v, self.power())
            else:
                return v

    def unary(self):
        t = self.peek()
        if t is not None and t.s in ("-", "−"):
            self.eat()
            v = self.unary()
            if isinstance(v, tuple):
                raise PErr("neg tuple")
            return -v
        if t is not None and t.s == "+":
            self.eat()
            return self.unary()
        return self.power()

    def power(self):
        v = self.primary()
        while True:
            t = self.peek()
            if t is not None and t.s == "²":
                self.eat()
                v = arith("×", v, v)
            elif t is not None and t.s == "^":
                self.eat()
                e = self.unary()
                if e != int(e):
                    raise PErr("exp")
                r = F(1) if isinstance(v, F) else 1.0
                for _ in range(int(e)):
                    r = arith("×", r, v)
                v = r
            else:
                return v

    def primary(self):
        t = self.peek()
        if t is None:
            raise PErr("eof")
        if t.k == "num":
            self.eat()
            return numval(t.s)
        if t.s == "(":
            self.eat()
            vals = [self.expr()]
            while self.peek() is not None and self.peek().s == ",":
                self.eat()
                vals.append(self.expr())
            self.eat(")")
            return vals[0] if len(vals) == 1 else tuple(vals)
        if t.s == "√":
            self.eat()
            return fsqrt(self.power_noimp())
        if t.s == "|" and self.absd == 0:
            self.eat()
            self.absd += 1
            v = self.expr()
            self.absd -= 1
            self.eat("|")
            if isinstance(v, tuple):
                raise PErr("abs tuple")
            return abs(v)
        raise PErr("bad token %r" % t.s)

    def power_noimp(self):
        return self.primary()


def evaluate(toks):
    return Parser(toks).parse()


# ---------------------------------------------------------------- relation scanning
MATH_KINDS = ("num", "op")


def is_mathish(t):
    return t.k in MATH_KINDS or t.s == ","


def scan_left(toks, r, lo=0):
    j = r - 1
    depth = 0
    while j >= lo:
        t = toks[j]
        if t.s == ")":
            depth += 1
        elif t.s == "(":
            if depth == 0:
                break
            depth -= 1
        elif t.s == ",":
            if depth == 0:
                break
        elif t.k == "word":
            if depth > 0:
                return None
            break
        elif t.k in ("rel", "other"):
            if depth > 0:
                return None
            break
        j -= 1
    span = toks[j + 1:r]
    if not span or depth != 0:
        return None
    if j >= lo and toks[j].k == "word" and not span[0].sp_before:
        return None          # juxtaposed with a variable, e.g. 2x or f(3)
    first = span[0]
    if first.k == "op" and first.s not in ("(", "√", "|", "-", "−"):
        return None
    if first.s in ("-", "−") and first.sp_after:
        return None          # binary minus: "y − 3 = ..."
    if j >= lo and toks[j].s == "(" and not toks[j].sp_after and j - 1 >= lo and toks[j - 1].k == "word" \
            and not toks[j].sp_before:
        return None
    if span[-1].k == "op" and span[-1].s not in (")", "²", "|"):
        return None
    return span


def scan_right(toks, r, hi=None):
    hi = len(toks) if hi is None else hi
    j = r + 1
    depth = 0
    while j < hi:
        t = toks[j]
        if t.s == "(":
            depth += 1
        elif t.s == ")":
            if depth == 0:
                break
            depth -= 1
        elif t.s == ",":
            if depth == 0:
                break
        elif t.k == "word":
            if depth > 0:
                return None
            break
        elif t.k in ("rel", "other"):
            if depth > 0:
                return None
            break
        j += 1
    span = toks[r + 1:j]
    if not span or depth != 0:
        return None
    if j < hi and toks[j].k == "word" and not toks[j].sp_before:
        return None
    if span[-1].k == "op" and span[-1].s not in (")", "²", "|"):
        return None
    if span[0].k == "op" and span[0].s not in ("(", "√", "|", "-", "−"):
        return None
    return span


def decimals_of(span):
    d = 0
    for t in span:
        if t.k == "num" and "." in t.s:
            d = max(d, len(t.s.split(".")[1]))
    return d


def close(a, b, rel, dspan):
    if isinstance(a, tuple) or isinstance(b, tuple):
        if not (isinstance(a, tuple) and isinstance(b, tuple)) or len(a) != len(b):
            return False
        return all(close(x, y, rel, dspan) for x, y in zip(a, b))
    if rel == "=":
        if isinstance(a, F) and isinstance(b, F):
            return a == b
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)), abs(float(b)))
    d = decimals_of(dspan)
    tol = 0.5 * 10 ** (-d) + 1e-9
    return abs(float(a) - float(b)) <= tol


def is_compound(span):
    """more than a (parenthesised, signed) single number"""
    ss = [t.s for t in span]
    while len(ss) >= 2 and ss[0] == "(" and ss[-1] == ")":
        ss = ss[1:-1]
    if ss and ss[0] in ("-", "−", "+"):
        ss = ss[1:]
    return len(ss) > 1


def check_tokens(toks, results, tag):
    """compare every relation in a token list; append (ok, tag) to results"""
    for r, t in enumerate(toks):
        if t.k != "rel":
            continue
        L = scan_left(toks, r)
        R = scan_right(toks, r)
        if L is None or R is None:
            continue
        try:
            a = evaluate(L)
            b = evaluate(R)
        except (PErr, ZeroDivisionError, OverflowError, ValueError):
            continue
        rel = "=" if t.s == "=" else "≈"
        dspan = R if decimals_of(R) >= decimals_of(L) else L
        if rel == "≈" and len(R) <= 2:
            dspan = R
        results.append((close(a, b, rel, dspan), tag, "".join(x.s for x in L) + t.s + "".join(x.s for x in R)))


def split_cells(line):
    cells, cur, i = [], [], 0
    s = line.strip()
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            cur.append("|")
            i += 2
            continue
        if s[i] == "|":
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(s[i])
        i += 1
    cells.append("".join(cur))
    return cells[1:-1]


def check_line(line, tag):
    res = []
    if line.lstrip().startswith("|"):
        cells = [clean(c) for c in split_cells(line)]
        if all(set(c.strip()) <= set("-: ") for c in cells):
            return res
        ctoks = [tokenize(c) for c in cells]
        for tk in ctoks:
            check_tokens(tk, res, tag)
        for i in range(len(ctoks) - 1):
            a, b = ctoks[i], ctoks[i + 1]
            if not a or not b:
                continue
            # suffix operand of cell i (must be a real computation), prefix operand of cell i+1
            L = scan_left(a + [T("rel", "=", 10 ** 6, 10 ** 6)], len(a))
            rel = "="
            bb = b
            if bb and bb[0].k == "rel":
                rel = "=" if bb[0].s == "=" else "≈"
                bb = bb[1:]
            R = scan_right([T("rel", "=", -1, -1)] + bb, 0)
            if L is None or R is None or not is_compound(L):
                continue
            if bb and R and bb[0].sp_before is False:
                pass
            try:
                va, vb = evaluate(L), evaluate(R)
            except (PErr, ZeroDivisionError, OverflowError, ValueError):
                continue
            res.append((close(va, vb, rel, R), tag, "cell"))
        return res
    toks = tokenize(clean(line))
    check_tokens(toks, res, tag)
    return res


def check_solution(text, skip_last=False):
    lines = text.split("\n")
    allres = []
    for i, ln in enumerate(lines):
        if skip_last and i == len(lines) - 1:
            continue
        allres.extend(check_line(ln, i))
    return lines, allres


# ---------------------------------------------------------------- independent answers
PT = re.compile(r"\((-?\d+(?:\.\d+)?), (-?\d+(?:\.\d+)?)\)")


def pts(problem):
    return [(F(a), F(b)) for a, b in PT.findall(problem)]


def rnd(v, d):
    from decimal import Decimal, ROUND_HALF_UP, getcontext
    getcontext().prec = 50
    if isinstance(v, F):
        dv = Decimal(v.numerator) / Decimal(v.denominator)
    else:
        dv = Decimal(v)
    return F(str(dv.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)))


def exact_sqrt_dec(n):
    from decimal import Decimal, getcontext
    getcontext().prec = 50
    n = F(n)
    return (Decimal(n.numerator) / Decimal(n.denominator)).sqrt()


def parse_final(s):
    s = s.strip()
    m = re.fullmatch(r"\((.+), (.+)\)", s)
    if m:
        return (F(m.group(1)), F(m.group(2)))
    return F(s)


def shoelace(V):
    n = len(V)
    s = sum(V[i][0] * V[(i + 1) % n][1] - V[i][1] * V[(i + 1) % n][0] for i in range(n))
    return abs(s) / 2


def expected(kind, problem):
    P = pts(problem)
    dd = 1 if "tenth" in problem else 2
    if kind in ("slope", "perp"):
        (x1, y1), (x2, y2) = P[:2]
        m = (y2 - y1) / (x2 - x1)
        return m if kind == "slope" else -1 / m
    if kind == "midpoint":
        (x1, y1), (x2, y2) = P[:2]
        return ((x1 + x2) / 2, (y1 + y2) / 2)
    if kind in ("dist_exact", "dist_round"):
        (x1, y1), (x2, y2) = P[:2]
        s = (x2 - x1) ** 2 + (y2 - y1) ** 2
        r = fsqrt(s)
        if isinstance(r, F):
            return r
        return rnd(exact_sqrt_dec(s), dd)
    if kind == "rect":
        xs = [p[0] for p in P]
        ys = [p[1] for p in P]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        return w * h if "area" in problem else 2 * (w + h)
    if kind in ("tri_area", "shoelace"):
        return shoelace(P)
    if kind == "tri_perim":
        tot = F(0)
        for a, b in ((P[0], P[1]), (P[1], P[2]), (P[2], P[0])):
            s = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
            r = fsqrt(s)
            tot += r if isinstance(r, F) else rnd(exact_sqrt_dec(s), dd)
        return tot
    if kind == "translate":
        x, y = P[0]
        for m in re.finditer(r"(\d+) units? (right|left) and (\d+) units? (up|down)", problem):
            x += F(m.group(1)) * (1 if m.group(2) == "right" else -1)
            y += F(m.group(3)) * (1 if m.group(4) == "up" else -1)
        if "x-axis" in problem:
            y = -y
        if "y-axis" in problem:
            x = -x
        return (x, y)
    if kind == "intercepts":
        m = re.search(r"(-?\d+)x ([+-]) (\d+)y = (-?\d+)", problem)
        a, b, c = F(m.group(1)), F(m.group(3)) * (1 if m.group(2) == "+" else -1), F(m.group(4))
        return abs(c / a) * abs(c / b) / 2
    if kind in ("yint", "predict"):
        (x1, y1), (x2, y2) = P[:2]
        m = (y2 - y1) / (x2 - x1)
        b = y1 - m * x1
        if kind == "yint":
            return b
        mm = re.search(r"x = (-?\d+)", problem) or re.search(r"\((-?\d+), (?:k|\?)\)", problem)
        X = F(mm.group(1))
        return m * X + b
    return None


# ---------------------------------------------------------------- main
def fail(msg, row):
    print("FAIL:", msg, row.get("pid"), row.get("variant"))
    print(row.get("solution"))
    sys.exit(1)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys0 = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
    stats = Counter()
    ncomp = 0
    indep = 0
    for r in rows:
        ks = list(r.keys())
        if ks[:7] != keys0:
            fail("key order %s" % ks, r)
        v = r["variant"]
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if ks[7:] != extra:
            fail("extra keys %s" % ks[7:], r)
        stats[v] += 1
        sol = r["solution"]
        corr = by[r["pid"]]["correct"]["solution"]
        if v == "loop":
            if "####" in sol:
                fail("loop has ####", r)
            s, e = r["span"]
            U = sol[s:e]
            if not U.strip() or sol[s - len(U):s] != U:
                fail("loop span is not a repeated unit", r)
            n = 0
            pos = s - len(U)
            while sol[pos:pos + len(U)] == U:
                n += 1
                pos += len(U)
            if n != r["repeats"] or not 8 <= n <= 30:
                fail("loop repeats %d vs %d" % (n, r["repeats"]), r)
            if not corr.startswith(sol[:s - len(U)]):
                fail("loop does not start like the correct solution", r)
            lines, res = check_solution(sol, skip_last=not sol.endswith("\n"))
            bad = [x for x in res if not x[0]]
            if bad:
                fail("loop has wrong computation %s" % bad, r)
            continue
        lines, res = check_solution(sol)
        ncomp += len(res)
        bad = [x for x in res if not x[0]]
        last = [l for l in lines if l.strip()][-1]
        if not last.startswith("#### "):
            fail("no #### line", r)
        got = last[5:].strip()
        if v == "correct":
            if bad:
                fail("correct row has wrong computation %s" % bad, r)
            if not res:
                fail("no computation found", r)
            if got != r["final"]:
                fail("final mismatch %s vs %s" % (got, r["final"]), r)
            kind = r["template"].rsplit("-", 1)[0]
            exp = expected(kind, r["problem"])
            if exp is not None:
                indep += 1
                if parse_final(r["final"]) != exp:
                    fail("independent answer %s != %s" % (exp, r["final"]), r)
            continue
        s, e = r["span"]
        if sol[s - 1:s] not in ("", "\n") or sol[e:e + 1] not in ("", "\n"):
            fail("span is not a whole line", r)
        li = sol[:s].count("\n")
        if len(bad) != 1:
            fail("%s row has %d wrong computations %s" % (v, len(bad), bad), r)
        if bad[0][1] != li:
            fail("wrong computation on line %d, span line %d" % (bad[0][1], li), r)
        if r["wrong"] not in sol[s:e]:
            fail("wrong text not in span", r)
        if r["wrong"] == r["right"]:
            fail("wrong == right", r)
        if sol[:s] != corr[:s]:
            fail("text before the fault differs from the correct row", r)
        if v == "slip":
            if got != r["final"]:
                fail("slip changed final", r)
            ctail = corr[corr.index("\n", s) if "\n" in corr[s:] else len(corr):]
            if sol[e:] != ctail:
                fail("slip text after the fault differs from correct", r)
        else:
            if got == r["final"]:
                fail("carry kept the final answer", r)
    for pid, d in by.items():
        if set(d) != {"correct", "slip", "carry", "loop"}:
            print("FAIL: variants of", pid, sorted(d))
            sys.exit(1)
    print("rows:", dict(stats), "computations checked in correct/slip/carry rows:", ncomp,
          "independently re-solved finals:", indep)
    print("PASS")


if __name__ == "__main__":
    main()
