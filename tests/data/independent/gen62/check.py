#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can find in each solution (symbol, worded and LaTeX
operators, GSM8K <<a*b=c>> annotations, markdown tables, percent-of, squares, chains) and checks:
  * correct rows: no wrong computation, '#### <final>' equals the gold final;
  * slip rows: exactly one line with a wrong computation, at `span`, holding `wrong`; the text equals
    the correct row except on that line; final unchanged;
  * carry rows: the only wrong computation is on the `span` line (later lines consistent with the
    carried value), the '####' answer differs from the gold final;
  * loop rows: no '####', the unit at `span` is repeated `repeats` times, the text starts like the
    correct solution.
Prints PASS and exits 0 when everything holds.
"""
import json
import re
import sys
from fractions import Fraction as Fr

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]

# ------------------------------------------------------------------ normalisation
def strip_latex(s):
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    s = s.replace("\\times", " × ").replace("\\cdot", " · ").replace("\\div", " ÷ ").replace("\\approx", " ≈ ")
    s = s.replace("\\%", "%").replace("\\$", "$").replace("{,}", ",").replace("\\,", " ")
    for _ in range(3):
        s = re.sub(r"\\(?:text|mathrm|boxed)\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r" (\1) ÷ (\2) ", s)
    s = s.replace("^{2}", "²").replace("^2", "²")
    s = s.replace("{", " ").replace("}", " ")
    return s


def table_row(s):
    t = s.strip()
    if not (t.startswith("|") and t.endswith("|")):
        return s
    cells = [c.strip() for c in t.strip("|").split("|")]
    if all(set(c) <= set("-: ") for c in cells):
        return ""
    out = cells[0]
    for i in range(1, len(cells)):
        c = cells[i]
        prev = cells[i - 1]
        calc = re.search(r"\d", prev) and re.search(r"[×÷*/+·²^−-]| x | of ", prev)
        if calc and re.match(r"^[$\d.−-]", c):
            out += " = " + c
        elif calc and c.startswith("≈"):
            out += " " + c
        else:
            out += " ; " + c
    return out


def normalise(line):
    s = line.replace("**", "").replace("__", "").replace("`", "")
    s = strip_latex(s)
    s = table_row(s)
    s = s.replace("−", "-")
    s = re.sub(r"^\s*(?:[-•*]\s+|\d+[.)]\s+)", "", s)
    return s


# ------------------------------------------------------------------ tokens
TOK = re.compile(r"""
 (?P<time>(?<![\d.])\d{1,2}:\d{2}(?!\d))
|(?P<num>(?<![A-Za-z0-9_.])\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)
|(?P<word>[A-Za-zµ°][A-Za-z0-9µ°/²'’-]*)
|(?P<sq>²)
|(?P<op>[-+×*·÷/])
|(?P<eq>[=≈])
|(?P<lp>\()
|(?P<rp>\))
|(?P<sp>\s+)
|(?P<other>.)
""", re.X)

OPWORDS = {"times": "*", "plus": "+", "minus": "-", "x": "*"}
EQWORDS = {"equals", "is"}
STOPWORDS = {"means", "so", "and", "then", "which", "that", "the", "a", "an", "we", "you", "for", "to",
             "with", "at", "on", "from", "by", "are", "was", "gives", "makes"}


class T:
    __slots__ = ("k", "v", "d", "pct", "s")

    def __init__(self, k, v=None, d=0, pct=False, s=""):
        self.k, self.v, self.d, self.pct, self.s = k, v, d, pct, s


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        g = m.lastgroup
        t = m.group()
        if g == "sp":
            continue
        if g == "num":
            raw = t.replace("$", "").replace(",", "")
            pct = raw.endswith("%")
            raw = raw.rstrip("%")
            d = len(raw.split(".")[1]) if "." in raw else 0
            out.append(T("num", Fr(raw), d, pct, t))
        elif g == "word":
            lw = t.lower()
            if lw in OPWORDS:
                out.append(T("op", OPWORDS[lw], s=t))
            elif lw in EQWORDS:
                out.append(T("eqw", s=t))
            else:
                out.append(T("word", s=t))
        elif g == "op":
            out.append(T("op", {"×": "*", "·": "*", "÷": "/"}.get(t, t), s=t))
        elif g == "eq":
            out.append(T("eq", s=t))
        else:
            out.append(T(g, s=t))
    # worded two-token operators
    res = []
    i = 0
    while i < len(out):
        t = out[i]
        if t.k == "word" and t.s.lower() in ("divided", "multiplied") and i + 1 < len(out) and out[i + 1].s.lower() == "by":
            res.append(T("op", "/" if t.s.lower() == "divided" else "*", s=t.s + " by"))
            i += 2
            continue
        res.append(t)
        i += 1
    return res


# ------------------------------------------------------------------ expression parsing
class Fail(Exception):
    pass


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.nops = 0
        self.nums = []
        self.units = []

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def units_after(self):
        u = []
        while self.peek() is not None and self.peek().k == "word" and len(u) < 4:
            if self.peek().s.lower() == "of" and self.prev_pct:
                break
            if self.peek().s.lower() in STOPWORDS:
                break
            u.append(self.peek().s)
            self.i += 1
        return u

    def expr(self):
        v = self.term()
        while self.peek() is not None and self.peek().k == "op" and self.peek().v in "+-":
            op = self.peek().v
            self.i += 1
            self.nops += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while True:
            p = self.peek()
            if p is not None and p.k == "op" and p.v in "*/":
                self.i += 1
                self.nops += 1
                w = self.factor()
                if p.v == "*":
                    v = v * w
                else:
                    if w == 0:
                        raise Fail
                    v = v / w
            elif p is not None and p.k == "word" and p.s.lower() == "of" and self.prev_pct:
                self.i += 1
                self.nops += 1
                w = self.factor()
                v = v * w
            else:
                return v

    def factor(self):
        p = self.peek()
        neg = False
        if p is not None and p.k == "op" and p.v == "-":
            neg = True
            self.i += 1
            p = self.peek()
        if p is None:
            raise Fail
        self.prev_pct = False
        if p.k == "num":
            self.i += 1
            v = p.v
            self.nums.append(p)
            if p.pct:
                v = v / 100
                self.prev_pct = True
        elif p.k == "lp":
            self.i += 1
            v = self.expr()
            q = self.peek()
            if q is None or q.k != "rp":
                raise Fail
            self.i += 1
        else:
            raise Fail
        q = self.peek()
        if q is not None and q.k == "sq":
            self.i += 1
            self.nops += 1
            v = v * v
        pp = self.prev_pct
        u = self.units_after()
        self.prev_pct = pp
        self.units.append(u)
        return -v if neg else v


def parse(toks):
    if not toks:
        return None
    p = Parser(toks)
    p.prev_pct = False
    try:
        v = p.expr()
    except Fail:
        return None
    if p.i != len(toks):
        return None
    return v, p


def left_side(toks):
    for s in range(len(toks)):
        if toks[s].k not in ("num", "lp") and not (toks[s].k == "op" and toks[s].v == "-"):
            continue
        r = parse(toks[s:])
        if r:
            return s, r
    return None


def right_side(toks):
    for e in range(len(toks), 0, -1):
        r = parse(toks[:e])
        if r:
            return e, r
    return None


def tol(d):
    return Fr(1, 2) * Fr(10) ** (-d) + Fr(1, 10 ** 12)


def close(a, b, d):
    if abs(a - b) <= tol(d):
        return True
    if b != 0 and abs((a - b) / b) < Fr(1, 10 ** 9):
        return True
    return False


def single(p):
    return p.nops == 0 and len(p.nums) == 1


def cands(p, v):
    if single(p) and p.nums[0].pct:
        n = p.nums[0]
        return [(n.v, n.d), (n.v / 100, n.d + 2)]
    if single(p):
        return [(v, p.nums[0].d)]
    return [(v, None)]


def compare(lv, lp, rv, rp):
    """True if the equation holds; None if it is not a computation (e.g. a unit equivalence)."""
    if single(lp) and not single(rp):
        return None  # "in 4 servings = 42 × 4": a label, not a computation
    if single(lp) and single(rp):
        lu = [w.lower() for w in lp.units[0]]
        ru = [w.lower() for w in rp.units[0]]
        if lu and ru and lu != ru:
            return None
    for a, da in cands(lp, lv):
        for b, db in cands(rp, rv):
            d = db if db is not None else da
            if d is None:
                d = 9
            if close(a, b, d):
                return True
    return False


def check_line(line):
    """return (n_checked, n_failed, failed_rhs_strings)"""
    checked = failed = 0
    bad = []
    for m in re.finditer(r"<<([^<>=]+)=([^<>]+)>>", line):
        toks = tokenize(m.group(1))
        r = parse(toks)
        rt = tokenize(m.group(2))
        rr = parse(rt)
        if r and rr:
            ok = compare(r[0], r[1], rr[0], rr[1])
            checked += 1
            if ok is False:
                failed += 1
                bad.append(m.group(2))
    line = re.sub(r"<<[^<>]*>>", "", line)
    toks = tokenize(normalise(line))
    eqs = [i for i, t in enumerate(toks) if t.k in ("eq", "eqw")]
    for n, p in enumerate(eqs):
        lo = eqs[n - 1] + 1 if n > 0 else 0
        hi = eqs[n + 1] if n + 1 < len(eqs) else len(toks)
        L = left_side(toks[lo:p])
        R = right_side(toks[p + 1:hi])
        if not L or not R:
            continue
        ls, (lv, lp) = L
        re_, (rv, rp) = R
        if toks[p].k == "eqw" and lp.nops == 0:
            continue
        # mixed units like "6 h 15 min": ambiguous, skip
        before = lo + ls - 1
        if before >= lo and (toks[before].k == "num" or (toks[before].k == "word" and before - 1 >= lo and toks[before - 1].k == "num")):
            continue
        after = p + 1 + re_
        if after < hi and toks[after].k == "num":
            continue
        ok = compare(lv, lp, rv, rp)
        if ok is None:
            continue
        checked += 1
        if not ok:
            failed += 1
            bad.append(" ".join(t.s for t in toks[p + 1:p + 1 + re_]))
    return checked, failed, bad


def scan(text):
    res = []
    pos = 0
    for ln in text.split("\n"):
        c, f, bad = check_line(ln)
        res.append((pos, pos + len(ln), c, f, bad))
        pos += len(ln) + 1
    return res


def final_of(text):
    m = re.findall(r"^#### (\S+)$", text, re.M)
    return m


def plain(s):
    return s.replace("{,}", "").replace(",", "").replace("−", "-")


def num_eq(a, b):
    try:
        return Fr(a) == Fr(b)
    except (ValueError, ZeroDivisionError):
        return False


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    groups = {}
    for r in rows:
        groups.setdefault(r["pid"], {})[r["variant"]] = r
    stats = {"checked": 0}
    for pid, g in groups.items():
        if sorted(g) != ["carry", "correct", "loop", "slip"]:
            errors.append((pid, "variants", sorted(g)))
            continue
        c = g["correct"]
        for v, r in g.items():
            if list(r)[:7] != KEYS:
                errors.append((pid, v, "key order"))
            for k in ("problem", "style", "template", "final"):
                if r[k] != c[k]:
                    errors.append((pid, v, "field differs " + k))
        gold = c["final"]
        # correct
        sc = scan(c["solution"])
        stats["checked"] += sum(x[2] for x in sc)
        bad = [x for x in sc if x[3]]
        if bad:
            errors.append((pid, "correct", "wrong computation", [c["solution"][x[0]:x[1]] for x in bad], [x[4] for x in bad]))
        f = final_of(c["solution"])
        if len(f) != 1 or not num_eq(f[0], gold) or not c["solution"].rstrip().endswith("#### " + f[0]):
            errors.append((pid, "correct", "final", f, gold))
        body = c["solution"].rsplit("####", 1)[0]
        nums = [x.replace(",", "").replace("$", "") for x in re.findall(r"\$?\d[\d,]*(?:\.\d+)?", body)]
        if not any(num_eq(x, gold) or num_eq(x, gold.lstrip("-")) for x in nums if re.fullmatch(r"\d+(?:\.\d+)?", x)):
            errors.append((pid, "correct", "final not stated in body", gold))
        if sum(x[2] for x in sc) == 0:
            errors.append((pid, "correct", "no computation found"))
        # slip & carry
        for v in ("slip", "carry"):
            r = g[v]
            s0, s1 = r["span"]
            text = r["solution"]
            if s0 > 0 and text[s0 - 1] != "\n" or (s1 < len(text) and text[s1] != "\n"):
                errors.append((pid, v, "span not a line"))
            sl = scan(text)
            bad = [x for x in sl if x[3]]
            if len(bad) != 1 or bad[0][0] != s0 or bad[0][1] != s1:
                errors.append((pid, v, "fault location", [(text[x[0]:x[1]], x[4]) for x in bad], text[s0:s1]))
            if r["wrong"] not in plain(text[s0:s1]):
                errors.append((pid, v, "wrong value not on span line", r["wrong"]))
            if num_eq(r["wrong"], r["right"]):
                errors.append((pid, v, "wrong == right"))
            if text[:s0] != c["solution"][:s0]:
                errors.append((pid, v, "prefix differs from correct row"))
            cl_end = c["solution"].find("\n", s0)
            cl_end = len(c["solution"]) if cl_end < 0 else cl_end
            cline = c["solution"][s0:cl_end]
            if r["right"] not in plain(cline):
                errors.append((pid, v, "right value not on correct line", r["right"], cline))
            f = final_of(text)
            if len(f) != 1:
                errors.append((pid, v, "no final"))
                continue
            if v == "slip":
                if not num_eq(f[0], gold):
                    errors.append((pid, v, "slip final changed"))
                if text[s1:] != c["solution"][cl_end:]:
                    errors.append((pid, v, "slip text differs after the span line"))
            else:
                if num_eq(f[0], gold):
                    errors.append((pid, v, "carry final equals gold"))
                b = text.rsplit("####", 1)[0]
                if f[0] not in plain(b) and f[0].lstrip("-") not in plain(b):
                    errors.append((pid, v, "carried final not stated"))
        # loop
        r = g["loop"]
        text = r["solution"]
        if "####" in text:
            errors.append((pid, "loop", "has ####"))
        s0, s1 = r["span"]
        unit = text[s0:s1]
        n = r["repeats"]
        if not unit.strip() or n < 8 or n > 30:
            errors.append((pid, "loop", "bad unit/repeats"))
        first = text.find(unit)
        if first < 0 or first >= s0:
            errors.append((pid, "loop", "no first copy"))
        else:
            cnt = text.count(unit)
            if cnt < n:
                errors.append((pid, "loop", "copies", cnt, n))
            if text[:first] != c["solution"][:first]:
                errors.append((pid, "loop", "prefix differs"))
        sl = scan(text)
        if any(x[3] for x in sl):
            errors.append((pid, "loop", "wrong computation in loop row"))
    for e in errors[:40]:
        print(e)
    if errors:
        print("FAIL: %d problems" % len(errors))
        return 1
    print("rows: %d, problems: %d, computations re-checked in correct rows: %d" % (len(rows), len(groups), stats["checked"]))
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
