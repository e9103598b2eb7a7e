#!/usr/bin/env python3
"""Independent re-checker for the eval69 set (standard library only; does not import gen.py).

It re-reads the arithmetic written in every solution (plain, markdown, LaTeX, tables, worded
operators), evaluates each written computation exactly, and asserts:
  correct -> no wrong computation, ends with '#### <final>'
  slip    -> exactly one wrong computation, on the line given by span; '####' is the gold final
  carry   -> exactly one wrong computation, on the span line; later work consistent; '####' differs
  loop    -> no '####' line; span is the 2nd copy of a unit repeated `repeats` times; no wrong math
Prints PASS and exits 0 on success.

    python3 check.py [set.jsonl]
"""
import json
import math
import re
import sys
from collections import Counter
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]


# ----------------------------------------------------------------------------- normalisation

def strip_braced(s, cmd, repl):
    """Replace \\cmd{X} (X without nested braces) by repl(X)."""
    pat = re.compile(re.escape(cmd) + r"\{([^{}]*)\}")
    while True:
        t = pat.sub(lambda mo: repl(mo.group(1)), s)
        if t == s:
            return t
        s = t


def normalize(line):
    s = line
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = strip_braced(s, "\\text", lambda x: " " + x + " ")
    s = strip_braced(s, "\\mathrm", lambda x: " " + x + " ")
    s = strip_braced(s, "\\boxed", lambda x: " " + x + " ")
    while "\\frac{" in s:
        t = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
        if t == s:
            break
        s = t
    for a, b in [("\\times", " × "), ("\\cdot", " · "), ("\\div", " ÷ "), ("\\approx", " ≈ "),
                 ("\\left(", "("), ("\\right)", ")"), ("\\left", ""), ("\\right", ""),
                 ("\\[", " "), ("\\]", " "), ("\\(", " "), ("\\)", " "), ("\\,", " "),
                 ("\\quad", " "), ("**", " "), ("`", " "), ("✓", " "), ("✅", " ")]:
        s = s.replace(a, b)
    s = re.sub(r"\bmultiplied by\b", " × ", s)
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bminus\b", " − ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\b(?:is about|is approximately|is roughly)\b", " ≈ ", s)
    s = re.sub(r"\b(?:comes to|works out to|equals|is|gives|leaves)\b", " = ", s)
    return s


TOK = re.compile(r"""
  (?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)
 |(?P<word>[A-Za-z_][A-Za-z0-9_']*(?:[-/][A-Za-z][A-Za-z0-9_']*)*|[-/][A-Za-z][A-Za-z]*)
 |(?P<op>[×x*·÷/+\-−])
 |(?P<eq>=|≈|~)
 |(?P<lp>\()
 |(?P<rp>\))
 |(?P<sp>\s+)
 |(?P<other>.)
""", re.X)


class Tok:
    __slots__ = ("t", "s", "v", "pct", "dec", "money", "pos")

    def __init__(self, t, s, pos):
        self.t, self.s, self.pos = t, s, pos
        self.v = None


def tokenize(s):
    out = []
    for mo in TOK.finditer(s):
        kind = mo.lastgroup
        txt = mo.group()
        if kind == "sp":
            continue
        if kind == "word" and txt in ("x", "X"):
            kind = "op"
            txt = "×"
        if kind == "op" and txt == "x":
            kind = "word"
        tk = Tok(kind, txt, mo.start())
        if kind == "num":
            raw = txt
            tk.money = raw.startswith("$")
            tk.pct = raw.endswith("%")
            core = raw.strip("$%").replace(",", "")
            tk.dec = len(core.split(".")[1]) if "." in core else 0
            tk.v = F(core)
        out.append(tk)
    return out


# ----------------------------------------------------------------------------- parsing

class ParseError(Exception):
    pass


MULS = {"×", "*", "·"}
DIVS = {"÷", "/"}
ADDS = {"+"}
SUBS = {"-", "−"}


class P:
    def __init__(self, toks, i):
        self.toks, self.i = toks, i
        self.nops = 0
        self.lastdiv = None

    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def skip_units(self):
        # unit words after a quantity: only if followed by an operator / = / )
        j = self.i
        while j < len(self.toks) and j - self.i < 4 and self.toks[j].t == "word" and self.toks[j].s != "of":
            j += 1
        if j > self.i and j < len(self.toks) and self.toks[j].t in ("op", "eq", "rp"):
            self.i = j

    def factor(self):
        tk = self.peek()
        if tk is None:
            raise ParseError()
        if tk.t == "op" and tk.s in SUBS:
            self.i += 1
            v, lit = self.factor()
            return -v, None
        if tk.t == "num":
            self.i += 1
            v = tk.v / 100 if tk.pct else tk.v
            self.skip_units()
            return v, tk
        if tk.t == "lp":
            self.i += 1
            v = self.expr()
            if self.peek() is None or self.peek().t != "rp":
                raise ParseError()
            self.i += 1
            self.skip_units()
            return v, None
        raise ParseError()

    def term(self):
        v, lit = self.factor()
        while True:
            tk = self.peek()
            if tk is None:
                return v
            if tk.t == "op" and (tk.s in MULS or tk.s in DIVS):
                nxt = self.peek(1)
                if nxt is None or nxt.t not in ("num", "lp", "op"):
                    return v
                self.i += 1
                w, _ = self.factor()
                self.nops += 1
                if tk.s in MULS:
                    v = v * w
                else:
                    if w == 0:
                        raise ParseError()
                    self.lastdiv = (v, w)
                    v = v / w
                lit = None
            elif tk.t == "word" and tk.s == "of" and lit is not None and lit.pct:
                nxt = self.peek(1)
                if nxt is None or nxt.t not in ("num", "lp"):
                    return v
                self.i += 1
                w, _ = self.factor()
                self.nops += 1
                v = v * w
                lit = None
            else:
                return v

    def expr(self):
        v = self.term()
        while True:
            tk = self.peek()
            if tk is not None and tk.t == "op" and (tk.s in ADDS or tk.s in SUBS):
                nxt = self.peek(1)
                if nxt is None or nxt.t not in ("num", "lp"):
                    return v
                self.i += 1
                w = self.term()
                self.nops += 1
                v = v + w if tk.s in ADDS else v - w
            else:
                return v


def rounds_to(x, lit_v, dec):
    if x == lit_v:
        return True
    q = x * 10 ** dec
    lo, hi = math.floor(q), math.ceil(q)
    cands = set()
    fr = q - lo
    if fr > F(1, 2):
        cands.add(hi)
    elif fr < F(1, 2):
        cands.add(lo)
    else:
        cands.update([lo, hi])
    return any(F(c, 10 ** dec) == lit_v for c in cands)


def matches(x, lit):
    """Does exact value x agree with written literal token lit?"""
    if lit.pct:
        return rounds_to(x, lit.v / 100, lit.dec + 2) or rounds_to(x, lit.v, lit.dec)
    return rounds_to(x, lit.v, lit.dec)


class Comp:
    def __init__(self, line_no, lhs_value, written, ok, text, pos=0):
        self.line_no, self.lhs_value, self.written, self.ok, self.text = line_no, lhs_value, written, ok, text
        self.pos = pos


def table_join(line):
    if not line.lstrip().startswith("|"):
        return line
    cells = line.strip().strip("|").split("|")
    if len(cells) < 2 or set(cells[0].strip()) <= set("-: "):
        return line
    out = cells[0]
    for a, b in zip(cells, cells[1:]):
        tail = re.split(r"[=≈~]", a)[-1]
        has_op = re.search(r"\d\s*[×x*·÷/+−-]\s*[\d$(]", tail) is not None
        if has_op and re.match(r"\s*[-−]?\$?\d", b):
            out += " = " + b
        else:
            out += " | " + b
    return out


def scan_line(line_no, raw):
    """Return list of Comp for all computations written on the line."""
    s = normalize(table_join(raw))
    toks = tokenize(s)
    comps = []
    i = 0
    n = len(toks)
    while i < n:
        tk = toks[i]
        startable = tk.t in ("num", "lp") or (tk.t == "op" and tk.s in SUBS and i + 1 < n
                                              and toks[i + 1].t == "num"
                                              and (i == 0 or toks[i - 1].t not in ("num", "rp")))
        if not startable:
            i += 1
            continue
        segs = []
        p = P(toks, i)
        try:
            v = p.expr()
        except ParseError:
            i += 1
            continue
        lit = toks[i] if (p.i == i + 1 or (p.i > i + 1 and p.nops == 0 and toks[i].t == "num")) else None
        if p.nops == 0 and toks[i].t == "op":
            lit = toks[i + 1]
        segs.append((v, p.nops, lit, None))
        lastdiv = p.lastdiv if p.nops == 1 else None
        j = p.i
        while j < n and toks[j].t == "eq":
            sym = toks[j].s
            p2 = P(toks, j + 1)
            try:
                v2 = p2.expr()
            except ParseError:
                break
            lit2 = None
            if p2.nops == 0:
                k = j + 1
                neg = False
                if toks[k].t == "op" and toks[k].s in SUBS:
                    neg = True
                    k += 1
                if k < n and toks[k].t == "num":
                    lit2 = toks[k]
                    if neg:
                        lit2 = _neg(lit2)
            segs.append((v2, p2.nops, lit2, sym))
            j = p2.i
        # remainder form: "= q R r" / "= q remainder r"
        rem = None
        if j + 1 < n and toks[j].t == "word" and toks[j].s in ("R", "r", "remainder") and toks[j + 1].t == "num":
            rem = toks[j + 1].v
            j += 2
        if len(segs) >= 2:
            # drop leading bare numbers (labels such as "Line 2 is ...")
            k0 = 0
            while k0 < len(segs) and segs[k0][1] == 0:
                k0 += 1
            segs = segs[k0:]
            if len(segs) >= 2:
                cs = judge(line_no, segs, (rem, lastdiv) if rem is not None else None, s)
                for c in cs:
                    c.pos = toks[j - 1].pos
                comps.extend(cs)
        i = max(j, i + 1)
    return comps


def _neg(tk):
    t = Tok("num", "-" + tk.s, tk.pos)
    t.v, t.pct, t.dec, t.money = -tk.v, tk.pct, tk.dec, tk.money
    return t


def judge(line_no, segs, rem, text):
    out = []
    cur = segs[0][0]
    lhs_true = segs[0][0]
    for idx in range(1, len(segs)):
        v, nops, lit, sym = segs[idx]
        last = idx == len(segs) - 1
        if nops > 0:
            ok = (v == cur)
            out.append(Comp(line_no, cur, v, ok, text))
            cur = v
            continue
        if lit is None:
            continue
        if last and rem is not None:
            r_, ld = rem
            q = lit.v
            okr = ld is not None and ld[0].denominator == 1 and ld[1].denominator == 1 and \
                q * ld[1] + r_ == ld[0] and 0 <= r_ < ld[1]
            out.append(Comp(line_no, cur, q, bool(okr), text))
            continue
        ok = matches(cur, lit)
        out.append(Comp(line_no, cur, lit.v / 100 if lit.pct else lit.v, ok, text))
        # continue the chain from the written value (a wrong value is carried on the line)
        if not ok:
            cur = lit.v / 100 if lit.pct else lit.v
    return out


ROUND_RE = re.compile(r"round(?:s|ed)? (up|down) to (\d[\d,]*)")


def scan_solution(sol):
    lines = sol.split("\n")
    comps = []
    claims_bad = []
    last = None
    for i, ln in enumerate(lines):
        cs = scan_line(i, ln)
        prev = last
        for c in cs:
            comps.append(c)
            last = c
        for mo in ROUND_RE.finditer(normalize(table_join(ln))):
            N = F(mo.group(2).replace(",", ""))
            before = [c for c in cs if c.pos < mo.start()]
            last = before[-1] if before else prev
            if last is None:
                claims_bad.append((i, "round claim without computation"))
                continue
            f = math.ceil if mo.group(1) == "up" else math.floor
            if N not in (f(last.lhs_value), f(last.written)):
                claims_bad.append((i, "round %s to %s after %s" % (mo.group(1), N, last.written)))
    return lines, comps, claims_bad


# ----------------------------------------------------------------------------- row checks

def line_of(sol, span):
    a, b = span
    assert 0 <= a <= b <= len(sol), "span out of range"
    assert a == 0 or sol[a - 1] == "\n", "span does not start a line"
    assert b == len(sol) or sol[b] == "\n", "span does not end a line"
    assert "\n" not in sol[a:b], "span covers more than one line"
    return sol[:a].count("\n")


def num_of(s):
    t = s.replace("\\$", "").replace("$", "").replace("{,}", "").replace(",", "").replace("\\%", "%")
    t = t.replace("−", "-").strip()
    pct = t.endswith("%")
    return F(t.rstrip("%")), pct


def check_row(r):
    v = r["variant"]
    keys = list(r.keys())
    if v in ("slip", "carry"):
        assert keys == KEYS_FAULT, keys
    elif v == "loop":
        assert keys == KEYS_LOOP, keys
    else:
        assert v == "correct" and keys == KEYS_BASE, keys
    sol = r["solution"]
    lines, comps, bad_claims = scan_solution(sol)
    wrongs = [c for c in comps if not c.ok]
    assert comps, "no computation recognised"
    last = lines[-1]
    if v == "correct":
        assert not wrongs, "wrong computation in correct row: %s" % wrongs[0].text
        assert not bad_claims, bad_claims
        assert last == "#### " + r["final"], "bad final line"
        fv = F(r["final"])
        assert any(c.written == fv or c.written * 100 == fv for c in comps) or \
            any(str(r["final"]) in ln.replace(",", "") for ln in lines[:-1]), "final never derived"
    elif v == "slip":
        assert len(wrongs) == 1, "slip row has %d wrong computations" % len(wrongs)
        li = line_of(sol, r["span"])
        assert wrongs[0].line_no == li, "wrong computation not on span line"
        assert r["wrong"] in sol[r["span"][0]:r["span"][1]], "wrong string not in span"
        assert last == "#### " + r["final"], "slip final must be gold"
        assert matches_str(wrongs[0].lhs_value, r["right"]), "right value disagrees"
        assert not bad_claims, bad_claims
    elif v == "carry":
        assert len(wrongs) == 1, "carry row has %d wrong computations" % len(wrongs)
        li = line_of(sol, r["span"])
        assert wrongs[0].line_no == li, "wrong computation not on span line"
        assert r["wrong"] in sol[r["span"][0]:r["span"][1]], "wrong string not in span"
        assert last.startswith("#### ") and last != "#### " + r["final"], "carry final must differ"
        assert matches_str(wrongs[0].lhs_value, r["right"]), "right value disagrees"
        # the wrong value is used again after the fault (carried) or is the final
        wv, wp = num_of(r["wrong"])
        wv = wv / 100 if wp else wv
        later = [c for c in comps if c.line_no > li or (c.line_no == li and c is not wrongs[0])]
        fin = F(last[5:])
        rest = [sol[r["span"][0]:r["span"][1]].split(r["wrong"], 1)[1]] + lines[li + 1:]
        alts = [r["wrong"]]
        if wp:   # a percent may be carried on as a decimal
            alts += [str(float(wv)).rstrip("0").rstrip(".")]
        if "." in r["wrong"]:   # a rounded-up / rounded-down count carries on instead
            alts += [str(math.ceil(wv)), str(math.floor(wv)), f"{math.ceil(wv):,}", f"{math.floor(wv):,}"]
        used = fin in (wv, wv * 100) or any(uses_value(ln, a) for ln in rest for a in alts)
        assert used, "wrong value not carried"
        assert not bad_claims, bad_claims
    else:
        assert not any(ln.startswith("####") for ln in lines), "loop row has a final line"
        assert not wrongs, "wrong computation in loop row"
        a, b = r["span"]
        unit = sol[a:b]
        assert unit.strip(), "empty unit"
        sep = None
        for cand in ("\n\n", "\n"):
            if sol[:a].endswith(unit + cand):
                sep = cand
                break
        assert sep is not None, "span is not a second copy"
        pos = a - len(sep) - len(unit)
        assert pos == 0 or sol[pos - 1] == "\n", "first copy not at line start"
        cnt = 0
        while sol.startswith(unit, pos):
            end = pos + len(unit)
            if end != len(sol) and not sol.startswith(sep, end):
                break
            cnt += 1
            pos = end + len(sep)
        assert cnt == r["repeats"] and 8 <= cnt <= 30, "repeat count %d vs %d" % (cnt, r["repeats"])
    return wrongs


def matches_str(x, s):
    s = s.replace("\\%", "%").replace("{,}", ",")
    val, pct = num_of(s)
    dec = len(s.split(".")[1].rstrip("%")) if "." in s else 0
    if pct:
        return rounds_to(x, val / 100, dec + 2) or rounds_to(x, val, dec)
    return rounds_to(x, val, dec)


def uses_value(line, s):
    core = s.replace("\\$", "").replace("$", "").replace("{,}", ",").replace("\\%", "%").lstrip("-−")
    plain = core.replace(",", "")
    t = line.replace("{,}", ",").replace("\\%", "%")
    return core in t or plain in t.replace(",", "")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    fails = []
    per = Counter()
    pids = Counter()
    styles = Counter()
    kinds = Counter()
    by_pid = {}
    for r in rows:
        per[r["variant"]] += 1
        pids[r["pid"]] += 1
        by_pid.setdefault(r["pid"], []).append(r["variant"])
        if r["variant"] == "correct":
            styles[r["style"]] += 1
        if r["variant"] in ("slip", "carry"):
            kinds[r["kind"]] += 1
        try:
            check_row(r)
        except AssertionError as e:
            fails.append((r["pid"], r["variant"], str(e)))
    for pid, vs in by_pid.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            fails.append((pid, "-", "variants %s" % vs))
    # correct/slip/carry of one problem share problem text
    print("rows:", len(rows), dict(per))
    print("styles:", dict(sorted(styles.items())))
    print("fault kinds:", dict(sorted(kinds.items())))
    if fails:
        for f in fails[:40]:
            print("FAIL", *f)
        print("FAILED: %d" % len(fails))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
