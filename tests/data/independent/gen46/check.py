#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only; does not import the generator).

It re-reads every computation it can find in the rendered text:
  * 'expr = result' / 'expr ≈ result' chains in plain text, markdown and LaTeX
    (\\frac, \\times, \\cdot, \\div, \\approx, \\text, \\boxed, \\$ and \\%),
    GSM8K '<<expr=result>>' annotations, worded operators ('times', 'divided by',
    'is', 'is about'), percents ('0.75 × 100 = 75%' and '16 ÷ 50 = 32%' are both read),
    batting-average style '.325', rounded results (checked against the shown number of
    decimals) and truncated repeating decimals ('83.666...');
  * markdown tables: formula columns named like 'Cost (Pounds × Price per lb)',
    'Score × Weight', 'Running total' columns, and 'Total' rows (column sums).
and asserts
  * correct: no wrong computation, '#### <final>' equals the gold final, and the final is
    a value the solution computed;
  * slip: exactly one line holds wrong results and it is the line at `span`; `wrong` is on
    it; the text before it equals the correct solution; the final is still right;
  * carry: as slip, but the final differs from the gold one and every computation after
    the fault is consistent (no second wrong line);
  * loop: no '####', the unit at `span` is repeated `repeats` times back to back, the text
    before the repetition is a prefix of the correct solution, and no computation is wrong.
Prints PASS and exits 0, or lists failures and exits 1.
"""
import json
import re
import sys
from fractions import Fraction as F

NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?|\.\d+")


# ----------------------------------------------------------------- normalisation

def _frac(s):
    pat = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
    while True:
        s2 = pat.sub(r"((\1)/(\2))", s)
        if s2 == s:
            return s
        s = s2


def normalize(line):
    s = line
    s = re.sub(r"<<[^>]*>>", "", s)
    s = s.replace("**", "")
    s = s.replace("\\$", "").replace("$", "")
    s = s.replace("\\%", "%").replace("{,}", ",")
    s = s.replace("\\left", "").replace("\\right", "")
    s = s.replace("\\,", " ").replace("\\!", "").replace("\\;", " ")
    s = s.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\bar{x}", " xbar ")
    s = s.replace("_{ new }", "_new")
    s = _frac(s)
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/")
    s = s.replace("\\approx", "≈").replace("\\ldots", "...").replace("\\dots", "...")
    s = s.replace("\\[", " ").replace("\\]", " ").replace("\\(", " ").replace("\\)", " ")
    s = re.sub(r"\\[A-Za-z]+", " ; ", s)
    s = s.replace("×", "*").replace("·", "*").replace("⋅", "*").replace("÷", "/")
    s = s.replace("−", "-").replace("–", "-")
    s = s.replace("…", "...")
    s = re.sub(r"(?<=[\d)%])\s*x\s*(?=[\d(.])", " * ", s)
    s = re.sub(r"\s+times\s+", " * ", s)
    s = re.sub(r"\s+multiplied by\s+", " * ", s)
    s = re.sub(r"\s+divided by\s+", " / ", s)
    s = re.sub(r"\s+plus\s+", " + ", s)
    s = re.sub(r"\s+minus\s+", " - ", s)
    s = re.sub(r"\s+out of\s+", " / ", s)
    s = re.sub(r"(\d%)\s+of\s+", r"\1 * ", s)
    # worded equals after an arithmetic expression
    out = []
    pos = 0
    for m in re.finditer(r"\s+(is about|is approximately|is roughly|is around|is|equals|comes to|gives)\s+(?=[-\d.(])", s):
        left = s[:m.start()]
        toks = tokenize(left)
        tl = tail(toks)
        if tl is not None and tl[1]:
            out.append(s[pos:m.start()])
            out.append(" ≈ " if "about" in m.group(1) or "approx" in m.group(1) or "roughly" in m.group(1) or "around" in m.group(1) else " = ")
            pos = m.end()
    out.append(s[pos:])
    return "".join(out)


# ----------------------------------------------------------------- tokens and expressions

def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        m = NUM_RE.match(s, i) if (ch.isdigit() or (ch == "." and i + 1 < n and s[i + 1].isdigit())) else None
        if m:
            txt = m.group(0)
            j = m.end()
            pct = False
            trunc = False
            if j < n and s[j] == "%":
                pct = True
                j += 1
            elif s.startswith("...", j):
                trunc = True
                j += 3
            toks.append(("NUM", txt, i, j, pct, trunc))
            i = j
            continue
        if ch in "+-*/":
            toks.append(("OP", ch, i, i + 1))
        elif ch == "(":
            toks.append(("LP", ch, i, i + 1))
        elif ch == ")":
            toks.append(("RP", ch, i, i + 1))
        elif ch in " \t":
            toks.append(("WS", ch, i, i + 1))
        else:
            toks.append(("OTH", ch, i, i + 1))
        i += 1
    return toks


ARITH = ("NUM", "OP", "LP", "RP", "WS")


def numval(tok):
    txt = tok[1].replace(",", "")
    v = F(("0" + txt) if txt.startswith(".") else txt)
    return v


def decimals(tok):
    txt = tok[1]
    return len(txt.split(".")[1]) if "." in txt else 0


class Parser:
    def __init__(self, toks):
        self.t = [x for x in toks if x[0] != "WS"]
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "OP" and self.peek()[1] in "+-":
            op = self.peek()[1]
            self.i += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() and self.peek()[0] == "OP" and self.peek()[1] in "*/":
            op = self.peek()[1]
            self.i += 1
            w = self.unary()
            v = v * w if op == "*" else v / w
        return v

    def unary(self):
        p = self.peek()
        if p and p[0] == "OP" and p[1] == "-":
            self.i += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        p = self.peek()
        if p is None:
            raise ValueError("eof")
        if p[0] == "NUM":
            self.i += 1
            v = numval(p)
            return v / 100 if p[4] else v
        if p[0] == "LP":
            self.i += 1
            v = self.expr()
            q = self.peek()
            if not q or q[0] != "RP":
                raise ValueError("paren")
            self.i += 1
            return v
        raise ValueError("bad token")

    def parse(self):
        v = self.expr()
        if self.i != len(self.t):
            raise ValueError("trailing")
        return v


def evaluate(toks):
    try:
        return Parser(toks).parse()
    except (ValueError, ZeroDivisionError):
        return None


def has_op(toks):
    core = [x for x in toks if x[0] != "WS"]
    for k, x in enumerate(core):
        if x[0] == "OP" and k > 0:
            return True
    return False


def tail(toks):
    """Trailing arithmetic expression of a segment: (tokens, has_op) or None."""
    j = len(toks)
    while j > 0 and toks[j - 1][0] in ARITH:
        j -= 1
    col = toks[j:]
    prev = toks[j - 1] if j > 0 else None
    while col and col[0][0] == "WS":
        col = col[1:]
    while col and col[-1][0] == "WS":
        col = col[:-1]
    if not col:
        return None
    if prev is not None and toks[j][0] != "WS":
        c = prev[1]
        if c.isalnum() or c in "_{}^'’":
            return None
    first = col[0]
    if first[0] == "OP":
        if first[1] != "-":
            return None
        # binary minus after a word/variable
        k = j - 1
        while k >= 0 and toks[k][0] == "WS":
            k -= 1
        if k >= 0 and (toks[k][1].isalnum() or toks[k][0] == "RP"):
            return None
    if first[0] == "RP":
        return None
    if col[-1][0] == "OP":
        return None
    depth = 0
    for x in col:
        if x[0] == "LP":
            depth += 1
        elif x[0] == "RP":
            depth -= 1
            if depth < 0:
                return None
    while depth > 0 and col and col[0][0] in ("LP", "WS"):
        if col[0][0] == "LP":
            depth -= 1
        col = col[1:]
    if depth != 0 or not col:
        return None
    if evaluate(col) is None:
        return None
    return col, has_op(col)


def head(toks, s):
    """Leading arithmetic expression of a segment (tokens, has_op) or None."""
    col = []
    depth = 0
    i = 0
    while i < len(toks) and toks[i][0] in ARITH:
        x = toks[i]
        if x[0] == "LP":
            depth += 1
        elif x[0] == "RP":
            if depth == 0:
                break
            depth -= 1
        col.append(x)
        i += 1
    while col and col[0][0] == "WS":
        col = col[1:]
    while col and col[-1][0] in ("WS", "LP"):
        if col[-1][0] == "LP":
            depth -= 1
        col = col[:-1]
    if not col or depth != 0:
        return None
    if col[-1][0] == "OP":
        return None
    if col[0][0] == "OP" and col[0][1] not in "-+":
        return None
    end = col[-1][3]
    if end < len(s) and (s[end].isalnum() or s[end] in "(_^'"):
        return None
    if evaluate(col) is None:
        return None
    return col, has_op(col)


def lone_num(col):
    core = [x for x in col if x[0] != "WS"]
    if len(core) == 1 and core[0][0] == "NUM":
        return core[0], 1
    if len(core) == 2 and core[0][0] == "OP" and core[0][1] in "-+" and core[1][0] == "NUM":
        return core[1], (-1 if core[0][1] == "-" else 1)
    return None


def lit_ok(val, tok, sign):
    raw = numval(tok) * sign
    d = decimals(tok)
    cands = [raw / 100, raw] if tok[4] else [raw]
    for c in cands:
        scale = 100 if (tok[4] and c is cands[0]) else 1
        if tok[5]:  # truncated repeating decimal: raw <= true < raw + 10^-d
            lo = c
            hi = c + F(1, 10 ** d) / scale * (1 if sign > 0 else -1)
            if min(lo, hi) - F(1, 10 ** 12) <= val <= max(lo, hi) + F(1, 10 ** 12):
                return True
        else:
            tol = F(1, 2 * 10 ** d) / scale
            if abs(val - c) <= tol + F(1, 10 ** 12):
                return True
    return False


def check_line(line):
    """Return (n_checked, wrong_list, result_values) for one line."""
    pieces = [line]
    anns = re.findall(r"<<([^>]*)>>", line)
    pieces += anns
    n_ok, wrong, results = 0, [], []
    for piece in pieces:
        s = normalize(piece)
        segs = re.split(r"=|≈", s)
        if len(segs) < 2:
            continue
        for a, bseg in zip(segs, segs[1:]):
            ta = tokenize(a)
            tb = tokenize(bseg)
            L = tail(ta)
            R = head(tb, bseg)
            if L is None or R is None:
                continue
            lv = evaluate(L[0])
            rl = lone_num(R[0])
            if rl is not None:
                if not L[1] and lone_num(L[0]) is None:
                    continue
                if lone_num(L[0]) is not None and lone_num(L[0])[0][1] == rl[0][1]:
                    continue
                ok = lit_ok(lv, rl[0], rl[1])
                if ok:
                    n_ok += 1
                    results.append(numval(rl[0]) * rl[1])
                else:
                    wrong.append((a.strip()[-40:], bseg.strip()[:20], float(lv)))
            else:
                if not L[1]:
                    continue
                rv = evaluate(R[0])
                if abs(lv - rv) <= F(1, 10 ** 9):
                    n_ok += 1
                else:
                    wrong.append((a.strip()[-40:], bseg.strip()[:30], float(lv)))
    return n_ok, wrong, results


# ----------------------------------------------------------------- tables

def cellval(c):
    s = c.replace("**", "").replace("\\$", "").replace("$", "").replace("\\%", "%").replace(",", "").replace("{,}", "")
    s = s.replace("−", "-").strip()
    m = re.fullmatch(r"(-?)(\d+(?:\.\d+)?|\.\d+)(%?)", s)
    if not m:
        return None
    txt = m.group(2)
    v = F(("0" + txt) if txt.startswith(".") else txt)
    if m.group(1):
        v = -v
    d = len(txt.split(".")[1]) if "." in txt else 0
    return v, d, bool(m.group(3))


def cell_ok(val, cv):
    v, d, pct = cv
    cands = [v / 100, v] if pct else [v]
    for i, c in enumerate(cands):
        scale = 100 if (pct and i == 0) else 1
        if abs(val - c) <= F(1, 2 * 10 ** d) / scale + F(1, 10 ** 12):
            return True
    return False


def cval(cv):
    v, d, pct = cv
    return v / 100 if pct else v


def base_name(h):
    h = h.replace("**", "").strip()
    h = re.sub(r"\(.*?\)", "", h).strip().lower()
    return h


def check_tables(lines):
    """Return (n_checked, {line_idx: reason}, result_values)."""
    n_ok, bad, results = 0, {}, []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].startswith("|"):
            j += 1
        block = lines[i:j]
        idx = list(range(i, j))
        i = j
        if len(block) < 3:
            continue
        split = lambda ln: [c.strip() for c in ln.strip().strip("|").split("|")]
        hdr = split(block[0])
        body = [(idx[k], split(block[k])) for k in range(2, len(block))]
        names = [base_name(h) for h in hdr]
        formulas = {}
        for ci, h in enumerate(hdr):
            hh = h.replace("**", "")
            inner = re.findall(r"\(([^()]*)\)", hh)
            cand = inner + [hh]
            for cs in cand:
                m = re.fullmatch(r"\s*(.+?)\s*([×÷/+\-−])\s*(.+?)\s*", cs)
                if m and m.group(1).lower() in names and m.group(3).lower() in names:
                    formulas[ci] = (names.index(m.group(1).lower()), m.group(2), names.index(m.group(3).lower()))
                    break
            if "running total" in hh.lower() or "cumulative" in hh.lower():
                formulas[ci] = ("run",)
        prev_run = None
        for li, cells in body:
            is_total = "total" in cells[0].replace("**", "").lower()
            if is_total:
                continue
            for ci, f in formulas.items():
                if ci >= len(cells):
                    continue
                cv = cellval(cells[ci])
                if cv is None:
                    continue
                if f[0] == "run":
                    x = cellval(cells[1])
                    if x is None:
                        continue
                    want = cval(x) if prev_run is None else prev_run + cval(x)
                    if prev_run is not None:
                        if cell_ok(want, cv):
                            n_ok += 1
                            results.append(cv[0])
                        else:
                            bad[li] = "running %s" % cells[ci]
                    prev_run = cval(cv)
                    continue
                a, op, b = f
                av, bv = cellval(cells[a]), cellval(cells[b])
                if av is None or bv is None:
                    continue
                A, B = cval(av), cval(bv)
                val = {"×": A * B, "÷": A / B if B else None, "/": A / B if B else None,
                       "+": A + B, "-": A - B, "−": A - B}[op]
                if val is None:
                    continue
                if cell_ok(val, cv):
                    n_ok += 1
                    results.append(cv[0])
                else:
                    bad[li] = "formula %s" % cells[ci]
        for li, cells in body:
            if "total" not in cells[0].replace("**", "").lower():
                continue
            for ci in range(1, len(cells)):
                cv = cellval(cells[ci])
                if cv is None or formulas.get(ci, ("x",))[0] == "run":
                    continue
                vals = []
                okcol = True
                for lj, cc in body:
                    if lj == li or "total" in cc[0].replace("**", "").lower():
                        continue
                    x = cellval(cc[ci]) if ci < len(cc) else None
                    if x is None:
                        okcol = False
                        break
                    vals.append(cval(x))
                if not okcol:
                    continue
                if cell_ok(sum(vals, F(0)), cv):
                    n_ok += 1
                    results.append(cv[0])
                else:
                    bad[li] = "total %s" % cells[ci]
    return n_ok, bad, results


# ----------------------------------------------------------------- per solution

def analyse(sol):
    lines = sol.split("\n")
    wrong_lines = {}
    n = 0
    results = []
    for k, ln in enumerate(lines):
        if ln.startswith("|"):
            continue
        c, w, r = check_line(ln)
        n += c
        results += r
        if w:
            wrong_lines[k] = w
    c, bad, r = check_tables(lines)
    n += c
    results += r
    for k, why in bad.items():
        wrong_lines.setdefault(k, []).append(why)
    return n, wrong_lines, results


def line_of(sol, pos):
    return sol.count("\n", 0, pos)


def final_of(sol):
    last = sol.rstrip("\n").split("\n")[-1]
    if not last.startswith("#### "):
        return None
    return last[5:].strip()


def fval(s):
    s = s.replace(",", "").replace("$", "")
    return F(("0" + s) if s.startswith(".") else s.replace("-.", "-0."))


def main(path):
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    fails = []
    byp = {}
    stats = dict(checked=0)
    for r in rows:
        assert list(r.keys())[:7] == keys, r.keys()
        byp.setdefault(r["pid"], {})[r["variant"]] = r
    for pid, vs in byp.items():
        assert set(vs) == {"correct", "slip", "carry", "loop"}, pid
        corr = vs["correct"]
        gold = corr["final"]
        n, wl, res = analyse(corr["solution"])
        stats["checked"] += n
        if wl:
            fails.append((pid, "correct", "wrong computation(s): %r" % wl))
        if final_of(corr["solution"]) != gold:
            fails.append((pid, "correct", "final line %r != %r" % (final_of(corr["solution"]), gold)))
        else:
            g = fval(gold)
            if not any(abs(g - x) < F(1, 10 ** 9) or abs(g - x * 100) < F(1, 10 ** 9) for x in res):
                fails.append((pid, "correct", "final %s is not a computed result" % gold))
        for var in ("slip", "carry"):
            r = vs[var]
            sol = r["solution"]
            s0, s1 = r["span"]
            if not (0 <= s0 < s1 <= len(sol)) or (s0 > 0 and sol[s0 - 1] != "\n") or (s1 < len(sol) and sol[s1] != "\n"):
                fails.append((pid, var, "span is not a whole line"))
                continue
            li = line_of(sol, s0)
            n, wl, res = analyse(sol)
            if set(wl) != {li}:
                fails.append((pid, var, "wrong lines %r, span line %d: %r" % (sorted(wl), li, wl)))
            if r["wrong"] not in sol[s0:s1]:
                fails.append((pid, var, "wrong %r not in span" % r["wrong"]))
            if sol[:s0] != corr["solution"][:s0]:
                fails.append((pid, var, "text before the fault differs from the correct solution"))
            if r["final"] != gold:
                fails.append((pid, var, "gold final changed"))
            fl = final_of(sol)
            if var == "slip" and fl != gold:
                fails.append((pid, var, "slip final %r != %r" % (fl, gold)))
            if var == "carry":
                if fl is None or fl == gold:
                    fails.append((pid, var, "carry final %r equals gold or missing" % fl))
                else:
                    g = fval(fl)
                    wv = fval(re.sub(r"[^\d.\-]", "", r["wrong"].replace("−", "-")))
                    cands = res + [wv]
                    if not any(abs(g - x) < F(1, 10 ** 9) or abs(g - x * 100) < F(1, 10 ** 9) for x in cands):
                        fails.append((pid, var, "carry final %s not a computed result" % fl))
        r = vs["loop"]
        sol = r["solution"]
        s0, s1 = r["span"]
        unit = sol[s0:s1]
        reps = r["repeats"]
        if "####" in sol:
            fails.append((pid, "loop", "has ####"))
        start1 = s0 - len(unit) - 1
        if start1 < 0 or sol[start1:s0 - 1] != unit:
            fails.append((pid, "loop", "first copy not right before span"))
        else:
            block = "\n".join([unit] * reps)
            if sol[start1:start1 + len(block)] != block:
                fails.append((pid, "loop", "unit not repeated %d times" % reps))
            if not corr["solution"].startswith(sol[:start1 + len(unit)]):
                fails.append((pid, "loop", "prefix is not the correct solution"))
            if sol[start1 + len(block):].count(unit) > 0:
                fails.append((pid, "loop", "more copies than repeats"))
        if not (8 <= reps <= 30):
            fails.append((pid, "loop", "repeats out of range"))
        n, wl, res = analyse(sol)
        if wl:
            fails.append((pid, "loop", "wrong computation in loop row: %r" % wl))
    if fails:
        for f in fails[:60]:
            print("FAIL", *f)
        print("%d failures" % len(fails))
        sys.exit(1)
    print("rows %d, problems %d, computations verified in correct rows: %d" % (len(rows), len(byp), stats["checked"]))
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
