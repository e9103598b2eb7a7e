#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

It re-reads every solution from its text, extracts the written computations
(arithmetic chains, remainder notation, ceiling/floor brackets, rounding
phrases, "goes into" statements, GSM8K <<...>> annotations, estimates with
"≈") and verifies them, then verifies the variant labels.

    python3 check.py [set.jsonl]      -> prints PASS and exits 0 when all good
"""
import json
import math
import re
import sys
from collections import defaultdict
from fractions import Fraction as F

WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
WORDNUM["once"] = 1
WORDNUM["twice"] = 2

PLACES = {"ten": F(10), "tens": F(10), "10": F(10), "hundred": F(100), "hundreds": F(100), "100": F(100),
          "thousand": F(1000), "thousands": F(1000), "1000": F(1000), "1,000": F(1000),
          "whole number": F(1), "whole": F(1), "dollar": F(1), "one": F(1), "cent": F(1, 100),
          "penny": F(1, 100), "tenth": F(1, 10), "hundredth": F(1, 100)}
PLACE_RE = re.compile(r"nearest (whole number|whole|ten|hundred|thousand|1,000|1000|100|10|dollar|cent|penny|"
                      r"tenth|hundredth)s?\b")

NUM = r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?"
NUM_RE = re.compile(NUM)


def numval(s):
    s = s.replace("$", "").replace(",", "")
    return F(s)


def decimals(s):
    s = s.replace("$", "").replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def rnd(x, unit, mode):
    q = x / unit
    if mode == "up":
        return math.ceil(q) * unit
    if mode == "down":
        return math.floor(q) * unit
    return math.floor(q + F(1, 2)) * unit


class CheckError(Exception):
    pass


# --------------------------------------------------------------- normalising

def normalize(line):
    s = line
    s = s.replace("**", "")
    s = re.sub(r"^\s*(?:[-*•]\s+|\d+[.)]\s+)", " ", s)
    s = s.replace("\\$", "$").replace("{,}", ",")
    s = s.replace("\\left", "").replace("\\right", "")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    rep = [("\\lceil", "⌈"), ("\\rceil", "⌉"), ("\\lfloor", "⌊"), ("\\rfloor", "⌋"),
           ("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"), ("\\approx", "≈"), ("\\geq", "≥"),
           ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"), ("\\quad", " "), ("\\,", " "), ("\\;", " "),
           ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\to", "→"), ("\\rightarrow", "→")]
    for a, b in rep:
        s = s.replace(a, b)
    # math-mode dollar delimiters (a "$" not followed by a digit)
    s = re.sub(r"\$(?!\d)", " ", s)
    # remainder notations -> " R "
    s = re.sub(r"(\d)\s+with a remainder of\s+(\$?\d)", r"\1 R \2", s)
    s = re.sub(r"(\d),?\s+remainder\s+(\$?\d)", r"\1 R \2", s)
    s = re.sub(r"(\d)\s+with\s+(\$?\d[\d,.]*)\s+left over", r"\1 R \2", s)
    s = re.sub(r"(\d)\s*\b[Rr]\s*(\$?\d)", r"\1 R \2", s)
    s = re.sub(r"(\d)\s*[Rr](\d)", r"\1 R \2", s)
    return s


TOK_RE = re.compile(r"""
    (?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?)(?P<trunc>\.\.\.)?
  | (?P<rem>\bR\b)
  | (?P<op>[+\-−×*÷/·])
  | (?P<rel>[=≈<>≤≥])
  | (?P<lp>[(⌈⌊])
  | (?P<rp>[)⌉⌋])
  | (?P<arrow>→|⇒)
  | (?P<word>[A-Za-z][A-Za-z'’]*)
  | (?P<punct>[,;:.!?—–])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.X)


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        if k == "trunc":
            k = "num"
        if k == "space":
            continue
        if m.group("num") is not None:
            toks.append(("num", m.group("num"), m.group("trunc") is not None, m.start()))
        elif k == "other":
            toks.append(("other", m.group(0), False, m.start()))
        else:
            toks.append((k, m.group(0), False, m.start()))
    # standalone x between numbers is multiplication
    out = []
    for i, t in enumerate(toks):
        if t[0] == "word" and t[1] == "x" and 0 < i < len(toks) - 1 and toks[i - 1][0] in ("num", "rp") \
                and toks[i + 1][0] in ("num", "lp"):
            out.append(("op", "×", False, t[3]))
        else:
            out.append(t)
    return out


# --------------------------------------------------------------- expressions

class Expr:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)


def parse_expr(toks):
    """Parse a token list into an Expr.  Raises CheckError."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = peek()
        if t is None:
            raise CheckError("unexpected end")
        if t[0] == "num":
            take()
            v = numval(t[1])
            e = Expr("num", v=v, text=t[1], trunc=t[2], dec=decimals(t[1]))
            nt = peek()
            if nt is not None and nt[0] == "rem":
                take()
                r = peek()
                if r is None or r[0] != "num":
                    raise CheckError("bad remainder")
                take()
                return Expr("rem", q=v, r=numval(r[1]))
            return e
        if t[0] == "lp":
            take()
            inner = add()
            close = {"(": ")", "⌈": "⌉", "⌊": "⌋"}[t[1]]
            c = peek()
            if c is None or c[1] != close:
                raise CheckError("unbalanced bracket")
            take()
            if t[1] == "(":
                return inner
            return Expr("ceil" if t[1] == "⌈" else "floor", a=inner)
        raise CheckError("unexpected token %r" % (t[1],))

    def mul():
        e = atom()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "×*÷/·":
            op = take()[1]
            b = atom()
            e = Expr("bin", op="*" if op in "×*·" else "/", a=e, b=b)
        return e

    def add():
        e = mul()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "+-−":
            op = take()[1]
            b = mul()
            e = Expr("bin", op="+" if op == "+" else "-", a=e, b=b)
        return e

    e = add()
    if pos[0] != len(toks):
        raise CheckError("trailing tokens %r" % ([t[1] for t in toks[pos[0]:]],))
    return e


def value(e):
    if e.kind == "num":
        return e.v
    if e.kind == "rem":
        raise CheckError("remainder inside expression")
    if e.kind == "ceil":
        return F(math.ceil(value(e.a)))
    if e.kind == "floor":
        return F(math.floor(value(e.a)))
    a, b = value(e.a), value(e.b)
    if e.op == "+":
        return a + b
    if e.op == "-":
        return a - b
    if e.op == "*":
        return a * b
    if b == 0:
        raise CheckError("division by zero")
    return a / b


def has_div(e):
    if e.kind == "bin":
        return e.op == "/" or has_div(e.a) or has_div(e.b)
    if e.kind in ("ceil", "floor"):
        return has_div(e.a)
    return False


def same_shape_rounded(a, b, unit):
    """b is a with every number rounded (nearest) – estimation."""
    if a.kind == "num" and b.kind == "num":
        if a.v == b.v:
            return True
        if unit is not None:
            return rnd(a.v, unit, "nearest") == b.v
        for k in range(0, 5):
            if rnd(a.v, F(10) ** k, "nearest") == b.v:
                return True
        return False
    if a.kind == "bin" and b.kind == "bin" and a.op == b.op:
        return same_shape_rounded(a.a, b.a, unit) and same_shape_rounded(a.b, b.b, unit)
    return False


# --------------------------------------------------------------- line checker

class Ctx:
    def __init__(self, problem):
        self.place = None
        m = PLACE_RE.search(problem)
        if m:
            self.place = PLACES[m.group(1)]
        self.last_div = None
        self.last_val = None


def split_chains(toks):
    """Split tokens into chains: list of (exprs, rels)."""
    chains = []
    cur_exprs, cur_rels, cur = [], [], []

    def flush():
        nonlocal cur_exprs, cur_rels, cur
        cur_exprs.append(cur)
        if cur_rels:
            chains.append((cur_exprs, cur_rels))
        cur_exprs, cur_rels, cur = [], [], []

    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        k = t[0]
        if k in ("num", "op", "lp", "rp", "rem"):
            cur.append(t)
        elif k == "rel":
            cur_exprs.append(cur)
            cur_rels.append(t[1])
            cur = []
        elif k == "word":
            # unit words between a number and an operator are skipped
            j = i
            while j < n and toks[j][0] == "word":
                j += 1
            if cur and cur[-1][0] in ("num", "rp") and j < n and toks[j][0] == "op":
                i = j
                continue
            if cur or cur_rels:
                flush()
            else:
                cur = []
        elif k == "other" and t[1] in "✓✔":
            if cur or cur_rels:
                flush()
        else:
            if cur or cur_rels:
                flush()
            else:
                cur = []
        i += 1
    if cur or cur_rels:
        flush()
    return chains


def line_place(s):
    m = PLACE_RE.search(s)
    return PLACES[m.group(1)] if m else None


def check_rounding(x, y, mode, unit, ydec):
    if unit is None:
        if mode in ("up", "down"):
            unit = F(1, 10 ** ydec) if ydec else F(1)
        else:
            unit = F(1, 10 ** ydec) if ydec else F(1)
    return rnd(x, unit, mode) == y


def check_line(raw, ctx):
    """Return (n_claims, list_of_failures, list_of_unparsed)."""
    fails = []
    unparsed = []
    n = 0
    s = raw
    # GSM8K calculator annotations
    for m in re.finditer(r"<<([^<>]*)>>", s):
        inner = m.group(1)
        if "=" not in inner:
            unparsed.append(inner)
            continue
        lhs, rhs = inner.rsplit("=", 1)
        try:
            a = value(parse_expr(tokenize(normalize(lhs))))
            b = numval(rhs.strip())
            n += 1
            if a != b:
                fails.append("annotation %s" % inner)
        except (CheckError, ValueError, ZeroDivisionError) as ex:
            unparsed.append("annotation %s (%s)" % (inner, ex))
    s = re.sub(r"<<[^<>]*>>", "", s)
    s = normalize(s)
    lplace = line_place(s)
    if lplace is not None:
        ctx.place = lplace
    place = ctx.place
    lower = s.lower()
    has_round_word = "round" in lower or "nearest" in lower

    # ---------------------------------------------------------- rounding phrases with explicit X
    consumed = []

    consumed_full = []

    def mark(m):
        a = m.end("x") if "x" in m.re.groupindex else m.start()
        consumed.append((a, m.end()))
        consumed_full.append((m.start(), m.end()))

    def mode_of(text):
        t = text.lower()
        if re.search(r"\bup\b", t):
            return "up"
        if re.search(r"\bdown\b", t):
            return "down"
        return "nearest"

    def unit_for(text, mode, y):
        u = line_place(text)
        if u is None:
            u = lplace
        if u is None and mode == "nearest":
            u = place
        if u is None:
            u = F(1, 10 ** decimals(y)) if decimals(y) else F(1)
        return u

    phrase_res = []
    pats = [
        re.compile(r"(?P<x>%s)(?P<tr>\.\.\.)?\s+rounds?\s+(?P<dir>(?:up|down)\s+)?to\s+(?:the nearest [a-z ]+?\s+)?(?P<y>%s)" % (NUM, NUM)),
        re.compile(r"[Rr]ound(?:ing)?\s+(?P<x>%s)(?P<tr>\.\.\.)?\s+(?P<dir>up|down)\s+(?:to|gives)\s+(?P<y>%s)" % (NUM, NUM)),
        re.compile(r"(?P<x>%s)(?P<tr>\.\.\.)?\s+rounded\s+(?P<dir>up|down)?\s*(?:to the nearest (?P<pl>[a-z ]+?)\s+)?is\s+(?P<y>%s)" % (NUM, NUM)),
        re.compile(r"(?P<x>%s)(?P<tr>\.\.\.)?\s+is closer to\s+(?P<y>%s)" % (NUM, NUM)),
        re.compile(r"(?P<x>%s)(?P<tr>\.\.\.)?\s+becomes\s+(?P<y>%s)" % (NUM, NUM)),
    ]
    for p in pats:
        for m in p.finditer(s):
            mode = mode_of(m.group("dir") or "") if "dir" in p.groupindex else "nearest"
            if p.pattern.find("becomes") >= 0:
                mode = mode_of(s[:m.start()])
            x = numval(m.group("x"))
            if m.group("tr"):
                x += F(1, 10 ** (decimals(m.group("x")) + 3))
            y = numval(m.group("y"))
            unit = unit_for(m.group(0), mode, m.group("y"))
            phrase_res.append(("round %s %s" % (m.group("x"), m.group("y")), rnd(x, unit, mode) == y))
            mark(m)

    def masked(text, full=False):
        out = list(text)
        for a, b in (consumed_full if full else consumed):
            for i in range(a, b):
                out[i] = " "
        return "".join(out)

    # arrows X -> Y
    sm = masked(s)
    pair_line = re.fullmatch(r"[\s\-*•]*(?:nearest \d+:\s*)?(?:(?:%s)\s*→\s*(?:%s)[\s,;]*)+" % (NUM, NUM),
                             sm.strip()) is not None
    if has_round_word or pair_line:
        for m in re.finditer(r"(?P<x>%s)(?P<tr>\.\.\.)?\s*→\s*(?P<y>%s)" % (NUM, NUM), sm):
            mode = mode_of(s) if has_round_word else "nearest"
            x = numval(m.group("x"))
            if m.group("tr"):
                x += F(1, 10 ** (decimals(m.group("x")) + 3))
            y = numval(m.group("y"))
            unit = lplace if lplace is not None else (place if mode == "nearest" else None)
            if unit is None:
                unit = F(1, 10 ** decimals(m.group("y"))) if decimals(m.group("y")) else F(1)
            phrase_res.append(("arrow %s %s" % (m.group("x"), m.group("y")), rnd(x, unit, mode) == y))
            mark(m)

    # "goes into"
    for m in re.finditer(r"(?P<d>%s) goes into (?P<n>%s) (?P<q>\d+|[a-z]+) times?" % (NUM, NUM), s):
        d, nn = numval(m.group("d")), numval(m.group("n"))
        qt = m.group("q")
        q = F(int(qt)) if qt.isdigit() else (F(WORDNUM[qt]) if qt in WORDNUM else None)
        if q is None:
            unparsed.append(m.group(0))
            continue
        phrase_res.append(("goes into %s" % m.group(0), q == math.floor(nn / d)))
        ctx.last_div = nn / d
        mark(m)

    # ---------------------------------------------------------- chains
    sm = masked(s)
    toks = tokenize(sm)
    for exprs, rels in split_chains(toks):
        parsed = []
        for ex in exprs:
            if not ex:
                parsed.append(None)
                continue
            try:
                parsed.append(parse_expr(ex))
            except CheckError as err:
                unparsed.append("%s (%s)" % (" ".join(t[1] for t in ex), err))
                parsed.append("bad")
        div_chain = any(isinstance(p, Expr) and has_div(p) for p in parsed)
        for i, rel in enumerate(rels):
            a, b = parsed[i], parsed[i + 1]
            if a == "bad" or b == "bad":
                continue
            if b is None:
                if a is not None:
                    unparsed.append("dangling %s" % rel)
                continue
            if a is None:
                continue
            n += 1
            ok = True
            desc = "%s %s ..." % (rel, i)
            try:
                if b.kind == "rem":
                    if not (a.kind == "bin" and a.op == "/"):
                        raise CheckError("remainder result without division")
                    nv, dv = value(a.a), value(a.b)
                    ok = b.q * dv + b.r == nv
                    ctx.last_div = b.q + b.r / dv
                    ctx.last_val = ctx.last_div
                    desc = "remainder"
                elif a.kind == "rem":
                    raise CheckError("remainder on the left")
                elif rel == "=":
                    va, vb = value(a), value(b)
                    if b.kind == "num" and b.trunc:
                        k = b.dec
                        ok = F(math.floor(va * 10 ** k), 10 ** k) == vb
                    else:
                        ok = va == vb
                    ctx.last_val = vb
                    if div_chain:
                        ctx.last_div = vb if not (b.kind == "num" and b.trunc) else va
                elif rel == "≈":
                    if b.kind == "num":
                        va, vb = value(a), value(b)
                        if a.kind == "num" and place is not None:
                            ok = rnd(va, place, "nearest") == vb
                        elif b.dec > 0 or va.denominator != 1:
                            unit = F(1, 10 ** b.dec)
                            ok = rnd(va, unit, "nearest") == vb
                        elif a.kind == "num":
                            if place is not None:
                                ok = rnd(va, place, "nearest") == vb
                            else:
                                ok = any(rnd(va, F(10) ** k, "nearest") == vb for k in range(1, 5))
                        else:
                            ok = any(rnd(va, F(10) ** k, "nearest") == vb for k in range(0, 5))
                        ctx.last_val = vb
                        if div_chain:
                            ctx.last_div = vb
                    else:
                        ok = same_shape_rounded(a, b, place)
                elif rel in "<>≤≥":
                    va, vb = value(a), value(b)
                    ok = {"<": va < vb, ">": va > vb, "≤": va <= vb, "≥": va >= vb}[rel]
            except CheckError as err:
                unparsed.append("%s (%s)" % (desc, err))
                continue
            if not ok:
                fails.append("chain: %s" % sm.strip())

    # ---------------------------------------------------------- rounding phrases without X
    sm2 = masked(s, full=True)
    for m in re.finditer(r"\b[Rr]ound(?:s|ed|ing)?\b(?P<mid>[^0-9$=≈]*?)(?P<y>%s)(?![\d,.]*\d)(?!\s*[+\-−×*÷/=≈<>]|\.\.\.)" % NUM, sm2):
        mid = m.group("mid")
        if not mid.strip() and re.match(r"\s+(?:up\b|down\b|to the nearest)", sm2[m.end():]):
            continue  # "Rounding X up to ..." names the value being rounded
        if re.search(r"[.!?]\s", mid):
            continue
        mode = mode_of(mid)
        x = ctx.last_div if ctx.last_div is not None else ctx.last_val
        if x is None:
            unparsed.append("rounding without a value: %s" % m.group(0))
            continue
        y = numval(m.group("y"))
        unit = line_place(mid)
        if unit is None and mode == "nearest":
            unit = lplace if lplace is not None else place
        if unit is None:
            unit = F(1, 10 ** decimals(m.group("y"))) if decimals(m.group("y")) else F(1)
        phrase_res.append(("round* %s" % m.group(0), rnd(x, unit, mode) == y))

    for desc, ok in phrase_res:
        n += 1
        if not ok:
            fails.append(desc)
    return n, fails, unparsed


def check_solution(problem, text, style):
    ctx = Ctx(problem)
    out = []
    for i, line in enumerate(text.split("\n")):
        if line.startswith("####"):
            out.append((0, [], []))
            continue
        out.append(check_line(line, ctx))
    return out


# --------------------------------------------------------------- label checks

NUMTOK = re.compile(r"(\$?\d{1,3}(?:(?:,|\{,\})\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?|\b(?:%s)\b)" %
                    "|".join(sorted(WORDNUM, key=len, reverse=True)))


def numtokens(line):
    parts = NUMTOK.split(line)
    text = parts[0::2]
    nums = parts[1::2]
    vals = []
    for t in nums:
        if t in WORDNUM:
            vals.append(F(WORDNUM[t]))
        else:
            vals.append(numval(t.replace("{,}", ",")))
    return text, vals


def line_spans(text):
    spans = []
    pos = 0
    for ln in text.split("\n"):
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return spans


def answer_number(lines):
    for ln in reversed(lines):
        if ln.startswith("#### "):
            return ln[5:].strip(), True
    return None, False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    groups = defaultdict(dict)
    for r in rows:
        for k in ("pid", "template", "style", "problem", "variant", "solution", "final"):
            if k not in r:
                errors.append("%s: missing %s" % (r.get("pid"), k))
        if r["variant"] in groups[r["pid"]]:
            errors.append("%s: duplicate variant %s" % (r["pid"], r["variant"]))
        groups[r["pid"]][r["variant"]] = r

    stats = defaultdict(int)
    for pid, g in groups.items():
        if set(g) != {"correct", "slip", "carry", "loop"}:
            errors.append("%s: variants %s" % (pid, sorted(g)))
            continue
        c = g["correct"]
        for v in g.values():
            for k in ("template", "style", "problem"):
                if v[k] != c[k]:
                    errors.append("%s: %s differs across variants" % (pid, k))
        clines = c["solution"].split("\n")
        cres = check_solution(c["problem"], c["solution"], c["style"])
        nclaims = sum(x[0] for x in cres)
        stats["claims"] += nclaims
        if nclaims < 2:
            errors.append("%s: only %d checkable computations" % (pid, nclaims))
        for i, (nc, fails, unp) in enumerate(cres):
            for f in fails:
                errors.append("%s correct line %d inexact: %s | %s" % (pid, i, f, clines[i]))
            for u in unp:
                errors.append("%s correct line %d unparsed: %s | %s" % (pid, i, u, clines[i]))
        # final / answer lines
        final = c["final"]
        if not isinstance(final, str) or not re.fullmatch(r"-?\d+(\.\d+)?", final):
            errors.append("%s: bad final %r" % (pid, final))
            continue
        hn, has_hash = answer_number(clines)
        if has_hash:
            stats["hash"] += 1
            if clines[-1] != "#### " + final:
                errors.append("%s: last line %r != #### %s" % (pid, clines[-1], final))
        ans = [l for l in clines if l.strip() and not l.startswith("####")][-1]
        _, avals = numtokens(ans)
        if F(final) not in avals:
            errors.append("%s: final %s not on the answer line %r" % (pid, final, ans))

        # ------------------------------------------------------ slip
        s = g["slip"]
        slines = s["solution"].split("\n")
        sp = line_spans(s["solution"])
        if len(slines) != len(clines):
            errors.append("%s slip: line count differs" % pid)
        else:
            diff = [i for i in range(len(slines)) if slines[i] != clines[i]]
            if len(diff) != 1:
                errors.append("%s slip: %d lines differ" % (pid, len(diff)))
            else:
                li = diff[0]
                if list(sp[li]) != s["span"]:
                    errors.append("%s slip: span %s != %s" % (pid, s["span"], sp[li]))
                ts, vs = numtokens(slines[li])
                tc, vc = numtokens(clines[li])
                if ts != tc or len(vs) != len(vc):
                    errors.append("%s slip: text outside numbers differs" % pid)
                else:
                    pos = [k for k in range(len(vs)) if vs[k] != vc[k]]
                    if not pos or any(vs[k] != F(s["wrong"]) or vc[k] != F(s["right"]) for k in pos):
                        errors.append("%s slip: changed numbers are not wrong/right" % pid)
                sres = check_solution(s["problem"], s["solution"], s["style"])
                if not sres[li][1]:
                    errors.append("%s slip: span line not flagged inexact: %s" % (pid, slines[li]))
                # every other line is identical to the (verified) correct row
                later = [i for i in range(li + 1, len(slines)) if sres[i][0] > 0]
                if not later:
                    errors.append("%s slip: no computation after the slip (last step)" % pid)
                if s["final"] != final:
                    errors.append("%s slip: final changed" % pid)
                if s["wrong"] == s["right"]:
                    errors.append("%s slip: wrong == right" % pid)
                if not isinstance(s.get("step"), int) or s["step"] < 1:
                    errors.append("%s slip: bad step" % pid)
                stats["slip_" + s["kind"]] += 1

        # ------------------------------------------------------ carry
        k = g["carry"]
        klines = k["solution"].split("\n")
        sp = line_spans(k["solution"])
        li = next((i for i in range(min(len(klines), len(clines))) if klines[i] != clines[i]), None)
        if li is None:
            errors.append("%s carry: identical to correct" % pid)
        else:
            if list(sp[li]) != k["span"]:
                errors.append("%s carry: span %s != %s" % (pid, k["span"], sp[li]))
            ts, vs = numtokens(klines[li])
            tc, vc = numtokens(clines[li])
            if ts != tc or len(vs) != len(vc):
                errors.append("%s carry: span line text differs outside numbers" % pid)
            else:
                pos = [j for j in range(len(vs)) if vs[j] != vc[j]]
                if not any(vs[j] == F(k["wrong"]) and vc[j] == F(k["right"]) for j in pos):
                    errors.append("%s carry: wrong/right not found on span line" % pid)
            kres = check_solution(k["problem"], k["solution"], k["style"])
            if not kres[li][1]:
                errors.append("%s carry: span line not flagged inexact: %s" % (pid, klines[li]))
            for i in range(li + 1, len(klines)):
                if kres[i][1] or kres[i][2]:
                    errors.append("%s carry: line %d after span not exact: %s %s | %s" % (
                        pid, i, kres[i][1], kres[i][2], klines[i]))
            if len(klines) != len(clines):
                errors.append("%s carry: line count differs" % pid)
            if k["correct_final"] != final:
                errors.append("%s carry: correct_final mismatch" % pid)
            if k["final"] == final:
                errors.append("%s carry: final not changed" % pid)
            hn, has = answer_number(klines)
            if has != has_hash or (has and hn != k["final"]):
                errors.append("%s carry: #### line does not follow the wrong value" % pid)
            ans = [l for l in klines if l.strip() and not l.startswith("####")][-1]
            _, avals = numtokens(ans)
            if F(k["final"]) not in avals:
                errors.append("%s carry: final %s not on answer line" % (pid, k["final"]))
            stats["carry_" + k["kind"]] += 1
            tail = [i for i in range(li + 1, len(klines)) if kres[i][0] > 0]
            stats["carry_with_later_steps"] += 1 if tail else 0

        # ------------------------------------------------------ loop
        L = g["loop"]
        llines = L["solution"].split("\n")
        sp = line_spans(L["solution"])
        P, R = L["period_lines"], L["repeats"]
        if L["final"] is not None:
            errors.append("%s loop: final not null" % pid)
        if not (15 <= R <= 25) or P < 1:
            errors.append("%s loop: repeats/period out of range" % pid)
        start = next((i for i, x in enumerate(sp) if list(x) == L["span"]), None)
        if start is None or start < P:
            errors.append("%s loop: span is not a line start" % pid)
        else:
            block = llines[start - P:start]
            if llines[:start] != clines[:start]:
                errors.append("%s loop: prefix differs from the correct solution" % pid)
            if start >= len(clines) - 1:
                errors.append("%s loop: prefix is not a non-final part" % pid)
            body = llines[start:start + P * R]
            exp = (block * R)
            tail = llines[start + P * R:]
            trimmed_ok = False
            if body == exp and not tail:
                trimmed_ok = True
            elif body == exp and len(tail) == 1 and tail[0] and block[0].startswith(tail[0]) \
                    and tail[0] != block[0] and not re.search(r"\d", tail[0]):
                trimmed_ok = True
                stats["loop_cut"] += 1
            else:
                # allowed: trailing blank lines of the last copy trimmed
                if body[:len(exp)] == exp[:len(body)] and not tail and len(body) < len(exp) and \
                        all(x == "" for x in exp[len(body):]):
                    trimmed_ok = True
            if not trimmed_ok:
                errors.append("%s loop: repeated block malformed" % pid)
            if any(l.startswith("####") for l in llines):
                errors.append("%s loop: contains #### line" % pid)
        stats["problems"] += 1

    if errors:
        for e in errors[:60]:
            print(e)
        print("... %d errors" % len(errors))
        print("FAIL")
        sys.exit(1)
    print("problems: %d, rows: %d, checked computations in correct rows: %d" % (
        stats["problems"], len(rows), stats["claims"]))
    print("rows with #### line: %d of %d correct rows; loops with cut-off tail: %d" % (
        stats["hash"], stats["problems"], stats["loop_cut"]))
    print("carry rows whose error feeds later computation lines: %d" % stats["carry_with_later_steps"])
    print("PASS")


if __name__ == "__main__":
    main()
