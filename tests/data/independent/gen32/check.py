#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

It re-reads every solution from its text alone: it finds every written equality
("a = b", chains "a = b = c", and "3/4 of 48 is 36"), evaluates both sides with
exact fractions, and verifies the variant labels.

    python3 check.py [set.jsonl]      -> prints PASS and exits 0, or lists problems
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

UNI = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
       "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
       "⅞": (7, 8), "⅒": (1, 10)}


# ------------------------------------------------------------------ normalising
def _group(s, i):
    """s[i] == '{'; return (content, index after the closing brace)."""
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


FRAC_RE = re.compile(r"(\d+)?\\[dt]?frac\{")


def latex_fracs(s):
    out = []
    i = 0
    while True:
        m = FRAC_RE.search(s, i)
        if not m:
            out.append(s[i:])
            break
        out.append(s[i:m.start()])
        try:
            a, j = _group(s, m.end() - 1)
            if j >= len(s) or s[j] != "{":
                raise ValueError("bad \\frac")
            b, k = _group(s, j)
        except ValueError:  # truncated text: leave the rest alone
            out.append(s[m.start():])
            break
        body = "((%s)÷(%s))" % (latex_fracs(a), latex_fracs(b))
        if m.group(1):
            body = "(%s+%s)" % (m.group(1), body)
        out.append(body)
        i = k
    return "".join(out)


def strip_cmd_group(s, cmd, repl_fmt):
    while True:
        i = s.find(cmd + "{")
        if i < 0:
            return s
        try:
            content, j = _group(s, i + len(cmd))
        except ValueError:
            return s
        s = s[:i] + (repl_fmt % content) + s[j:]


def normalise(line):
    s = line
    s = re.sub(r"^\s*[*-] ", " ", s)      # bullet
    s = s.replace("**", " | ")             # bold markers
    s = s.replace("\\$", "$")
    s = strip_cmd_group(s, "\\boxed", "%s")
    s = strip_cmd_group(s, "\\text", " %s ")
    s = latex_fracs(s)
    for a, b in (("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"), ("\\%", "%"), ("\\left(", "("),
                 ("\\right)", ")"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\quad", " ; "),
                 ("\\,", ""), ("−", "-"), ("–", " ; "), ("—", " ; ")):
        s = s.replace(a, b)
    s = re.sub(r"\$(?!\d)", " ", s)

    def uni(m):
        n, d = UNI[m.group(2)]
        if m.group(1):
            return "(%s+(%d÷%d))" % (m.group(1), n, d)
        return "(%d÷%d)" % (n, d)
    s = re.sub(r"(\d+)?([%s])" % "".join(UNI), uni, s)
    return s


TOK_RE = re.compile(r"""
    (?P<money>\$\d+(?:\.\d+)?)
  | (?P<mixed>\d+\ \d+/\d+)
  | (?P<frac>\d+/\d+)
  | (?P<num>\d+(?:\.\d+)?%?)
  | (?P<op>[+\-×*÷/])
  | (?P<lp>\()
  | (?P<rp>\))
  | (?P<eq>=)
  | (?P<word>[A-Za-z]+(?:'[a-z]+)?)
  | (?P<ws>\s+)
  | (?P<other>.)
""", re.X)


def num_value(kind, text):
    if kind == "money":
        return Fr(text[1:]), "num"
    if kind == "mixed":
        w, f = text.split(" ")
        n, d = f.split("/")
        return Fr(int(w)) + Fr(int(n), int(d)), "frac"
    if kind == "frac":
        n, d = text.split("/")
        return Fr(int(n), int(d)), "frac"
    if text.endswith("%"):
        return Fr(text[:-1]) / 100, "pct"
    return Fr(text), "num"


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "ws":
            continue
        if k in ("money", "mixed", "frac", "num"):
            v, sub = num_value(k, t)
            toks.append(("N", v, sub))
        elif k == "op":
            toks.append(("O", {"*": "×", "/": "/"}.get(t, t), None))
        elif k == "lp":
            toks.append(("L", t, None))
        elif k == "rp":
            toks.append(("R", t, None))
        elif k == "eq":
            toks.append(("E", t, None))
        elif k == "word":
            toks.append(("W", t, None))
        else:
            toks.append(("P", t, None))
    # "of" between a fraction/percent (or a closing bracket) and a number/bracket is multiplication
    for i, t in enumerate(toks):
        if t[0] == "W" and t[1] == "of" and 0 < i < len(toks) - 1:
            p, n = toks[i - 1], toks[i + 1]
            if ((p[0] == "N" and p[2] in ("frac", "pct")) or p[0] == "R") and n[0] in ("N", "L"):
                toks[i] = ("O", "of", None)
    # unit words between a quantity and an operator / equals sign are annotations
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "W" and t[1] not in ("of", "is", "x") and len(t[1]) > 1 and out and out[-1][0] in ("N", "R"):
            j = i
            while j < len(toks) and toks[j][0] == "W" and toks[j][1] not in ("of", "is", "x"):
                j += 1
            if j < len(toks) and (toks[j][0] == "E" or (toks[j][0] == "O") or toks[j][0] == "R"):
                i = j
                continue
        out.append(t)
        i += 1
    return out


class ParseError(Exception):
    pass


def parse(toks):
    """Parse a full token list as an arithmetic expression -> (value, uses_of)."""
    pos = [0]
    used_of = [False]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ParseError
        if t[0] == "N":
            pos[0] += 1
            return t[1]
        if t[0] == "L":
            pos[0] += 1
            v = expr()
            t2 = peek()
            if t2 is None or t2[0] != "R":
                raise ParseError
            pos[0] += 1
            return v
        raise ParseError

    def term():
        v = atom()
        while True:
            t = peek()
            if t and t[0] == "O" and t[1] in ("×", "÷", "/", "of"):
                pos[0] += 1
                w = atom()
                if t[1] in ("×", "of"):
                    v = v * w
                    if t[1] == "of":
                        used_of[0] = True
                else:
                    if w == 0:
                        raise ParseError
                    v = v / w
            else:
                return v

    def expr():
        v = term()
        while True:
            t = peek()
            if t and t[0] == "O" and t[1] in ("+", "-"):
                pos[0] += 1
                w = term()
                v = v + w if t[1] == "+" else v - w
            else:
                return v

    v = expr()
    if pos[0] != len(toks):
        raise ParseError
    return v, used_of[0]


def try_parse(toks):
    if not toks:
        return None
    try:
        return parse(toks)
    except ParseError:
        return None


def equalities(line):
    """All checkable equalities on a line: list of (lhs, rhs, text)."""
    toks = tokenize(normalise(line))
    seps = [i for i, t in enumerate(toks) if t[0] == "E" or (t[0] == "W" and t[1] == "is")]
    res = []
    for n, k in enumerate(seps):
        lo = seps[n - 1] + 1 if n > 0 else 0
        hi = seps[n + 1] if n + 1 < len(seps) else len(toks)
        lhs = None
        for st in range(lo, k):
            lhs = try_parse(toks[st:k])
            if lhs:
                break
        rhs = None
        for en in range(hi, k + 1, -1):
            rhs = try_parse(toks[k + 1:en])
            if rhs:
                break
        if not lhs or not rhs:
            continue
        # a truncated operand ("x/3" read as "3") is not an equality we can check
        if st > lo and toks[st - 1][0] == "O":
            continue
        if en < hi and toks[en][0] == "O":
            continue
        # a bare whole number inside prose ("Pages in 10 minutes = ...") is a label, not a computation
        if (k - st == 1 and toks[st][0] == "N" and toks[st][2] == "num" and st > lo and toks[st - 1][0] == "W"):
            continue
        if toks[k][0] == "W" and not lhs[1]:
            continue  # "is" counts only after an "a of b" expression
        res.append((lhs[0], rhs[0]))
    return res


def value_of(s):
    toks = tokenize(normalise(s))
    p = try_parse(toks)
    if p is None:
        raise ValueError("cannot read number %r" % s)
    return p[0]


# ------------------------------------------------------------------ checks
class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def line_index(text, off):
    return text.count("\n", 0, off)


def check_span(text, span):
    a, b = span
    need(0 <= a < b <= len(text), "span out of range")
    need(a == 0 or text[a - 1] == "\n", "span does not start a line")
    need(b == len(text) or text[b] == "\n", "span does not end a line")
    need("\n" not in text[a:b], "span covers several lines")


def final_from_text(text):
    lines = [l for l in text.split("\n") if l.strip()]
    last = lines[-1]
    if last.startswith("#### "):
        return "hash", last[5:].strip()
    return "line", last


def final_matches(text, final):
    kind, v = final_from_text(text)
    if kind == "hash":
        return v == final
    want = Fr(final)
    toks = tokenize(normalise(v))
    vals = []
    for i in range(len(toks)):
        for j in range(len(toks), i, -1):
            p = try_parse(toks[i:j])
            if p:
                vals.append(p[0])
                break
    for t in toks:
        if t[0] == "N":
            vals.append(t[1])
            if t[2] == "pct":
                vals.append(t[1] * 100)
    return want in vals


ANSWER_MARKERS = ("####", "Final Answer", "final answer", "Answer:", "**Answer", "The answer is", "answer is")


def check_group(rows):
    by = {r["variant"]: r for r in rows}
    need(sorted(by) == ["carry", "correct", "loop", "slip"], "variants %s" % sorted(by))
    c = by["correct"]
    for r in rows:
        for k in ("template", "style", "problem"):
            need(r[k] == c[k], "variants disagree on %s" % k)
        need("\x02" not in r["solution"] and "\x03" not in r["solution"], "marker left")
    ctext = c["solution"]
    clines = ctext.split("\n")

    # correct: every equality exact, answer matches
    neq = 0
    for ln in clines:
        for l, r in equalities(ln):
            neq += 1
            need(l == r, "correct row has a wrong equality: %r" % ln)
    need(neq >= 2, "too few equalities found in correct row (%d)" % neq)
    need(isinstance(c["final"], str) and re.fullmatch(r"\d+(\.\d+)?", c["final"]), "bad final %r" % c["final"])
    need(final_matches(ctext, c["final"]), "final answer not in last line")
    nlast = final_from_text(ctext)
    if nlast[0] == "hash":
        need(clines[-1].startswith("#### "), "#### not last line")

    # slip
    s = by["slip"]
    st = s["solution"]
    check_span(st, s["span"])
    slines = st.split("\n")
    need(len(slines) == len(clines), "slip changes the number of lines")
    li = line_index(st, s["span"][0])
    diff = [i for i in range(len(clines)) if clines[i] != slines[i]]
    need(diff == [li], "slip differs on lines %s, span line %d" % (diff, li))
    bad = [(l, r) for l, r in equalities(slines[li]) if l != r]
    need(len(bad) == 1, "slip line should hold exactly one false equality: %r" % slines[li])
    need(bad[0][0] == value_of(s["right"]) and bad[0][1] == value_of(s["wrong"]), "slip wrong/right mismatch")
    need(s["final"] == c["final"], "slip final changed")
    need(final_matches(st, s["final"]), "slip final not in text")
    later = [ln for ln in slines[li + 1:] if any(True for _ in equalities(ln))]
    need(later, "slip is on the last computation")
    need(s["kind"] and isinstance(s["step"], int) and s["step"] >= 1, "slip metadata")

    # carry
    k = by["carry"]
    kt = k["solution"]
    check_span(kt, k["span"])
    need(kt[:k["span"][0]] == ctext[:k["span"][0]], "carry prefix differs from correct row")
    klines = kt.split("\n")
    li = line_index(kt, k["span"][0])
    bad = [(l, r) for l, r in equalities(klines[li]) if l != r]
    need(len(bad) == 1, "carry line should hold exactly one false equality: %r" % klines[li])
    need(bad[0][0] == value_of(k["right"]) and bad[0][1] == value_of(k["wrong"]), "carry wrong/right mismatch")
    for j, ln in enumerate(klines):
        if j == li:
            continue
        for l, r in equalities(ln):
            need(l == r, "carry row has another wrong equality: %r" % ln)
    need(k["correct_final"] == c["final"], "carry correct_final")
    need(k["final"] != c["final"], "carry final unchanged")
    need(re.fullmatch(r"\d+(\.\d+)?", k["final"]), "carry final format")
    need(final_matches(kt, k["final"]), "carry final not in text")
    if nlast[0] == "hash":
        need(klines[-1] == "#### " + k["final"], "carry #### line")

    # loop
    L = by["loop"]
    lt = L["solution"]
    check_span(lt, L["span"])
    need(L["final"] is None, "loop final must be null")
    a = L["span"][0]
    need(lt[:a] == ctext[:a], "loop prefix differs from correct row")
    need(any(True for ln in ctext[a:].split("\n") for _ in equalities(ln)), "loop starts after the last computation")
    p = L["period_lines"]
    head_lines = lt[:a].split("\n")[:-1]
    need(len(head_lines) >= p, "period longer than prefix")
    block = "\n".join(head_lines[-p:]) + "\n"
    need(lt[:a].endswith(block), "block mismatch")
    rest = lt[a:]
    exp = block * L["repeats"]
    need(15 <= L["repeats"] <= 25, "repeats out of range")
    if rest == exp.rstrip("\n"):
        cut = ""
    else:
        need(rest.startswith(exp), "repeated block mismatch")
        cut = rest[len(exp):]
        first = block.split("\n")[0]
        need(cut and first.startswith(cut) and not re.search(r"\d", cut) and "\n" not in cut, "bad cut-off tail %r" % cut)
    for m in ANSWER_MARKERS:
        need(m not in lt, "loop row has an answer marker %r" % m)
    for ln in lt.split("\n"):
        for l, r in equalities(ln):
            need(l == r, "loop row has a wrong equality: %r" % ln)
    return cut != ""


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln))
    groups = defaultdict(list)
    order = []
    for r in rows:
        if r["pid"] not in groups:
            order.append(r["pid"])
        groups[r["pid"]].append(r)
    fails = []
    cuts = 0
    for pid in order:
        try:
            cuts += bool(check_group(groups[pid]))
        except Fail as e:
            fails.append((pid, str(e)))
        except Exception as e:  # parser crash etc.
            fails.append((pid, "crash: %r" % e))
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    hash_styles = sorted(set(r["style"] for r in rows if r["variant"] == "correct" and r["solution"].split("\n")[-1].startswith("#### ")))
    templates = len(set(r["template"] for r in rows))
    print("rows %d, problems %d, templates %d, styles %d" % (len(rows), len(order), templates, len(styles)))
    print("style counts:", dict(sorted(styles.items())))
    print("styles ending with ####: %d of %d" % (len(hash_styles), len(styles)))
    print("loop rows with a cut-off tail: %d of %d" % (cuts, len(order)))
    ok = True
    if fails:
        ok = False
        for pid, msg in fails[:40]:
            print("FAIL", pid, msg)
        print("%d problems failed" % len(fails))
    if len(styles) < 8 or max(styles.values()) - min(styles.values()) > max(3, len(order) // 50):
        ok = False
        print("FAIL style spread")
    if not (550 <= len(order) <= 800):
        ok = False
        print("FAIL problem count")
    print("PASS" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
