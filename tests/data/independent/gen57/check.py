#!/usr/bin/env python3
"""Independent re-checker for the critique set (stdlib only; does not import gen).

Re-reads every rendered relation (=, ≈, ≠, remainders) in the problem's student
work and in the solution and asserts:
  * correct rows: no wrong computation except the student's own wrong
    computation quoted on a line that marks it wrong; the student's error (if
    any) is quoted and marked; the text ends with '#### <final>'.
  * slip rows: exactly one other wrong result, on the line at `span`, equal to
    `wrong` (true value `right`); '####' equals the gold final.
  * carry rows: exactly one wrong result at `span`; every later computation is
    right; the wrong value is used later; '####' differs from gold and equals a
    computed result.
  * loop rows: no '####'; `span` is a copy of the unit just before it and the
    unit repeats `repeats` times; no wrong computation.
Usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
MARKERS = ["✗", "❌", "≠", "incorrect", "wrong", "error", "mistake", "should be", "not ", "n't", "~~",
           "slip", "off track", "actually"]


# ---------------------------------------------------------------- normalise
def normalize(s):
    s = s.replace("**", " ").replace("`", " ")
    s = s.replace("~~", " ~ ")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    for a, b in [("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\$", ""), ("\\times", "*"),
                 ("\\cdot", "*"), ("\\div", "/"), ("\\approx", "≈"), ("\\neq", "≠"), ("\\%", "%"),
                 ("\\left", ""), ("\\right", ""), ("\\,", ""), ("{,}", ","), ("$", ""),
                 ("×", "*"), ("·", "*"), ("÷", "/"), ("−", "-")]:
        s = s.replace(a, b)
    s = re.sub(r"(?<=[\d)])\s*\bx\b\s*(?=[\d(])", " * ", s)
    s = re.sub(r"(?<=[\d)])\s+(?:times|multiplied by)\s+(?=[\d(-])", " * ", s)
    s = re.sub(r"(?<=[\d)])\s+divided by\s+(?=[\d(-])", " / ", s)
    s = re.sub(r"(?<=[\d)])\s+minus\s+(?=[\d(-])", " - ", s)
    s = re.sub(r"(?<=[\d)])\s+plus\s+(?=[\d(-])", " + ", s)
    s = re.sub(r"\bequals\b|\bis equal to\b", "=", s)
    while True:
        t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
        if t == s:
            break
        s = t
    s = re.sub(r"(\d+(?:\.\d+)?)\s*%\s*of\b", r"(\1/100)*", s)
    s = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"(\1/100)", s)
    s = re.sub(r"(\d+/\d+|\))\s+of\s+(?=[\d(])", r"\1 * ", s)
    return s


TOK = re.compile(r"\s+|(?P<rem>with a remainder of|remainder|\bR)(?=\s*\d)|(?P<num>\d+(?:\.\d+)?)|"
                 r"(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))|(?P<rel>=|≈|≠)|(?P<brk>.)")


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        if m.group(0).isspace():
            continue
        kind = m.lastgroup
        out.append((kind, m.group(0), m.start()))
    return out


EXPR_KINDS = ("num", "op", "lp", "rp")


def parse_expr(toks):
    """evaluate a token list as an arithmetic expression (+-*/ and parens,
    unary minus).  Returns Fraction or None if not a valid expression."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == "op" and t[1] == "-":
            pos[0] += 1
            return -atom()
        if t[0] == "num":
            pos[0] += 1
            return F(t[1])
        if t[0] == "lp":
            pos[0] += 1
            v = add()
            t2 = peek()
            if t2 is None or t2[0] != "rp":
                raise ValueError
            pos[0] += 1
            return v
        raise ValueError

    def mul():
        v = atom()
        while True:
            t = peek()
            if t and t[0] == "op" and t[1] in "*/":
                pos[0] += 1
                w = atom()
                if t[1] == "*":
                    v = v * w
                else:
                    if w == 0:
                        raise ValueError
                    v = v / w
            else:
                return v

    def add():
        v = mul()
        while True:
            t = peek()
            if t and t[0] == "op" and t[1] in "+-":
                pos[0] += 1
                w = mul()
                v = v + w if t[1] == "+" else v - w
            else:
                return v
    if not toks:
        return None
    try:
        v = add()
    except (ValueError, ZeroDivisionError):
        return None
    if pos[0] != len(toks):
        return None
    return v


def has_op(toks):
    for j, t in enumerate(toks):
        if t[0] == "op" and not (t[1] == "-" and (j == 0 or toks[j - 1][0] in ("op", "lp"))):
            return True
    return False


def relations(line):
    """list of dicts: lv, rv, rel, ltoks, rtoks, ok, rem"""
    s = normalize(line)
    T = tokens(s)
    out = []
    for p, t in enumerate(T):
        if t[0] != "rel":
            continue
        # left: longest valid suffix
        a = p
        while a > 0 and T[a - 1][0] in EXPR_KINDS:
            a -= 1
        left = None
        for st in range(a, p):
            v = parse_expr(T[st:p])
            if v is not None:
                left = (st, v)
                break
        b = p + 1
        while b < len(T) and T[b][0] in EXPR_KINDS:
            b += 1
        right = None
        for en in range(b, p + 1, -1):
            v = parse_expr(T[p + 1:en])
            if v is not None:
                right = (en, v)
                break
        if left is None or right is None:
            continue
        st, lv = left
        # a markdown bullet "- 12 ..." at line start is not a minus sign
        if T[st][1] == "-" and st == 0 and s[T[st][2] + 1:T[st][2] + 2] == " ":
            st += 1
            lv = parse_expr(T[st:p])
            if lv is None:
                continue
        en, rv = right
        lt, rt = T[st:p], T[p + 1:en]
        if not (has_op(lt) or has_op(rt)):
            continue
        rem = None
        if en + 1 < len(T) and T[en][0] == "rem" and T[en + 1][0] == "num" and len(rt) == 1:
            rem = F(T[en + 1][1])
        rel = t[1]
        if rem is not None:
            ok = False
            if len(lt) == 5 and lt[0][0] == "lp" and lt[4][0] == "rp":
                lt = lt[1:4]
            if len(lt) == 3 and lt[1][1] == "/" and lt[0][0] == "num" and lt[2][0] == "num":
                A, B = F(lt[0][1]), F(lt[2][1])
                ok = A.denominator == 1 and B.denominator == 1 and rv == A // B and rem == A - rv * B
        elif rel == "=":
            ok = lv == rv
        elif rel == "≠":
            ok = lv != rv
        else:  # ≈ : right side must be a decimal literal, rounded correctly
            ok = False
            if len(rt) == 1:
                d = len(rt[0][1].partition(".")[2])
                ok = abs(lv - rv) <= F(1, 2) / 10 ** d
        out.append(dict(lv=lv, rv=rv, rel=rel, ok=ok, rem=rem,
                        lnums=[F(x[1]) for x in lt if x[0] == "num"]))
    return out


def marked(line):
    l = line.lower()
    return any(m.lower() in l for m in MARKERS)


def line_spans(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def student_wrong(problem):
    w = []
    for ln in problem.split("\n"):
        for r in relations(ln):
            if not r["ok"]:
                w.append((r["lv"], r["rv"]))
    return w


def analyse(row):
    sw = student_wrong(row["problem"])
    assert len(sw) <= 1, ("student has >1 wrong computation", row["pid"], sw)
    wrongs, quoted, allrel = [], [], []
    for a, b, ln in line_spans(row["solution"]):
        for r in relations(ln):
            allrel.append((a, b, r))
            if r["ok"]:
                if r["rel"] == "≠" and (r["lv"], r["rv"]) in sw:
                    quoted.append((a, b, r))
                continue
            if r["rel"] == "=" and (r["lv"], r["rv"]) in sw and marked(ln):
                quoted.append((a, b, r))
                continue
            wrongs.append((a, b, r, ln))
    return sw, wrongs, quoted, allrel


def last_hash(sol):
    lines = sol.rstrip("\n").split("\n")
    m = re.fullmatch(r"#### (-?\d+(?:\.\d+)?)", lines[-1])
    return m.group(1) if m else None


def check_row(row):
    pid, v, sol = row["pid"], row["variant"], row["solution"]
    assert list(row.keys())[:7] == KEYS, (pid, list(row.keys()))
    assert re.fullmatch(r"-?\d+(?:\.\d+)?", row["final"]), (pid, row["final"])
    sw, wrongs, quoted, allrel = analyse(row)
    if sw:
        assert quoted, ("student's wrong computation is not quoted/marked", pid, v)
    gold = F(row["final"])
    if v == "correct":
        assert not wrongs, ("wrong computation in correct row", pid, [w[3] for w in wrongs])
        h = last_hash(sol)
        assert h == row["final"], (pid, h, row["final"])
        assert sol.count("####") == 1, pid
        assert any(r["rv"] == gold for _, _, r in allrel), ("final never computed", pid)
        return
    if v == "loop":
        assert "####" not in sol, pid
        assert not wrongs, ("wrong computation in loop row", pid, [w[3] for w in wrongs])
        a, b = row["span"]
        unit = sol[a:b]
        L = len(unit) + 1
        assert a - L >= 0 and sol[a - L:a - 1] == unit and sol[a - 1] == "\n", pid
        first = a - L
        n = 0
        pos = first
        while sol[pos:pos + len(unit)] == unit and (pos + len(unit) == len(sol) or sol[pos + len(unit)] == "\n"):
            n += 1
            pos += L
            if pos > len(sol):
                break
        assert n == row["repeats"] and 8 <= n <= 30, (pid, n, row["repeats"])
        assert unit.strip(), pid
        return
    assert v in ("slip", "carry"), v
    a, b = row["span"]
    assert len(wrongs) == 1, ("expected exactly one wrong computation", pid, v, [w[3] for w in wrongs])
    la, lb, r, ln = wrongs[0]
    assert (la, lb) == (a, b), ("fault not at span", pid, v, (la, lb), (a, b))
    assert sol[a:b] == ln and "\n" not in ln, pid
    assert r["rv"] == F(row["wrong"]) and r["lv"] == F(row["right"]), (pid, r["lv"], r["rv"], row["wrong"], row["right"])
    h = last_hash(sol)
    assert h is not None and sol.count("####") == 1, pid
    if v == "slip":
        assert F(h) == gold, (pid, h, gold)
    else:
        assert F(h) != gold, (pid, h)
        later = [r2 for a2, b2, r2 in allrel if a2 > a]
        assert F(h) in [r2["rv"] for a2, b2, r2 in allrel if a2 >= a], ("carried final not computed", pid)
        if later:
            w = F(row["wrong"])
            assert any(w in r2["lnums"] or -w in r2["lnums"] for r2 in later), ("wrong value not carried", pid)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    pids = Counter(r["pid"] for r in rows)
    for p, n in pids.items():
        assert n == 4, (p, n)
    by = {}
    for r in rows:
        by.setdefault(r["pid"], []).append(r["variant"])
    for p, vs in by.items():
        assert sorted(vs) == ["carry", "correct", "loop", "slip"], (p, vs)
    fails = 0
    for r in rows:
        try:
            check_row(r)
        except AssertionError as e:
            fails += 1
            if fails <= 15:
                print("FAIL", r["pid"], r["variant"], r["style"], str(e)[:400])
    # self-test: perturbing a correct row's computation must be detected
    caught = 0
    tried = 0
    for r in rows:
        if r["variant"] != "correct":
            continue
        sol = r["solution"]
        m = list(re.finditer(r"= (\d+)\b", sol))
        if not m:
            continue
        x = m[-1]
        bad = sol[:x.start(1)] + str(int(x.group(1)) + 1) + sol[x.end(1):]
        tried += 1
        rr = dict(r, solution=bad)
        _, wr, _, _ = analyse(rr)
        caught += bool(wr)
    styles = Counter(r["style"] for r in rows)
    print("rows %d, problems %d, styles %s" % (len(rows), len(by), dict(sorted(styles.items()))))
    print("self-test: perturbed %d correct rows, detected %d" % (tried, caught))
    if fails or caught < tried:
        print("FAIL (%d rows)" % fails)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
