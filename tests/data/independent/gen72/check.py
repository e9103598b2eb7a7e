#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).
Re-reads every rendered computation it can parse (A op B = C chains, worded operators,
LaTeX, unicode fractions, remainders, ≈ roundings, percents) and asserts the row contracts.
Usage: python3 check.py [set.jsonl]"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
UNI = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅛": "1/8", "⅜": "3/8",
       "⅝": "5/8", "⅞": "7/8", "⅙": "1/6", "⅚": "5/6"}


def normalize(s):
    s = s.replace("**", "").replace("`", "")
    s = s.replace("{,}", ",")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"(\d)\s*\\[td]?frac\{(\d+)\}\{(\d+)\}", r"\1 \2/\3", s)
    s = re.sub(r"\\[td]?frac\{(\d+)\}\{(\d+)\}", r"\1/\2", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    for a, b in (("\\times", " × "), ("\\div", " ÷ "), ("\\cdot", " · "), ("\\approx", " ≈ "),
                 ("\\$", "$"), ("\\%", "%"), ("{,}", ","), ("\\,", " "), ("\\quad", " ")):
        s = s.replace(a, b)
    s = s.replace("{", " ").replace("}", " ")
    for u, fr in UNI.items():
        s = re.sub(r"(\d)" + u, r"\1 " + fr, s)
        s = s.replace(u, fr)
    s = s.replace("−", "-")
    for w, o in ((" divided by ", " ÷ "), (" multiplied by ", " × "), (" times ", " × "),
                 (" plus ", " + "), (" minus ", " - ")):
        s = s.replace(w, o)
    return s


TOK = re.compile(r"""
 (?P<mixed>\$?\d+\ \d+/\d+(?![\d/]))
|(?P<frac>\$?\d+/\d+(?![\d/]))
|(?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)
|(?P<rel>=|≈)
|(?P<op>[+×÷·*/-])
|(?P<lp>\()|(?P<rp>\))
|(?P<word>[A-Za-z][A-Za-z'/.-]*[A-Za-z]|[A-Za-z])
|(?P<sp>\s+)
|(?P<other>.)""", re.X)

OPWORDS = {"x": "×", "of": "×"}
REMWORDS = ("R", "r", "remainder")


def numval(txt):
    pct = txt.endswith("%")
    money = txt.startswith("$")
    t = txt.strip("$%").replace(",", "")
    if " " in t:
        w, fr = t.split(" ")
        a, b = fr.split("/")
        v = int(w) + F(int(a), int(b))
    elif "/" in t:
        a, b = t.split("/")
        v = F(int(a), int(b))
    else:
        v = F(t)
    places = len(t.split(".")[1]) if "." in t else 0
    return v, pct, money, places


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "sp":
            continue
        if k in ("mixed", "frac", "num"):
            v, pct, money, places = numval(t)
            out.append(["NUM", v, pct, money, places, [], m.start(), m.end()])
        elif k == "word":
            if t in OPWORDS:
                out.append(["OP", OPWORDS[t], m.start()])
            elif t == "is":
                out.append(["REL", "=", m.start()])
            else:
                out.append(["WORD", t, m.start()])
        elif k == "rel":
            out.append(["REL", t, m.start()])
        elif k == "op":
            out.append(["OP", t, m.start()])
        elif k == "lp":
            out.append(["LP", t, m.start()])
        elif k == "rp":
            out.append(["RP", t, m.start()])
        else:
            out.append(["PUNCT", t, m.start()])
    # attach unit words (max 2) to numbers; R/remainder kept as words
    res = []
    for tk in out:
        if tk[0] == "WORD" and res and res[-1][0] in ("NUM", "UNIT") and tk[1] not in REMWORDS:
            prev = res[-1]
            n = prev if prev[0] == "NUM" else prev[2]
            if len(n[5]) < 2:
                n[5].append(tk[1])
                res.append(["UNIT", tk[1], n])
                continue
        res.append(tk)
    return [t for t in res if t[0] != "UNIT"]


def sing(u):
    u = u.lower()
    for a, b in (("ies", "y"), ("es", ""), ("s", "")):
        if u.endswith(a) and len(u) > 3 and u not in ("tbsp",):
            if a == "es" and not u.endswith(("ches", "shes", "xes")):
                continue
            return u[: -len(a)] + b
    return u


def unit_of(n):
    if n[3]:
        return "$"
    return " ".join(sing(u) for u in n[5]) if n[5] else None


class Bad(Exception):
    pass


def parse_expr(toks):
    """toks: NUM/OP/LP/RP. Returns (value, has_op)."""
    pos = [0]
    has_op = [False]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise Bad()
        pos[0] += 1
        if t[0] == "LP":
            v = expr()
            if peek() is None or peek()[0] != "RP":
                raise Bad()
            pos[0] += 1
            return v
        if t[0] == "OP" and t[1] == "-":
            has_op[0] = True
            return -atom()
        if t[0] != "NUM":
            raise Bad()
        return t[1]

    def term():
        v = atom()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "×÷·*/":
            op = peek()[1]
            pos[0] += 1
            has_op[0] = True
            w = atom()
            if op in "÷/":
                if w == 0:
                    raise Bad()
                v = v / w
            else:
                v = v * w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "+-":
            op = peek()[1]
            pos[0] += 1
            has_op[0] = True
            w = term()
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise Bad()
    return v, has_op[0]


EXPR_KINDS = ("NUM", "OP", "LP", "RP")


def pct_adjust(toks):
    # a number with % inside an expression means p/100
    out = []
    for t in toks:
        if t[0] == "NUM" and t[2]:
            t = list(t)
            t[1] = t[1] / 100
        out.append(t)
    return out


def lhs_of(toks, i):
    j = i
    while j > 0 and toks[j - 1][0] in EXPR_KINDS:
        j -= 1
    seg = toks[j:i]
    # trim leading ops / unmatched parens
    while seg and (seg[0][0] == "OP" and seg[0][1] != "-" or seg[0][0] == "RP"):
        seg = seg[1:]
    if seg and seg[0][0] == "OP" and seg[0][1] == "-" and len(seg) > 1 and j > 0 and toks[j - 1][0] == "WORD":
        seg = seg[1:]
    depth = 0
    start = 0
    for k, t in enumerate(seg):
        if t[0] == "LP":
            depth += 1
        elif t[0] == "RP":
            depth -= 1
            if depth < 0:
                return None
    # drop unmatched leading '('
    while depth > 0 and seg and seg[0][0] == "LP":
        seg = seg[1:]
        depth -= 1
        start += 1
    if depth != 0 or not seg:
        return None
    return seg


def rhs_of(toks, i):
    seg = []
    k = i + 1
    if k < len(toks) and toks[k][0] == "NUM" and k + 2 < len(toks) and toks[k + 1][0] == "WORD" \
            and toks[k + 1][1] in REMWORDS and toks[k + 2][0] == "NUM":
        return ("rem", toks[k], toks[k + 2])
    while k < len(toks) and toks[k][0] in EXPR_KINDS:
        seg.append(toks[k])
        k += 1
    while seg and seg[-1][0] in ("OP", "LP"):
        seg = seg[:-1]
    # cut at the first unmatched ')'
    depth = 0
    for n, t in enumerate(seg):
        if t[0] == "LP":
            depth += 1
        elif t[0] == "RP":
            depth -= 1
            if depth < 0:
                seg = seg[:n]
                break
    while seg and seg[-1][0] in ("OP", "LP"):
        seg = seg[:-1]
    if depth > 0:
        return None
    return ("expr", seg) if seg else None


def check_line(line):
    """Return list of (ok, pos, detail) for every computation relation this checker can read."""
    s = normalize(line)
    toks = tokenize(s)
    results = []
    for i, t in enumerate(toks):
        if t[0] != "REL":
            continue
        lhs = lhs_of(toks, i)
        rhs = rhs_of(toks, i)
        if not lhs or not rhs:
            continue
        try:
            L, has_op = parse_expr(pct_adjust(lhs))
        except Bad:
            continue
        nums = [x for x in lhs if x[0] == "NUM"]
        if rhs[0] == "rem":
            if not (len(lhs) == 3 and lhs[1][0] == "OP" and lhs[1][1] in "÷/"):
                continue
            a, b = lhs[0][1], lhs[2][1]
            q, r = rhs[1][1], rhs[2][1]
            ok = a.denominator == 1 and b.denominator == 1 and q == a.numerator // b.numerator and r == a.numerator % b.numerator
            results.append((ok, t[2], "%s rem" % line.strip()[:60]))
            continue
        rseg = rhs[1]
        try:
            R, r_op = parse_expr(pct_adjust(rseg))
        except Bad:
            continue
        is_word = t[1] == "=" and s[t[2]:t[2] + 2] == "is"
        if not has_op:
            if is_word or len(nums) != 1:
                continue
            # single-number LHS: only a restatement (chain) of the same quantity
            if len([x for x in rseg if x[0] == "NUM"]) != 1:
                continue
            ul, ur = unit_of(nums[0]), unit_of(rseg[0])
            if ul and ur and ul != ur:
                continue
            if rseg[0][0] != "NUM":
                continue
        rnum = [x for x in rseg if x[0] == "NUM"]
        if t[1] == "≈":
            places = rnum[-1][4]
            ok = abs(L - R) <= F(1, 2 * 10 ** places) + F(1, 10 ** 12)
        else:
            ok = L == R
            if not ok and len(rnum) == 1 and rnum[0][2] and not any(x[2] for x in nums):
                ok = L == rnum[0][1] or L == rnum[0][1] / 100
        results.append((ok, t[2], s.strip()[:80]))
    return results


def check_text(text):
    out = []
    off = 0
    for line in text.split("\n"):
        for ok, pos, det in check_line(line):
            out.append((ok, off, off + len(line), det))
        off += len(line) + 1
    return out


def final_of(text):
    lines = text.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("#### "):
        return lines[-1][5:].strip()
    return None


def same_num(a, b):
    try:
        return F(a.replace(",", "")) == F(b.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    byp = defaultdict(dict)
    nchecked = Counter()
    for r in rows:
        v = r["variant"]
        ks = list(r.keys())
        exp = KEYS + (["span", "wrong", "right", "step", "kind"] if v in ("slip", "carry") else
                      (["span", "repeats"] if v == "loop" else []))
        if ks != exp:
            errs.append((r["pid"], v, "keys %s" % ks))
            continue
        if v in byp[r["pid"]]:
            errs.append((r["pid"], v, "duplicate variant"))
        byp[r["pid"]][v] = r
        text = r["solution"]
        res = check_text(text)
        nchecked[v] += len(res)
        bad = [x for x in res if not x[0]]
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation in correct row: %s" % bad[0][3]))
            if not res:
                errs.append((r["pid"], v, "no readable computation"))
            if final_of(text) != r["final"]:
                errs.append((r["pid"], v, "final mismatch %r" % final_of(text)))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if len(bad) != 1:
                errs.append((r["pid"], v, "expected exactly one wrong computation, got %d: %s" % (len(bad), [x[3] for x in bad])))
            elif not (bad[0][1] == a and bad[0][2] == b):
                errs.append((r["pid"], v, "fault not at span"))
            if r["wrong"] not in text[a:b] or r["wrong"] == r["right"]:
                errs.append((r["pid"], v, "wrong value not in span line"))
            if "\n" in text[a:b]:
                errs.append((r["pid"], v, "span not one line"))
            f = final_of(text)
            if v == "slip" and f != r["final"]:
                errs.append((r["pid"], v, "slip final changed"))
            if v == "carry" and (f is None or same_num(f, r["final"])):
                errs.append((r["pid"], v, "carry final not changed"))
        elif v == "loop":
            if "####" in text:
                errs.append((r["pid"], v, "loop has ####"))
            a, b = r["span"]
            unit = text[a:b]
            n = r["repeats"]
            if not (8 <= n <= 30) or not unit.strip():
                errs.append((r["pid"], v, "bad repeats/unit"))
            first = a - len(unit) - 1
            blk = (unit + "\n") * n
            if first < 0 or not (text[first:first + len(blk)] == blk or text[first:] == blk[:-1]):
                errs.append((r["pid"], v, "repeated block not found %d times" % n))
            if bad:
                errs.append((r["pid"], v, "wrong computation inside loop row"))
        else:
            errs.append((r["pid"], v, "unknown variant"))
    for pid, d in byp.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "-", "variants %s" % sorted(d)))
            continue
        c = d["correct"]["solution"]
        for v in ("slip", "carry"):
            a = d[v]["span"][0]
            if d[v]["solution"][:a] != c[:a]:
                errs.append((pid, v, "text before the fault differs from correct row"))
        if d["slip"]["final"] != d["correct"]["final"]:
            errs.append((pid, "slip", "gold final differs"))
        la = d["loop"]["span"][0]
        ln = d["loop"]["span"][1] - la
        if not c.startswith(d["loop"]["solution"][:la - ln - 1]):
            errs.append((pid, "loop", "loop prefix is not the correct solution"))
    print("rows:", len(rows), dict(Counter(r["variant"] for r in rows)))
    print("computations re-checked:", dict(nchecked))
    if errs:
        for e in errs[:40]:
            print("FAIL", *e)
        print("%d problems" % len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
