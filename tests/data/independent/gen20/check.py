#!/usr/bin/env python3
"""Independent checker for set 20. Re-derives everything from the solution text alone.

It does NOT import the generator. It finds every purely numeric computation inside math
regions ($..$, $$..$$, \\(..\\), \\[..\\], aligned rows), undoes the LaTeX, evaluates both sides
with exact Fractions, and verifies the invariants of each variant.

Usage: python3 check.py [set.jsonl]      -> prints PASS and exits 0, or lists failures and exits 1
"""
import collections
import json
import re
import sys
from fractions import Fraction as F


class NotNum(Exception):
    pass


# --------------------------------------------------------------------------- math regions
def regions(text):
    """List of (start, end) offsets of math content; second value True if an unclosed region was met."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            nx = text[i + 1:i + 2]
            if nx in ("[", "("):
                close = "\\]" if nx == "[" else "\\)"
                j = text.find(close, i + 2)
                if j < 0:
                    return out, True
                out.append((i + 2, j))
                i = j + 2
                continue
            i += 2
            continue
        if c == "$":
            if text.startswith("$$", i):
                j = text.find("$$", i + 2)
                if j < 0:
                    return out, True
                out.append((i + 2, j))
                i = j + 2
                continue
            j = i + 1
            while True:
                j = text.find("$", j)
                if j < 0:
                    return out, True
                if text[j - 1] == "\\":
                    j += 1
                    continue
                break
            out.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return out, False


# --------------------------------------------------------------------------- LaTeX -> tokens
def _arg(s, i):
    while i < len(s) and s[i] == " ":
        i += 1
    if i < len(s) and s[i] == "{":
        d = 0
        for j in range(i, len(s)):
            if s[j] == "{":
                d += 1
            elif s[j] == "}":
                d -= 1
                if d == 0:
                    return s[i + 1:j], j + 1
        raise NotNum("brace")
    if i < len(s):
        return s[i], i + 1
    raise NotNum("arg")


_CMD = re.compile(r"\\([a-zA-Z]+|.)")


def delatex(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            m = _CMD.match(s, i)
            cmd = m.group(1)
            i = m.end()
            if cmd in ("frac", "dfrac", "tfrac"):
                a, i = _arg(s, i)
                b, i = _arg(s, i)
                out.append("((%s)/(%s))" % (delatex(a), delatex(b)))
            elif cmd == "binom":
                a, i = _arg(s, i)
                b, i = _arg(s, i)
                out.append("\x01(%s,%s)" % (delatex(a), delatex(b)))
            elif cmd == "sqrt":
                a, i = _arg(s, i)
                out.append("\x02(%s)" % delatex(a))
            elif cmd == "boxed":
                a, i = _arg(s, i)
                out.append("(%s)" % delatex(a))
            elif cmd == "lfloor":
                out.append("\x03(")
            elif cmd == "rfloor":
                out.append(")")
            elif cmd in ("cdot", "times"):
                out.append("*")
            elif cmd == "div":
                out.append("/")
            elif cmd == "%":
                out.append("%")
            elif cmd in (",", ";", "!", ":", " ", "displaystyle", "left", "right"):
                out.append(" ")
            else:
                out.append("Z")  # any other command (\pi, \ell, \Delta, ...) -> not numeric
        elif c == "{":
            out.append("(")
            i += 1
        elif c == "}":
            out.append(")")
            i += 1
        elif c == "\u2212":
            out.append("-")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


_TOK = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|(\S))")
_OPS = set("+-*/^!%(),\x01\x02\x03")


def tokenize(s):
    toks = []
    pos = 0
    s = s.rstrip()
    while pos < len(s):
        m = _TOK.match(s, pos)
        if not m:
            break
        pos = m.end()
        if m.group(1) is not None:
            toks.append(("num", m.group(1)))
        else:
            ch = m.group(2)
            if ch not in _OPS:
                raise NotNum("char " + ch)
            toks.append(("fn", ch) if ch in "\x01\x02\x03" else ("op", ch))
    return toks


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def expect(self, tok):
        if self.peek() != tok:
            raise NotNum("expect")
        self.i += 1

    def full(self):
        if not self.t:
            raise NotNum("empty")
        e = self.expr()
        if self.i != len(self.t):
            raise NotNum("trailing")
        return e

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while True:
            p = self.peek()
            if p in (("op", "*"), ("op", "/")):
                op = self.take()[1]
                node = ("bin", op, node, self.unary())
            elif p is not None and (p == ("op", "(") or p[0] == "fn" or
                                    (p[0] == "num" and self.t[self.i - 1] in (("op", ")"), ("op", "!"), ("op", "%")))):
                node = ("bin", "*", node, self.unary())
            else:
                return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.postfix()
        if self.peek() == ("op", "^"):
            self.take()
            return ("pow", base, self.unary())
        return base

    def postfix(self):
        node = self.atom()
        while self.peek() in (("op", "!"), ("op", "%")):
            op = self.take()[1]
            node = ("fact", node) if op == "!" else ("pct", node)
        return node

    def atom(self):
        p = self.peek()
        if p is None:
            raise NotNum("eof")
        if p[0] == "num":
            self.take()
            return ("num", F(p[1]))
        if p == ("op", "("):
            self.take()
            e = self.expr()
            self.expect(("op", ")"))
            return e
        if p[0] == "fn":
            name = self.take()[1]
            self.expect(("op", "("))
            args = [self.expr()]
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expr())
            self.expect(("op", ")"))
            return ("fn", name, args)
        raise NotNum("atom")


def _isqrt_exact(v):
    import math
    if v < 0:
        raise NotNum("sqrt<0")
    p, q = math.isqrt(v.numerator), math.isqrt(v.denominator)
    if p * p != v.numerator or q * q != v.denominator:
        raise NotNum("irrational")
    return F(p, q)


def evaluate(n):
    import math
    k = n[0]
    if k == "num":
        return n[1]
    if k == "neg":
        return -evaluate(n[1])
    if k == "bin":
        a, b = evaluate(n[2]), evaluate(n[3])
        return binop(n[1], a, b)
    if k == "pow":
        a, e = evaluate(n[1]), evaluate(n[2])
        if e.denominator != 1 or abs(e) > 64 or (a == 0 and e < 0):
            raise NotNum("pow")
        return a ** int(e)
    if k == "fact":
        a = evaluate(n[1])
        if a.denominator != 1 or not 0 <= a <= 30:
            raise NotNum("fact")
        return F(math.factorial(int(a)))
    if k == "pct":
        return evaluate(n[1]) / 100
    if k == "fn":
        args = [evaluate(x) for x in n[2]]
        if n[1] == "\x01":
            if len(args) != 2 or any(a.denominator != 1 for a in args) or not 0 <= args[1] <= args[0]:
                raise NotNum("binom")
            return F(math.comb(int(args[0]), int(args[1])))
        if len(args) != 1:
            raise NotNum("args")
        if n[1] == "\x02":
            return _isqrt_exact(args[0])
        return F(math.floor(args[0]))
    raise NotNum(k)


def binop(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise NotNum("div0")
    return a / b


def numeric(side):
    """(value, ast) if the side is a purely numeric expression, else None."""
    side = side.strip()
    if not side:
        return None
    try:
        ast = Parser(tokenize(delatex(side))).full()
        return evaluate(ast), ast
    except (NotNum, ZeroDivisionError, OverflowError, ValueError):
        return None


# --------------------------------------------------------------------------- computations
_CONNECT = re.compile(r"\\text\{\s*(and|or|so|then|thus|hence|since|which|gives|i\.e\.|because|where|if|for)\s*\}")
_TEXT = re.compile(r"\\(?:text|mathrm|textbf|mbox)\{[^{}]*\}")
_SEP = re.compile(r"\\(?:quad|qquad|implies|Rightarrow|Longrightarrow|therefore|checkmark|iff|to|leq|geq|le|ge|neq|ne|lt|gt|approx)(?![a-zA-Z])")
_PMOD = re.compile(r"\\pmod\s*\{([^{}]*)\}|\\pmod\s*(\d+)")
_REL = re.compile(r"(\\equiv(?![a-zA-Z])|=)")


def _split_top(s):
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
        if ch in ",;" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def normalize(piece):
    s = re.sub(r"\\(begin|end)\{aligned\}", " ", piece)
    s = s.replace("\\\\", " ").replace("&", " ")
    s = re.sub(r"\^\s*\{?\\circ\}?", "", s)
    s = _CONNECT.sub(";", s)
    s = _TEXT.sub(" ", s)
    s = re.sub(r"\\left(?![a-zA-Z])", " ", s)
    s = re.sub(r"\\right(?![a-zA-Z])", " ", s)
    s = _SEP.sub(";", s)
    s = s.replace("<", ";").replace(">", ";")
    return s


def computations(text):
    """Return (list of dict(line, lhs, rhs, rel, mod, ok, lhs_ast, has_op), unclosed_flag)."""
    regs, unclosed = regions(text)
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    import bisect
    out = []
    for (s, e) in regs:
        content = text[s:e]
        pos = s
        prev_last = None
        for piece in content.split("\n"):
            line = bisect.bisect_right(starts, pos) - 1
            pos += len(piece) + 1
            norm = normalize(piece)
            if not norm.strip():
                continue
            cont = norm.strip().startswith("=") and prev_last is not None
            eqs = _split_top(norm)
            last = None
            for qi, eq in enumerate(eqs):
                mod = None
                pm = _PMOD.search(eq)
                if pm:
                    mv = numeric(pm.group(1) or pm.group(2))
                    mod = mv[0] if mv else None
                    eq = _PMOD.sub(" ", eq)
                bits = _REL.split(eq)
                sides = bits[0::2]
                rels = bits[1::2]
                if qi == 0 and cont and not sides[0].strip():
                    sides[0] = prev_last
                for i in range(len(rels)):
                    a, b = numeric(sides[i]), numeric(sides[i + 1])
                    if a is None or b is None:
                        continue
                    if rels[i] == "=":
                        ok = a[0] == b[0]
                    else:
                        if mod is None or mod.denominator != 1 or mod <= 0 or a[0].denominator != 1 or b[0].denominator != 1:
                            continue
                        ok = (a[0] - b[0]) % mod == 0
                    out.append(dict(line=line, lhs=a[0], rhs=b[0], rel=rels[i], ok=ok, lhs_ast=a[1],
                                    has_op=(a[1][0] != "num" or b[1][0] != "num")))
                if sides and sides[-1].strip():
                    last = sides[-1]
            if last is not None:
                prev_last = last
    return out, unclosed


# --------------------------------------------------------------------------- answers
_ANS = re.compile(r"(?i)\banswer(?:\s+is\s*:?|\s*:)\s*(.*)$")


def _boxed(text):
    res = []
    for m in re.finditer(r"\\boxed\{", text):
        i = m.end() - 1
        d = 0
        for j in range(i, len(text)):
            if text[j] == "{":
                d += 1
            elif text[j] == "}":
                d -= 1
                if d == 0:
                    res.append(text[i + 1:j])
                    break
    return res


def answers(text):
    """List of (raw, value-or-None) answer statements."""
    raws = list(_boxed(text))
    for line in text.split("\n"):
        if line.startswith("####"):
            raws.append(line[4:])
        m = _ANS.search(line)
        if m:
            rest = m.group(1)
            rest = rest.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
            rest = rest.replace("$", " ").replace("*", " ").strip().rstrip(".").strip()
            if rest:
                raws.append(rest)
    out = []
    for r in raws:
        v = numeric(r.strip().rstrip("."))
        out.append((r, v[0] if v else None))
    return out


# --------------------------------------------------------------------------- row checks
KINDS = {"off_by", "wrong_op", "digit_swap", "times10", "div10"}


def line_index(sol, span):
    s, e = span
    if not (0 <= s <= e <= len(sol)):
        raise AssertionError("span out of range")
    if s > 0 and sol[s - 1] != "\n":
        raise AssertionError("span does not start a line")
    if e < len(sol) and sol[e] != "\n":
        raise AssertionError("span does not end a line")
    if "\n" in sol[s:e]:
        raise AssertionError("span covers several lines")
    return sol.count("\n", 0, s)


def kind_ok(kind, wrong, right, ast):
    d = wrong - right
    if kind == "off_by":
        return d in (1, -1, 2, -2, 3, -3, 10, -10)
    if kind == "times10":
        return wrong == 10 * right
    if kind == "div10":
        return 10 * wrong == right
    if kind == "digit_swap":
        a, b = str(abs(wrong.numerator)), str(abs(right.numerator))
        if len(a) != len(b) or wrong.denominator != 1:
            return False
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    if kind == "wrong_op":
        if ast is None or ast[0] != "bin":
            return False
        try:
            x, y = evaluate(ast[2]), evaluate(ast[3])
        except NotNum:
            return False
        alts = []
        for o in "+-*/":
            if o == ast[1]:
                continue
            try:
                alts.append(binop(o, x, y))
            except NotNum:
                pass
        return wrong in alts
    return False


def check_fault_line(row, comps, li, what):
    wrong, right = F(row["wrong"]), F(row["right"])
    bad = [c for c in comps if not c["ok"]]
    if not bad:
        raise AssertionError(what + ": no wrong computation found")
    for c in bad:
        if c["line"] != li:
            raise AssertionError(what + ": wrong computation outside span line %d (found on %d)" % (li, c["line"]))
        if c["rhs"] != wrong or c["lhs"] != right:
            raise AssertionError(what + ": span computation %s -> %s, expected %s -> %s" % (c["lhs"], c["rhs"], right, wrong))
    if not any(kind_ok(row["kind"], wrong, right, c["lhs_ast"]) for c in bad):
        raise AssertionError(what + ": wrong value not explained by kind " + row["kind"])


def check_answers(sol, final, what):
    ans = answers(sol)
    if not ans:
        raise AssertionError(what + ": no answer statement")
    fv = F(final)
    for raw, v in ans:
        if v is None or v != fv:
            raise AssertionError(what + ": answer statement %r != final %s" % (raw, final))


def check_group(g):
    c, s, k, l = g
    csol = c["solution"]
    clines = csol.split("\n")
    comps, unclosed = computations(csol)
    if unclosed:
        raise AssertionError("correct: unclosed math")
    bad = [x for x in comps if not x["ok"]]
    if bad:
        raise AssertionError("correct: inexact computation on line %d: %s vs %s" % (bad[0]["line"], bad[0]["lhs"], bad[0]["rhs"]))
    nops = sum(1 for x in comps if x["has_op"])
    if nops < 2:
        raise AssertionError("correct: fewer than 2 numeric computations")
    check_answers(csol, c["final"], "correct")

    # slip
    ssol = s["solution"]
    li = line_index(ssol, s["span"])
    slines = ssol.split("\n")
    if len(slines) != len(clines):
        raise AssertionError("slip: line count differs")
    diff = [i for i in range(len(clines)) if clines[i] != slines[i]]
    if diff != [li]:
        raise AssertionError("slip: differs from correct on lines %s, span line %d" % (diff, li))
    if s["final"] != c["final"]:
        raise AssertionError("slip: final differs")
    scomps, unclosed = computations(ssol)
    if unclosed:
        raise AssertionError("slip: unclosed math")
    check_fault_line(s, scomps, li, "slip")
    if not any(x["line"] == li and x["ok"] and x["rhs"] == F(s["right"]) for x in comps):
        raise AssertionError("slip: correct row does not compute the right value on the span line")
    pat = re.compile(r"(?<![\d.])%s(?![\d.])" % re.escape(s["right"]))
    later = "\n".join(slines[li + 1:])
    if not any(pat.search(later[a:b]) for a, b in regions(later)[0]):
        raise AssertionError("slip: the right value is never used later")
    check_answers(ssol, s["final"], "slip")

    # carry
    ksol = k["solution"]
    li = line_index(ksol, k["span"])
    klines = ksol.split("\n")
    if klines[:li] != clines[:li] or li >= len(clines) or klines[li] == clines[li]:
        raise AssertionError("carry: prefix differs from correct or span line unchanged")
    if k["correct_final"] != c["final"] or k["final"] == c["final"] or F(k["final"]) == F(c["final"]):
        raise AssertionError("carry: final/correct_final mismatch")
    kcomps, unclosed = computations(ksol)
    if unclosed:
        raise AssertionError("carry: unclosed math")
    check_fault_line(k, kcomps, li, "carry")
    if not any(x["line"] == li and x["ok"] and x["rhs"] == F(k["right"]) for x in comps):
        raise AssertionError("carry: correct row does not compute the right value on the span line")
    check_answers(ksol, k["final"], "carry")

    # loop
    lsol = l["solution"]
    if l["final"] is not None:
        raise AssertionError("loop: final must be null")
    li = line_index(lsol, l["span"])
    llines = lsol.split("\n")
    P, R = l["period_lines"], l["repeats"]
    if not (15 <= R <= 22) or P < 1 or li < P:
        raise AssertionError("loop: bad repeats/period")
    if llines[:li] != clines[:li]:
        raise AssertionError("loop: prefix differs from correct")
    block = llines[li - P:li]
    for j in range(R):
        if llines[li + j * P: li + (j + 1) * P] != block:
            raise AssertionError("loop: copy %d differs" % j)
    tail = llines[li + R * P:]
    if tail:
        if len(tail) != 1 or not block[0].startswith(tail[0]) or tail[0] == block[0] or any(ch.isdigit() for ch in tail[0]) or not tail[0]:
            raise AssertionError("loop: bad tail %r" % tail)
    if "\\boxed" in lsol or "####" in lsol or _ANS.search(lsol.replace("\n", " \n")) or answers(lsol):
        raise AssertionError("loop: contains an answer line")
    # the loop starts after a non-final step: the correct row still computes something after it
    if not any(csol.count("\n", 0, a) >= li and "\\boxed" not in csol[a:b] for a, b in regions(csol)[0]):
        raise AssertionError("loop: block reaches the final step")
    lcomps, _ = computations(lsol)
    if any(not x["ok"] for x in lcomps):
        raise AssertionError("loop: inexact computation")
    if not any(li - P <= x["line"] < li for x in lcomps):
        raise AssertionError("loop: repeated block has no computation")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            rows.append(json.loads(line))
    fails = []
    need = {"pid", "template", "style", "problem", "variant", "solution", "final"}
    extra = {"correct": set(), "slip": {"span", "wrong", "right", "step", "kind"},
             "carry": {"span", "wrong", "right", "step", "kind", "correct_final"},
             "loop": {"span", "repeats", "period_lines"}}
    groups = collections.OrderedDict()
    for i, r in enumerate(rows):
        v = r.get("variant")
        if v not in extra or set(r) != need | extra[v]:
            fails.append("row %d: bad fields %s" % (i, sorted(r)))
            continue
        if r["pid"] != "%s-%s" % (r["template"], r["pid"].rsplit("-", 1)[-1]):
            fails.append("row %d: pid/template mismatch" % i)
        if v in ("slip", "carry") and r["kind"] not in KINDS:
            fails.append("row %d: bad kind" % i)
        groups.setdefault(r["pid"], []).append(r)
    templates = collections.OrderedDict()
    kinds = collections.Counter()
    styles = collections.Counter()
    for pid, g in groups.items():
        if [r["variant"] for r in g] != ["correct", "slip", "carry", "loop"]:
            fails.append("%s: variants %s" % (pid, [r["variant"] for r in g]))
            continue
        if len({(r["problem"], r["style"], r["template"]) for r in g}) != 1:
            fails.append("%s: problem/style not shared" % pid)
            continue
        templates.setdefault(g[0]["template"], []).append(g[0]["problem"])
        styles[g[0]["style"]] += 1
        kinds[g[1]["kind"]] += 1
        kinds[g[2]["kind"]] += 1
        try:
            check_group(g)
        except AssertionError as e:
            fails.append("%s (%s): %s" % (pid, g[0]["style"], e))
    for t, probs in templates.items():
        if len(probs) < 4 or len(set(probs)) != len(probs):
            fails.append("template %s: %d sets, %d distinct problems" % (t, len(probs), len(set(probs))))
    if len(templates) < 120:
        fails.append("only %d templates" % len(templates))
    if len(styles) < 10:
        fails.append("only %d styles" % len(styles))
    print("rows=%d problems=%d templates=%d styles=%d" % (len(rows), len(groups), len(templates), len(styles)))
    print("fault kinds:", dict(sorted(kinds.items())))
    print("styles:", dict(sorted(styles.items())))
    if fails:
        for f_ in fails[:60]:
            print("FAIL", f_)
        print("%d failures" % len(fails))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
