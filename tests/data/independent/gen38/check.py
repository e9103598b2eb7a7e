#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only; does not
import the generator).

It re-reads every computation it can recognise in each solution
(`a op b = c` chains in unicode, ASCII, LaTeX and worded form, GSM8K
`<<a=b>>c` annotations, markdown table rows, terse `X = expr` / `X = value`
line pairs, `round a up to b` statements) and evaluates it exactly.
A written result passes when it is exact or the right rounding of the
true value at the digits shown; a unit conversion between two single
quantities (`1 m² = 10,000 cm²`) passes when the units make it true.

Asserts:
  * correct rows: no wrong computation, `#### final` present and equal to
    the `final` field, and the final number stated in the text;
  * slip rows: exactly one line with a wrong computation, at `span`; the
    `wrong` value is written there; the true value rounds to `right`;
    the `####` answer equals `final`;
  * carry rows: the same, and the `####` answer differs from `final`;
    every other computation (before and after) is consistent;
  * loop rows: no `####`, no wrong computation, the span is one copy of a
    unit repeated `repeats` times (8-30).
Prints PASS and exits 0.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

PI = F(math.pi)

LEN = {"mm": F(1, 1000), "cm": F(1, 100), "m": F(1), "km": F(1000),
       "in": F(254, 10000), "ft": F(3048, 10000), "yd": F(9144, 10000), "mi": F(1609344, 1000)}
WORDUNIT = {"millimeter": "mm", "millimeters": "mm", "centimeter": "cm", "centimeters": "cm",
            "meter": "m", "meters": "m", "metre": "m", "metres": "m", "kilometer": "km",
            "kilometers": "km", "inch": "in", "inches": "in", "foot": "ft", "feet": "ft",
            "yard": "yd", "yards": "yd", "mile": "mi", "miles": "mi"}
UNITS = set(LEN) | set(WORDUNIT) | {"L", "mL", "liter", "liters", "litre", "litres", "degrees",
                                    "degree"}
PREFIX = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}
OPS = set("+-×*/÷")


# ------------------------------------------------------------ normalising

def strip_braces_cmd(s, cmd, fn):
    """replace \\cmd{a}{b}.. with fn(args) (non-nested args only)."""
    return s


def normalize(s):
    s = s.replace("**", " ").replace("`", " ")
    # latex
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
        s = re.sub(r"\\sqrt\{([^{}]*)\}", r"√(\1)", s)
        s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\^\{([^{}]*)\}", r"^\1", s)
    s = s.replace("^\\circ", "°").replace("\\circ", "°")
    s = s.replace("\\times", " × ").replace("\\cdot", " × ").replace("\\div", " ÷ ")
    s = s.replace("\\approx", " ≈ ").replace("\\pi", " π ").replace("{,}", ",")
    s = s.replace("\\left", " ").replace("\\right", " ")
    for t in ("\\,", "\\;", "\\!", "\\quad", "\\(", "\\)", "\\[", "\\]", "\\$", "$"):
        s = s.replace(t, " ")
    s = s.replace("\\", " ")
    # unicode
    s = s.replace("−", "-").replace("–", "-").replace("½", "(1/2)").replace("²", "^2").replace("³", "^3")
    s = s.replace("·", "×").replace("⋅", "×").replace("∠", " ")
    # words
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bmultiplied by\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\bminus\b", " - ", s)
    s = re.sub(r"\bpi\b", " π ", s)
    s = re.sub(r"(?<=[\w)^])\s+(?:is|equals|gives)\s+(?=\d)", " = ", s)
    s = re.sub(r"(?<=[\w)]) x (?=[\d(π])", " × ", s)
    return s


TOK = re.compile(r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+|\.\d+)|(?P<word>[A-Za-z]+)|"
                 r"(?P<op>[-+×*/÷^()=≈√π°]|sqrt)|(?P<other>\S))")


class Tok:
    __slots__ = ("k", "t", "glued")

    def __init__(self, k, t, glued):
        self.k, self.t, self.glued = k, t, glued


def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        glued = m.start(m.lastgroup) == pos and pos > 0
        k = m.lastgroup
        t = m.group(k)
        if k == "word" and t == "sqrt":
            k = "op"
        out.append(Tok(k, t, glued))
        pos = m.end()
    return out


# ------------------------------------------------------------ parsing

class Fail(Exception):
    pass


class P:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.inexact = False
        self.units = []
        self.nlit = 0
        self.nops = 0

    def peek(self, k=0):
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() is not None and self.peek().k == "op" and self.peek().t in "+-":
            op = self.peek().t
            self.i += 1
            self.nops += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while True:
            p = self.peek()
            if p is None:
                break
            if p.k == "op" and p.t in "×*/÷":
                self.i += 1
                self.nops += 1
                w = self.factor()
                if p.t in "/÷":
                    if w == 0:
                        raise Fail
                    v = v / w
                else:
                    v = v * w
            elif p.k == "op" and p.t in ("(", "π", "√", "sqrt"):
                self.nops += 1
                v = v * self.factor()
            else:
                break
        return v

    def factor(self):
        v = self.unary()
        p = self.peek()
        if p is not None and p.k == "op" and p.t == "^":
            self.i += 1
            q = self.peek()
            if q is None or q.k != "num":
                raise Fail
            self.i += 1
            self.nops += 1
            v = v ** int(q.t)
        return v

    def unary(self):
        p = self.peek()
        if p is not None and p.k == "op" and p.t == "-":
            self.i += 1
            return -self.unary()
        return self.atom()

    def eat_units(self):
        got = []
        while True:
            p = self.peek()
            if p is None:
                break
            if p.k == "word" and p.t in PREFIX and self.peek(1) is not None and self.peek(1).t in UNITS:
                self.i += 2
                got.append((self.t[self.i - 1].t, PREFIX[p.t]))
                continue
            if p.k == "word" and p.t in UNITS:
                self.i += 1
                pw = 1
                q = self.peek()
                if q is not None and q.t == "^" and self.peek(1) is not None and self.peek(1).k == "num":
                    pw = int(self.peek(1).t)
                    self.i += 2
                got.append((p.t, pw))
                continue
            if p.k == "op" and p.t == "°":
                self.i += 1
                got.append(("°", 1))
                continue
            break
        self.units.extend(got)

    def atom(self):
        p = self.peek()
        if p is None:
            raise Fail
        if p.k == "num":
            self.i += 1
            self.nlit += 1
            self.eat_units()
            return F(p.t.replace(",", ""))
        if p.k == "op" and p.t == "(":
            self.i += 1
            v = self.expr()
            q = self.peek()
            if q is None or q.t != ")":
                raise Fail
            self.i += 1
            self.eat_units()
            return v
        if p.k == "op" and p.t == "π":
            self.i += 1
            self.inexact = True
            self.nops += 1
            return PI
        if p.k == "op" and p.t in ("√", "sqrt"):
            self.i += 1
            self.nops += 1
            v = self.factor() if p.t == "√" else self.atom()
            if v < 0:
                raise Fail
            n, d = v.numerator, v.denominator
            rn, rd = math.isqrt(n), math.isqrt(d)
            if rn * rn == n and rd * rd == d:
                return F(rn, rd)
            self.inexact = True
            return F(math.sqrt(float(v)))
        raise Fail


def parse_all(toks):
    if not toks:
        return None
    p = P(toks)
    try:
        v = p.expr()
    except (Fail, ZeroDivisionError, OverflowError, ValueError):
        return None
    if p.i != len(toks):
        return None
    return dict(v=v, inexact=p.inexact, units=p.units, single=(p.nlit == 1 and p.nops == 0),
                text=" ".join(t.t for t in toks))


CONT = set("+-×*/÷^(")


def suffix_expr(toks):
    for s in range(len(toks)):
        r = parse_all(toks[s:])
        if r is None:
            continue
        if s > 0:
            prev = toks[s - 1]
            if prev.k == "op" and prev.t in CONT | {"√", "sqrt", ")"}:
                return None
            if prev.k in ("num",):
                return None
            if toks[s].glued and prev.k == "word":
                return None
            if r["single"] and prev.k == "word" and prev.t not in UNITS:
                return None
        return r
    return None


def prefix_expr(toks):
    for e in range(len(toks), 0, -1):
        r = parse_all(toks[:e])
        if r is None:
            continue
        if e < len(toks):
            nxt = toks[e]
            if nxt.k == "op" and nxt.t in CONT | {"π", "√"}:
                return None
            if nxt.k == "word" and nxt.glued:
                return None
            if nxt.k == "num":
                return None
        return r
    return None


def lit_dp(text):
    m = re.match(r"^-?\s*([\d,]*\.?\d*)", text)
    t = m.group(1) if m else ""
    return len(t.split(".")[1]) if "." in t else 0


def unit_factor(units):
    """factor to SI for a single quantity, with its dimension power"""
    if len(units) != 1:
        return None
    u, p = units[0]
    if u in WORDUNIT:
        u = WORDUNIT[u]
    if u in LEN:
        return LEN[u] ** p, p
    if u in ("L", "liter", "liters", "litre", "litres"):
        return F(1, 1000), 3
    if u == "mL":
        return F(1, 1000000), 3
    return None


def close(a, b, dp):
    return abs(a - b) <= F(1, 2) * F(1, 10 ** dp) + F(1, 10 ** 12)


def rel_ok(L, R, rel, scale_ctx):
    lv, rv = L["v"], R["v"]
    if R["single"]:
        dp = lit_dp(R["text"])
        if lv == rv or close(lv, rv, dp):
            return True
        if L["single"]:
            fl, fr = unit_factor(L["units"]), unit_factor(R["units"])
            if fl and fr and fl[1] == fr[1]:
                if lv * fl[0] == rv * fr[0] or close(lv * fl[0] / fr[0], rv, dp):
                    return True
            if scale_ctx:
                return True
        return False
    if lv == rv:
        return True
    if rel == "≈" or L["inexact"] or R["inexact"]:
        tol = F(1, 100) if rel == "≈" else F(1, 10 ** 9)
        return abs(lv - rv) <= tol * max(abs(lv), abs(rv), F(1))
    return False


def line_relations(line):
    """returns list of (ok, L, R, rel) for the relations recognised in a line."""
    out = []
    toks = tokenize(line)
    pieces = [[]]
    rels = []
    for t in toks:
        if t.k == "op" and t.t in "=≈":
            rels.append(t.t)
            pieces.append([])
        else:
            pieces[-1].append(t)
    scale_ctx = bool(re.search(r"scale|represents|stands for|:", line, re.I))
    for i, rel in enumerate(rels):
        L = suffix_expr(pieces[i])
        R = prefix_expr(pieces[i + 1])
        if L is None or R is None:
            continue
        if L["single"] and R["single"] and not L["units"] and not R["units"] and L["v"] == R["v"]:
            pass
        out.append((rel_ok(L, R, rel, scale_ctx), L, R, rel))
    return out


ASSIGN = re.compile(r"^\s*([A-Za-z][A-Za-z0-9²^]*)\s*([=≈])\s*(.+?)\s*$")
ROUNDUP = re.compile(r"[Rr]ound(?:ing)? (?:it |this |that )?(\d[\d,]*\.?\d*) up to (\d[\d,]*)")


def check_solution(sol):
    """returns (bad_line_indices, n_checked, details)"""
    lines = sol.split("\n")
    bad = {}
    nchk = 0
    pending = None  # (name, value dict, line index)
    for li, raw in enumerate(lines):
        if raw.startswith("####"):
            continue
        line = raw
        errs = []
        # gsm8k annotations
        for m in re.finditer(r"<<([^<>=]+)=([^<>]+)>>\s*\$?([\d,]*\.?\d+)", line):
            nchk += 1
            try:
                if F(m.group(2).replace(",", "")) != F(m.group(3).replace(",", "")):
                    errs.append(("annotation", m.group(0)))
            except ValueError:
                errs.append(("annotation", m.group(0)))
        line = re.sub(r"<<[^<>]*>>", "", line)
        # table rows
        st = line.strip()
        if st.startswith("|") and not st.startswith("|-"):
            cells = [c.strip() for c in st.strip("|").split("|")]
            if len(cells) >= 3:
                res = cells[-1]
                calc = cells[-2]
                line = calc + (" " if res.startswith("≈") else " = ") + res
        # round-up statements
        for m in ROUNDUP.finditer(line):
            nchk += 1
            a = F(m.group(1).replace(",", ""))
            b = F(m.group(2).replace(",", ""))
            if b != math.ceil(a) or a == b:
                errs.append(("roundup", m.group(0)))
        norm = normalize(line)
        rels = line_relations(norm)
        for ok, L, R, rel in rels:
            nchk += 1
            if not ok:
                errs.append(("rel", L["text"], rel, R["text"], float(L["v"])))
        # terse assignment pairs
        m = ASSIGN.match(norm)
        nrel = norm.count("=") + norm.count("≈")
        if norm.strip():
            if m and nrel == 1:
                name = m.group(1)
                rhs = parse_all(tokenize(m.group(3)))
                if rhs is None:
                    pr = prefix_expr(tokenize(m.group(3)))
                    rhs = pr if (pr is not None and pr["single"]) else None
                if rhs is not None and pending is not None and pending[0] == name:
                    nchk += 1
                    if not rel_ok(pending[1], rhs, m.group(2), False):
                        errs.append(("assign", name, pending[1]["text"], rhs["text"]))
                pending = (name, rhs) if (rhs is not None and not rhs["single"]) else None
            else:
                if norm.strip() not in ("", ) and not re.fullmatch(r"\s*", norm):
                    pending = None
        if errs:
            bad[li] = errs
    return bad, nchk, lines


def line_span(sol, li):
    lines = sol.split("\n")
    a = sum(len(l) + 1 for l in lines[:li])
    return [a, a + len(lines[li])]


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def num_eq(a, b):
    try:
        return F(a.replace(",", "")) == F(b.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = {"correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
            "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"]}
    fk = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
          "step", "kind"]
    keys["slip"] = keys["carry"] = fk
    fails = []
    stats = Counter()
    byp = defaultdict(dict)
    for r in rows:
        byp[r["pid"]][r["variant"]] = r
    for r in rows:
        v = r["variant"]
        sol = r["solution"]
        tag = "%s/%s" % (r["pid"], v)
        if list(r.keys()) != keys[v]:
            fails.append((tag, "keys", list(r.keys())))
            continue
        bad, nchk, lines = check_solution(sol)
        stats["checked_" + v] += nchk
        fin = final_of(sol)
        if v == "correct":
            if bad:
                fails.append((tag, "wrong computation in correct row", {k: (lines[k], e) for k, e in bad.items()}))
            if fin is None or fin != r["final"]:
                fails.append((tag, "final", fin, r["final"]))
            body = sol[:sol.rfind("####")]
            tail = [l for l in body.strip().split("\n") if re.search(r"\d", l)][-1]
            tail_n = normalize(tail).replace(",", "")
            if not re.search(r"(?<![\d.])" + re.escape(r["final"]) + r"(?![\d]|\.\d)", tail_n):
                fails.append((tag, "final not stated", tail))
            if nchk == 0:
                fails.append((tag, "nothing checked"))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if not (0 <= a < b <= len(sol)) or "\n" in sol[a:b] or (a > 0 and sol[a - 1] != "\n") or \
                    (b < len(sol) and sol[b] != "\n"):
                fails.append((tag, "span not a line", r["span"]))
                continue
            li = sol[:a].count("\n")
            if sorted(bad) != [li]:
                fails.append((tag, "bad lines", {k: (lines[k], e) for k, e in bad.items()}, "span line", li, lines[li]))
                continue
            span_n = normalize(sol[a:b]).replace(",", "")
            if not re.search(r"(?<![\d.])" + re.escape(r["wrong"]) + r"(?![\d])", span_n):
                fails.append((tag, "wrong not in span", r["wrong"], sol[a:b]))
            # the true value of the faulty computation rounds to `right`
            rels = [x for x in line_relations(normalize(re.sub(r"<<[^<>]*>>", "", sol[a:b]) if not sol[a:b].strip().startswith("|") else
                                                          (lambda c: c[-2] + (" " if c[-1].startswith("≈") else " = ") + c[-1])(
                                                              [x.strip() for x in sol[a:b].strip().strip("|").split("|")])))
                    if not x[0]]
            if rels:
                Lv = rels[0][1]["v"]
                if not close(Lv, F(r["right"]), lit_dp(r["right"])):
                    fails.append((tag, "right mismatch", float(Lv), r["right"]))
            elif not bad[li][0][0] in ("assign", "annotation", "roundup"):
                fails.append((tag, "no failing relation found"))
            c = byp[r["pid"]]["correct"]["solution"]
            if c[:a] != sol[:a]:
                fails.append((tag, "prefix differs from correct row"))
            if v == "slip":
                if fin is None or fin != r["final"]:
                    fails.append((tag, "slip final", fin, r["final"]))
            else:
                if fin is None or num_eq(fin, r["final"]):
                    fails.append((tag, "carry final not changed", fin, r["final"]))
                later = sol[b:]
                if later.strip() and r["wrong"].replace(",", "") not in normalize(later).replace(",", "") and \
                        "####" not in later[:later.find("####")]:
                    stats["carry_wrong_not_reused"] += 1
            stats["kind_" + r["kind"]] += 1
        elif v == "loop":
            if "####" in sol:
                fails.append((tag, "loop has ####"))
            if bad:
                fails.append((tag, "wrong computation in loop row", {k: (lines[k], e) for k, e in bad.items()}))
            a, b = r["span"]
            unit = sol[a:b]
            if not unit.strip():
                fails.append((tag, "empty loop unit"))
            if not 8 <= r["repeats"] <= 30 or sol.count(unit) < r["repeats"]:
                fails.append((tag, "repeats", r["repeats"], sol.count(unit)))
            first = None
            for sep in ("\n", "\n\n"):
                st = a - len(sep) - len(unit)
                if st >= 0 and sol[st:a] == unit + sep:
                    first = st
                    step = len(unit) + len(sep)
                    k = 0
                    while sol[st + k * step: st + k * step + len(unit)] == unit:
                        k += 1
                    if k != r["repeats"]:
                        fails.append((tag, "consecutive copies", k, r["repeats"]))
                    break
            if first is None:
                fails.append((tag, "span is not the second copy"))
                first = 0
            c = byp[r["pid"]]["correct"]["solution"]
            if c[:first] != sol[:first] or not c[first:].startswith(unit.split("\n")[0]):
                fails.append((tag, "loop does not start as the correct solution"))
        stats[v] += 1
    for f in fails[:40]:
        print("FAIL", *f)
    print("rows:", len(rows), dict((k, stats[k]) for k in ("correct", "slip", "carry", "loop")))
    print("computations checked:", {k: v for k, v in stats.items() if k.startswith("checked_")})
    print("slip/carry kinds:", {k[5:]: v for k, v in sorted(stats.items()) if k.startswith("kind_")})
    if fails:
        print("FAIL: %d problems" % len(fails))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
