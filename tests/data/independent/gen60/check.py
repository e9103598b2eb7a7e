#!/usr/bin/env python3
"""Independent re-checker for the payroll evaluation set (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution:
  * chains   `expr = value`, `value ≈ value`, `expr equals value` (also LaTeX \\times, \\div, \\frac, \\text)
  * GSM8K-style calculator annotations  <<expr=value>>
  * markdown table rows  | label | expr | value |
and evaluates them with exact decimals. A written value is accepted when it is the exact value or the
value rounded (or truncated, when written with an ellipsis) to the digits shown.

python3 check.py [set.jsonl]   -> prints PASS and exits 0, or lists problems and exits 1.
"""
import json
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, getcontext

getcontext().prec = 50

UNITS = {"hours", "hour", "hrs", "hr", "h", "weeks", "week", "wks", "paychecks", "paycheck", "servers",
         "people", "days", "months", "shifts", "periods"}

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TOK = re.compile(
    r"(?P<kword>\d+\(k\))"
    r"|(?P<hword>\d+(?:\.\d+)?-[A-Za-z][A-Za-z\-]*)"
    r"|(?P<num>(?:%s))(?P<trunc>…|\.\.\.)?(?P<pct>%%)?" % NUM +
    r"|(?P<op>[×*·÷/+\-−()])"
    r"|(?P<rel>[=≈])"
    r"|(?P<word>[A-Za-z][A-Za-z'’\-]*)"
    r"|(?P<sp>\s+)"
    r"|(?P<other>.)"
)


def normalize(s):
    s = s.replace("\\left(", "(").replace("\\right)", ")").replace("{,}", ",")
    s = re.sub(r"\\(?:text|mathrm|boxed|textbf)\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = s.replace("\\times", "×").replace("\\cdot", "×").replace("\\div", "÷").replace("\\approx", "≈")
    s = s.replace("\\%", "%").replace("\\$", "$")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\quad", " ").replace("\\,", "")
    s = s.replace("**", "").replace("`", "").replace("$", "")
    s = re.sub(r"/\s*(?:hour|hr|h|week|wk|year|yr|month|paycheck)\b", "", s)
    s = re.sub(r"\bper\s+(?:hour|hr|week|year|month|paycheck|pay period|server|person)\b", "", s)
    s = re.sub(r"\bdivided by\b", "÷", s)
    s = re.sub(r"\bmultiplied by\b", "×", s)
    s = re.sub(r"\btimes\b", "×", s)
    s = re.sub(r"\bminus\b", "−", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"\bequals\b", "=", s)
    return s


class T:
    __slots__ = ("t", "v", "dec", "trunc", "pct", "s")

    def __init__(self, t, v=None, dec=0, trunc=False, pct=False, s=""):
        self.t, self.v, self.dec, self.trunc, self.pct, self.s = t, v, dec, trunc, pct, s


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        g = m.lastgroup
        if m.group("num") is not None:
            txt = m.group("num").replace(",", "")
            v = D(txt)
            dec = len(txt.split(".")[1]) if "." in txt else 0
            pct = m.group("pct") is not None
            out.append(T("num", v / 100 if pct else v, dec, m.group("trunc") is not None, pct, m.group(0)))
        elif g == "op":
            c = m.group("op")
            c = {"*": "×", "·": "×", "/": "÷", "−": "-"}.get(c, c)
            out.append(T("op", s=c))
        elif g == "rel":
            out.append(T("rel", s=m.group("rel")))
        elif g == "word":
            w = m.group("word")
            if w == "x":
                out.append(T("op", s="×"))
            elif w == "of" and out and out[-1].t == "num" and out[-1].pct:
                out.append(T("op", s="×"))
            elif w.lower() in UNITS:
                out.append(T("unit", s=w))
            else:
                out.append(T("word", s=w))
        elif g in ("kword", "hword"):
            out.append(T("word", s=m.group(0)))
        elif g == "sp":
            continue
        else:
            out.append(T("other", s=m.group(0)))
    return out


class Bad(Exception):
    pass


def parse(toks):
    """Evaluate a full token list (num/op only). Returns Decimal or raises Bad."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def expr():
        v = term()
        while peek() is not None and peek().t == "op" and peek().s in "+-":
            o = eat().s
            w = term()
            v = v + w if o == "+" else v - w
        return v

    def term():
        v = factor()
        while peek() is not None and peek().t == "op" and peek().s in "×÷":
            o = eat().s
            w = factor()
            if o == "×":
                v = v * w
            else:
                if w == 0:
                    raise Bad()
                v = v / w
        return v

    def factor():
        t = peek()
        if t is None:
            raise Bad()
        if t.t == "op" and t.s == "-":
            eat()
            return -factor()
        if t.t == "op" and t.s == "(":
            eat()
            v = expr()
            c = peek()
            if c is None or c.t != "op" or c.s != ")":
                raise Bad()
            eat()
            return v
        if t.t == "num":
            eat()
            return t.v
        raise Bad()

    v = expr()
    if pos[0] != len(toks):
        raise Bad()
    return v


def clean(ts):
    return [t for t in ts if t.t != "unit"]


def usable(t):
    return t.t in ("num", "op", "unit")


def tail_expr(seg):
    """Longest valid expression at the end of a segment."""
    k = len(seg)
    while k > 0 and usable(seg[k - 1]):
        k -= 1
    cand = clean(seg[k:])
    for a in range(len(cand)):
        sub = cand[a:]
        if not any(t.t == "num" for t in sub):
            break
        try:
            return parse(sub), sub
        except Bad:
            continue
    return None


def head_expr(seg):
    k = 0
    while k < len(seg) and usable(seg[k]):
        k += 1
    cand = clean(seg[:k])
    for b in range(len(cand), 0, -1):
        sub = cand[:b]
        try:
            return parse(sub), sub
        except Bad:
            continue
    return None


def is_bare(sub):
    return (len(sub) == 1 and sub[0].t == "num") or (len(sub) == 2 and sub[0].s == "-" and sub[1].t == "num")


def tol_of(sub):
    n = sub[-1]
    t = D(1).scaleb(-n.dec)
    t = t if n.trunc else t / 2
    if n.pct:
        t = t / 100
    return t + D("1e-12")


def agree(lv, lsub, rv, rsub):
    if is_bare(lsub) and not is_bare(rsub):
        # a label that ends in a number ("Income above $11,000 = $43,850 - $11,000"): not a result
        return None
    if is_bare(rsub):
        tol = tol_of(rsub)
    elif is_bare(lsub):
        tol = tol_of(lsub)
    else:
        tol = D("1e-9") * max(D(1), abs(lv))
    if abs(lv - rv) <= tol:
        return True
    # "(a / b) × 100 ≈ 10.43%": a percent written after an expression already scaled by 100
    if is_bare(rsub) and rsub[-1].pct and not any(t.t == "num" and t.pct for t in lsub):
        if abs(lv - rv * 100) <= tol * 100:
            return True
    return False


def check_tokens(toks):
    """Return (n_checked, n_bad) for the relation chains in a token list."""
    segs, cur, rels = [], [], []
    for t in toks:
        if t.t == "rel":
            segs.append(cur)
            rels.append(t.s)
            cur = []
        else:
            cur.append(t)
    segs.append(cur)
    n = bad = 0
    for i in range(len(segs) - 1):
        L = tail_expr(segs[i])
        Rr = head_expr(segs[i + 1])
        if L is None or Rr is None:
            continue
        ok = agree(L[0], L[1], Rr[0], Rr[1])
        if ok is None:
            continue
        n += 1
        if not ok:
            bad += 1
    return n, bad


def check_line(line):
    n = bad = 0
    for ann in re.findall(r"<<([^<>]*)>>", line):
        a, b = check_tokens(tokenize(normalize(ann)))
        n += a
        bad += b
    line = re.sub(r"<<[^<>]*>>", "", line)
    norm = normalize(line)
    st = norm.strip()
    if st.startswith("|") and "=" not in st and "≈" not in st.replace("| ≈", "|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        for k in range(1, len(cells) - 1):
            ex = clean(tokenize(cells[k]))
            if not ex or not all(usable(t) for t in ex) or not any(t.t == "op" for t in ex):
                continue
            rv = clean([t for t in tokenize(cells[k + 1]) if t.t != "rel"])
            if not rv or not all(usable(t) for t in rv):
                continue
            try:
                lv = parse(ex)
                r = parse(rv)
            except Bad:
                continue
            ok = agree(lv, ex, r, rv)
            if ok is None:
                continue
            n += 1
            if not ok:
                bad += 1
        return n, bad
    a, b = check_tokens(tokenize(norm))
    return n + a, bad + b


def scan(sol):
    """Per line: list of (start, end, n_checked, n_bad)."""
    out = []
    pos = 0
    for ln in sol.split("\n"):
        n, b = check_line(ln)
        out.append((pos, pos + len(ln), n, b))
        pos += len(ln) + 1
    return out


def numval(s):
    s = s.replace("−", "-").replace("{,}", "").replace(",", "").replace("\\$", "").replace("$", "")
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return D(m.group(0))


def final_of(sol):
    lines = [x for x in sol.split("\n") if x.strip()]
    if not lines or not lines[-1].startswith("#### "):
        return None
    return lines[-1][5:].strip()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    errs = []
    by = defaultdict(dict)
    keys0 = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    for r in rows:
        by[r["pid"]][r["variant"]] = r
        ks = list(r.keys())
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[r["variant"]]
        if ks != keys0 + extra:
            errs.append((r["pid"], r["variant"], "keys %s" % ks))
    total_checked = 0
    counts = defaultdict(int)
    for pid, vs in by.items():
        if set(vs) != {"correct", "slip", "carry", "loop"}:
            errs.append((pid, "-", "variants %s" % sorted(vs)))
            continue
        c = vs["correct"]
        sc = scan(c["solution"])
        nc = sum(x[2] for x in sc)
        total_checked += nc
        if nc < 2:
            errs.append((pid, "correct", "only %d computations read" % nc))
        badl = [x for x in sc if x[3]]
        if badl:
            errs.append((pid, "correct", "wrong computation: %r" % c["solution"][badl[0][0]:badl[0][1]]))
        if final_of(c["solution"]) != c["final"]:
            errs.append((pid, "correct", "final %r vs %r" % (final_of(c["solution"]), c["final"])))
        try:
            D(c["final"])
        except Exception:
            errs.append((pid, "correct", "final not numeric"))
        for v in ("slip", "carry"):
            r = vs[v]
            s = r["solution"]
            a, b = r["span"]
            if s[a:b].count("\n") or (a > 0 and s[a - 1] != "\n") or (b < len(s) and s[b] != "\n"):
                errs.append((pid, v, "span is not a whole line"))
            if r["wrong"] not in s[a:b]:
                errs.append((pid, v, "wrong value not in span line"))
            try:
                if numval(r["wrong"]) == numval(r["right"]):
                    errs.append((pid, v, "wrong == right"))
            except Exception:
                errs.append((pid, v, "unparsable wrong/right"))
            scn = scan(s)
            total_checked += sum(x[2] for x in scn)
            badl = [x for x in scn if x[3]]
            if len(badl) != 1 or (badl[0][0], badl[0][1]) != (a, b):
                errs.append((pid, v, "expected exactly one wrong line at span, got %s" %
                             [s[x[0]:x[1]] for x in badl]))
            fl = final_of(s)
            if fl is None:
                errs.append((pid, v, "no #### line"))
            elif v == "slip" and fl != r["final"]:
                errs.append((pid, v, "slip final changed"))
            elif v == "carry" and (fl == r["final"] or D(fl) == D(r["final"])):
                errs.append((pid, v, "carry final equals gold"))
            cl = c["solution"].split("\n")
            sl = s.split("\n")
            li = s[:a].count("\n")
            if v == "slip":
                if len(cl) != len(sl) or any(cl[k] != sl[k] for k in range(len(cl)) if k != li):
                    errs.append((pid, v, "slip differs from correct outside the span line"))
            else:
                if cl[:li] != sl[:li]:
                    errs.append((pid, v, "carry differs from correct before the span line"))
            counts[(v, r["kind"])] += 1
        lp = vs["loop"]
        s = lp["solution"]
        a, b = lp["span"]
        if "####" in s:
            errs.append((pid, "loop", "loop has #### line"))
        unit = s[a:b]
        reps = lp["repeats"]
        if not (8 <= reps <= 30):
            errs.append((pid, "loop", "repeats out of range"))
        # find the first copy: the text just before the span must end with unit + separator
        ok = False
        for sep in ("\n\n", "\n"):
            st0 = a - len(sep) - len(unit)
            if st0 >= 0 and s[st0:a] == unit + sep:
                blk = unit + sep
                body = blk * (reps - 1) + unit
                end = st0 + len(body)
                if s[st0:end] == body and s[end:end + len(blk)] != sep + unit:
                    ok = True
                    pre = s[:st0]
                    break
        if not ok:
            errs.append((pid, "loop", "span is not the second of `repeats` consecutive copies"))
        else:
            if not c["solution"].startswith(pre):
                errs.append((pid, "loop", "loop prefix differs from the correct solution"))
        scl = scan(s)
        if any(x[3] for x in scl):
            errs.append((pid, "loop", "wrong computation inside a loop row"))
    for e in errs[:40]:
        print("ERR", e)
    print("rows: %d, problems: %d, computations re-checked: %d" % (len(rows), len(by), total_checked))
    if errs:
        print("FAIL (%d problems)" % len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
