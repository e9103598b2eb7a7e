#!/usr/bin/env python3
"""Independent re-checker for the growth/decay/powers set (does not import the generator).

It re-reads every computation it can find in each solution -- `expr = result` chains written with
unicode, ASCII, worded or LaTeX operators, arrow chains (800 → 400 → 200), balance tables with a
"(r%)" column and "Calculation | Result" tables -- and asserts:
  * correct rows: no wrong computation, last line `#### <final>`;
  * slip rows: exactly one wrong computation, on the line of `span`; `#### <final>` (gold);
  * carry rows: exactly one wrong computation, on the line of `span`; every later computation is
    consistent with the wrong value (no second error); the `####` answer differs from the gold;
  * loop rows: span holds the 2nd copy of a unit repeated `repeats` times, no `####`, no error.
Prints PASS and exits 0, or lists failures and exits 1.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter
from decimal import Decimal as D, getcontext, InvalidOperation

getcontext().prec = 60

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
EXTRA = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
         "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}

SUPMAP = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
          "⁹": "9", "⁻": "-"}

UNITS = ["square meters", "square feet", "square yards", "square inches", "sq ft", "cubic feet",
         "cm³", "cm²", "m²", "m³", "ft²", "in²", "km", "cm", "mm", "ft", "feet", "inches", "meters",
         "minutes", "hours", "years", "days", "weeks", "months", "grams", "mg", "kg", "liters", "L",
         "bacteria", "cells", "people", "deer", "students", "rabbits", "members", "birds", "fish", "users",
         "trees", "grains", "cents", "shares", "emails", "cups", "branches", "views", "insects", "layers",
         "cubes", "bags", "units", "KB", "pounds", "marbles", "cookies", "calculations", "bolts", "bytes",
         "photos", "dollars", "boxes", "visits", "plays", "m"]


class ParseFail(Exception):
    pass


# ---------------------------------------------------------------- normalisation

def _frac(s):
    pat = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
    while True:
        t = pat.sub(r"((\1)/(\2))", s)
        if t == s:
            return t
        s = t


def normalize(line):
    s = line
    s = re.sub(r"<<[^>]*>>", "", s)                        # GSM8K calculator annotations
    # LaTeX
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = re.sub(r"\\text\{[^{}]*\}(\^\{?\d\}?)?", " ", s)
    s = re.sub(r"\\(begin|end)\{[^{}]*\}", " ", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/").replace("\\approx", "≈")
    s = s.replace("\\to", "→").replace("\\quad", " ; ").replace("\\\\", " ").replace("&", " ")
    s = s.replace("\\boxed", " ")
    s = _frac(s)
    s = re.sub(r"\\sqrt\[3\]\{([^{}]*)\}", r"cbrt(\1)", s)
    s = re.sub(r"\\sqrt\{([^{}]*)\}", r"sqrt(\1)", s)
    s = re.sub(r"\^\{([^{}]*)\}", r"^(\1)", s)
    s = re.sub(r"\\[A-Za-z]+", " ", s)
    s = s.replace("{", " ").replace("}", " ")
    # markdown
    s = re.sub(r"(?<=[\d)])\*\*(?=[\d(\-])", "^", s)        # python power
    s = s.replace("**", "")
    s = re.sub(r"^\s*(?:#+|[-*•]|\d+\.)\s+", "", s)          # headings, bullets, numbered items
    # units written after numbers
    for u in UNITS:
        s = re.sub(r"(?<=[\d)])\s*" + re.escape(u) + r"(?![A-Za-z²³])", " ", s)
    # superscripts
    s = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+", lambda m: "^(" + "".join(SUPMAP[c] for c in m.group()) + ")", s)
    # words
    s = re.sub(r"\bto the power of\b", "^", s)
    s = re.sub(r"\b(?:raised )?to the (\d+)(?:st|nd|rd|th) power\b", r"^\1", s)
    s = re.sub(r"\bsquared\b", "^2", s)
    s = re.sub(r"\bcubed\b", "^3", s)
    s = re.sub(r"\bthe square root of\b", "√", s)
    s = re.sub(r"\bthe cube root of\b", "∛", s)
    s = re.sub(r"(?<=[\d)%])\s+(?:times|multiplied by)\s+", " * ", s)
    s = re.sub(r"(?<=[\d)%])\s+divided by\s+", " / ", s)
    s = re.sub(r"(?<=[\d)%])\s+plus\s+", " + ", s)
    s = re.sub(r"(?<=[\d)%])\s+minus\s+", " - ", s)
    s = re.sub(r"%\s+of\b", "% *", s)
    s = re.sub(r"\s+equals\s+", " = ", s)
    s = re.sub(r"(?<=[\d)%])\s+is\s+(?:about|approximately)\s+", " ≈ ", s)
    s = re.sub(r"(?<=[\d)%])\s+is\s+(?=[$\d(√∛])", " = ", s)
    # symbols
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d($])", " * ", s)
    s = s.replace("×", "*").replace("·", "*").replace("∙", "*").replace("÷", "/")
    s = s.replace("−", "-").replace("–", "-").replace("->", "→").replace("$", "")
    return s


# ---------------------------------------------------------------- tokens and parsing

NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:e-?\d+)?(?!\d|,\d)|\d+(?:\.\d+)?(?:e-?\d+)?")


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and c.isdigit():
            txt = m.group()
            body = txt.replace(",", "")
            mant, _, ex = body.partition("e")
            dp = len(mant.split(".")[1]) if "." in mant else 0
            ex = int(ex) if ex else 0
            toks.append(("num", D(body), dp - ex, "e" in txt, len(txt), i))
            i = m.end()
            continue
        if c in "+-*/^%":
            toks.append(("op", c, i))
            i += 1
            continue
        if c == "(":
            toks.append(("lp", i))
            i += 1
            continue
        if c == ")":
            toks.append(("rp", 1, i))
            i += 1
            continue
        if c in "√∛":
            toks.append(("fn", "sqrt" if c == "√" else "cbrt", i))
            i += 1
            continue
        if s.startswith("sqrt(", i) or s.startswith("cbrt(", i):
            toks.append(("fn", s[i:i + 4], i))
            i += 4
            continue
        if c in "=≈":
            toks.append(("rel", c, i))
            i += 1
            continue
        if c == "→":
            toks.append(("arrow", i))
            i += 1
            continue
        m2 = re.match(r"[A-Za-z]+", s[i:])
        if m2:
            toks.append(("other", m2.group(), i))
            i += len(m2.group())
            continue
        toks.append(("other", c, i))
        i += 1
    # implicit multiplication: 1000(1.05)  )(
    out = []
    for t in toks:
        if out and t[0] == "lp" and out[-1][0] in ("num", "rp") and out[-1][-1] + out[-1][-2] == t[-1]:
            out.append(("op", "*", t[-1]))
        out.append(t)
    return out


EXPR_T = ("num", "op", "lp", "rp", "fn")


class P:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.take()[1]
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.take()[1]
            w = self.unary()
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise ParseFail("div0")
                v = v / w
        return v

    def unary(self):
        t = self.peek()
        if t and t[0] == "op" and t[1] == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        b = self.postfix()
        t = self.peek()
        if t and t[0] == "op" and t[1] == "^":
            self.take()
            e = self.unary()
            if e != e.to_integral_value() or abs(e) > 80:
                raise ParseFail("exp")
            if b == 0 and e < 0:
                raise ParseFail("0^-")
            return b ** int(e)
        return b

    def postfix(self):
        v = self.atom()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] == "%":
            self.take()
            v = v / 100
        return v

    def atom(self):
        t = self.take()
        if t is None:
            raise ParseFail("eof")
        if t[0] == "num":
            return t[1]
        if t[0] == "lp":
            v = self.expr()
            r = self.take()
            if r is None or r[0] != "rp":
                raise ParseFail("paren")
            return v
        if t[0] == "fn":
            x = self.postfix()
            if t[1] == "sqrt":
                if x < 0:
                    raise ParseFail("sqrt")
                return x.sqrt()
            if x <= 0:
                raise ParseFail("cbrt")
            r = round(float(x) ** (1 / 3))
            if D(r) ** 3 == x:
                return D(r)
            return (x.ln() / 3).exp()
        raise ParseFail("atom")


def evaluate(toks):
    if not toks:
        raise ParseFail("empty")
    p = P(toks)
    v = p.expr()
    if p.i != len(toks):
        raise ParseFail("trailing")
    return v


def is_bare(toks):
    t = [x for x in toks if not (x[0] == "op" and x[1] == "-")]
    return len(t) == 1 and t[0][0] == "num" and not t[0][3]


def half(dp):
    return D(5).scaleb(-dp - 1)


def tolerance(toks, val):
    """How far a written right-hand side may be from the exact value of the left-hand side."""
    nums = [t for t in toks if t[0] == "num"]
    if is_bare(toks):
        return half(nums[0][2])
    # m * 10 ^ e  (scientific notation)
    if len(toks) >= 5 and toks[0][0] == "num" and toks[1][:2] == ("op", "*") and toks[2][0] == "num" \
            and toks[2][1] == 10 and toks[3][:2] == ("op", "^"):
        try:
            e = evaluate(toks[4:])
            if e == e.to_integral_value():
                return half(toks[0][2]) * D(10) ** int(e)
        except ParseFail:
            pass
    rel = D(0)
    for t in nums:
        if t[2] > 0 and t[1] != 0:
            rel = max(rel, half(t[2]) / abs(t[1]))
    return abs(val) * rel * 3 + D("1e-12")


def runs(toks):
    """Maximal runs of expression tokens: list of (start, end) indices."""
    out = []
    i = 0
    while i < len(toks):
        if toks[i][0] in EXPR_T:
            j = i
            while j < len(toks) and toks[j][0] in EXPR_T:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def left_expr(toks, a, b):
    """Longest valid suffix of toks[a:b]; None if it is a fragment (begins right after an operator)."""
    for s in range(a, b):
        try:
            v = evaluate(toks[s:b])
        except (ParseFail, InvalidOperation, OverflowError):
            continue
        if s > a and toks[s - 1][0] in ("op", "fn", "lp"):
            return None
        return (s, v)
    return None


def right_expr(toks, a, b):
    for e in range(b, a, -1):
        try:
            v = evaluate(toks[a:e])
        except (ParseFail, InvalidOperation, OverflowError):
            continue
        if e < b and toks[e][0] in ("op", "rp") and not (toks[e][0] == "op" and toks[e][1] == "%"):
            return None
        return (e, v)
    return None


def check_relations(toks):
    """Return (#checked, list of wrong positions)."""
    errs = []
    checked = 0
    rs = runs(toks)
    by_end = {b: (a, b) for a, b in rs}
    by_start = {a: (a, b) for a, b in rs}
    prev_right = None   # (start, end) of the right side used by the previous relation
    for i, t in enumerate(toks):
        if t[0] != "rel":
            continue
        L = by_end.get(i)
        Rr = by_start.get(i + 1)
        if not L or not Rr:
            prev_right = None
            continue
        le = left_expr(toks, *L)
        re_ = right_expr(toks, *Rr)
        if le is None or re_ is None:
            prev_right = None
            continue
        ls, lv = le
        rend, rv = re_
        ltoks = toks[ls:L[1]]
        rtoks = toks[Rr[0]:rend]
        chained = prev_right is not None and prev_right == (ls, L[1])
        prev_right = (Rr[0], rend) if rend == Rr[1] else None
        if is_bare(ltoks) and not chained and t[1] != "≈":
            continue
        tol = tolerance(rtoks, rv)
        if is_bare(ltoks) and is_bare(rtoks):
            tol = max(tol, tolerance(ltoks, lv)) if chained else tol
        checked += 1
        if abs(lv - rv) > tol * D("1.0001"):
            errs.append(toks[Rr[0]][-1])
    return checked, errs


def chain_ratio(problem, vals):
    p = problem.lower()
    if "tripl" in p:
        return D(3)
    if "doubl" in p:
        return D(2)
    if "half" in p or "halv" in p:
        return D("0.5")
    rs = [b / a for a, b in zip(vals, vals[1:]) if a != 0]
    c = Counter(rs).most_common()
    best = c[0][1]
    tops = [r for r, k in c if k == best]
    tops.sort(key=lambda r: (r != r.to_integral_value(), r))
    return tops[0]


def check_chains(toks, problem):
    """Arrow chains a → b → c (at least two arrows between bare numbers)."""
    errs = []
    checked = 0
    i = 0
    while i < len(toks):
        if toks[i][0] == "num" and (i == 0 or toks[i - 1][0] not in EXPR_T):
            seq = [toks[i]]
            j = i + 1
            while j + 1 < len(toks) and toks[j][0] == "arrow" and toks[j + 1][0] == "num" and \
                    (j + 2 >= len(toks) or toks[j + 2][0] not in EXPR_T):
                seq.append(toks[j + 1])
                j += 2
            if len(seq) >= 3:
                vals = [t[1] for t in seq]
                r = chain_ratio(problem, vals)
                prev_w, prev_x = vals[0], vals[0]
                for t in seq[1:]:
                    checked += 1
                    tol = half(t[2])
                    a, b = prev_w * r, prev_x * r
                    if abs(t[1] - a) <= tol:
                        prev_x = t[1]
                    elif abs(t[1] - b) <= tol:
                        prev_x = t[1]
                    else:
                        errs.append(t[-1])
                        prev_x = a
                    prev_w = t[1]
                i = j
                continue
        i += 1
    return checked, errs


def first_num(cell):
    for t in tokenize(normalize(cell)):
        if t[0] == "num":
            return t
    return None


def check_tables(lines):
    """Returns {line index: #errors}, #checked."""
    errs = {}
    checked = 0
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|") and i + 1 < len(lines) and re.match(r"^\s*\|[-:| ]+\|\s*$", lines[i + 1]):
            head = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            j = i + 2
            calc = next((k for k, h in enumerate(head) if h.lower() == "calculation"), None)
            pct = next((k for k, h in enumerate(head) if re.search(r"\((\d+(?:\.\d+)?)%\)", h)), None)
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                if calc is not None and calc + 1 < len(cells):
                    try:
                        lv = evaluate(tokenize(normalize(cells[calc])))
                        rt = [t for t in tokenize(normalize(cells[calc + 1])) if t[0] in EXPR_T]
                        rv = evaluate(rt)
                        checked += 1
                        if abs(lv - rv) > tolerance(rt, rv) * D("1.0001"):
                            errs[j] = errs.get(j, 0) + 1
                    except (ParseFail, InvalidOperation):
                        pass
                if pct is not None and pct + 1 < len(cells):
                    rate = D(re.search(r"\((\d+(?:\.\d+)?)%\)", head[pct]).group(1)) / 100
                    sign = -1 if re.search(r"depreciation|decrease|removed|loss|decay", head[pct].lower()) else 1
                    st, ch, en = first_num(cells[pct - 1]), first_num(cells[pct]), first_num(cells[pct + 1])
                    if st and ch and en:
                        checked += 2
                        exp_ch = st[1] * rate
                        bad_ch = abs(ch[1] - exp_ch) > half(ch[2]) * D("1.0001")
                        # the end may use the written change (carry) or the right change (slip)
                        ok_en = any(abs(en[1] - (st[1] + sign * c)) <= half(en[2]) * D("1.0001")
                                    for c in (ch[1], exp_ch.quantize(D(1).scaleb(-ch[2]), rounding="ROUND_HALF_UP")))
                        n_bad = int(bad_ch) + int(not ok_en)
                        if n_bad:
                            errs[j] = errs.get(j, 0) + n_bad
                j += 1
            i = j
            continue
        i += 1
    return errs, checked


def analyse(solution, problem):
    """List of line indices holding wrong computations (one entry per wrong result) and #checked."""
    lines = solution.split("\n")
    bad = []
    checked = 0
    terrs, tchk = check_tables(lines)
    checked += tchk
    for li, ln in enumerate(lines):
        if li in terrs:
            bad.extend([li] * terrs[li])
        if ln.lstrip().startswith("|") or ln.startswith("####"):
            continue
        toks = tokenize(normalize(ln))
        c1, e1 = check_relations(toks)
        c2, e2 = check_chains(toks, problem)
        checked += c1 + c2
        bad.extend([li] * (len(e1) + len(e2)))
    return bad, checked


def line_of(sol, pos):
    return sol.count("\n", 0, pos)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    fails = []
    counts = Counter()
    styles = Counter()
    pids = Counter()
    total_checked = Counter()
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    for row in rows:
        v = row.get("variant")
        keys = KEYS + EXTRA.get(v, [])
        pid = row.get("pid")
        where = f"{pid}/{v}"
        if list(row.keys()) != keys:
            fails.append(f"{where}: keys {list(row.keys())}")
            continue
        counts[v] += 1
        pids[pid] += 1
        sol = row["solution"]
        lines = sol.split("\n")
        bad, chk = analyse(sol, row["problem"])
        total_checked[v] += chk
        if v == "correct":
            styles[row["style"]] += 1
            if bad:
                fails.append(f"{where}: wrong computation on lines {bad}: {[lines[i] for i in bad]}")
            if lines[-1] != f"#### {row['final']}":
                fails.append(f"{where}: last line {lines[-1]!r}")
            if chk == 0:
                fails.append(f"{where}: nothing checkable")
        elif v in ("slip", "carry"):
            a, b = row["span"]
            if not (0 <= a < b <= len(sol)) or "\n" in sol[a:b]:
                fails.append(f"{where}: bad span")
                continue
            if (a > 0 and sol[a - 1] != "\n") or (b < len(sol) and sol[b] != "\n"):
                fails.append(f"{where}: span is not a whole line")
            sl = line_of(sol, a)
            if row["wrong"] not in sol[a:b] or row["wrong"] == row["right"]:
                fails.append(f"{where}: wrong/right strings")
            if bad != [sl]:
                fails.append(f"{where}: expected one wrong result on line {sl}, found {bad}: "
                             f"{[lines[i] for i in bad]} / span line {lines[sl]!r}")
            last = lines[-1]
            if not last.startswith("#### "):
                fails.append(f"{where}: no final line")
            elif v == "slip" and last != f"#### {row['final']}":
                fails.append(f"{where}: slip final {last!r} != {row['final']}")
            elif v == "carry":
                got = last[5:]
                if got == row["final"]:
                    fails.append(f"{where}: carry final equals gold")
                try:
                    g = D(got)
                except InvalidOperation:
                    fails.append(f"{where}: carry final not a number")
                    g = None
                if g is not None:
                    body = " ".join(normalize(x) for x in sol[a:sol.rfind("####")].split("\n"))
                    nums = [t[1] for t in tokenize(body) if t[0] == "num"]
                    if g not in nums:
                        fails.append(f"{where}: carried final {got} never written after the fault")
        elif v == "loop":
            a, b = row["span"]
            unit = sol[a:b]
            n = row["repeats"]
            if "####" in sol:
                fails.append(f"{where}: loop has ####")
            if not (8 <= n <= 30) or not unit.strip():
                fails.append(f"{where}: repeats/unit")
            first = a - len(unit) - 1
            if first < 0 or sol[first:a - 1] != unit or sol[a - 1] != "\n":
                fails.append(f"{where}: first copy not right before span")
            else:
                block = sol[first:]
                exp = "\n".join([unit] * n)
                if not block.startswith(exp):
                    fails.append(f"{where}: not {n} copies")
                rest = block[len(exp):]
                if rest.startswith("\n" + unit):
                    fails.append(f"{where}: more than {n} full copies")
            if bad:
                fails.append(f"{where}: wrong computation in loop text {[lines[i] for i in bad]}")
        else:
            fails.append(f"{where}: unknown variant")
    for pid, k in pids.items():
        if k != 4:
            fails.append(f"{pid}: {k} rows")
    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print(f"{len(fails)} failures")
        sys.exit(1)
    print("rows per variant:", dict(counts))
    print("styles (problems):", dict(sorted(styles.items())))
    print("computations checked per variant:", dict(total_checked))
    print("PASS")


if __name__ == "__main__":
    main()
