#!/usr/bin/env python3
"""Independent verifier for the eval115 set.

    python3 check.py set.jsonl

Parses every solution from its text alone (it does not import gen.py): formatting is
normalised (markdown, LaTeX, tables, GSM8K <<calc>> annotations, worded operators,
currency, thousands separators), every written computation chain `a op b = c ≈ d`
is re-evaluated with exact rational arithmetic ('=' must be exact, '≈' / 'about' must
equal the half-up rounding at the written number of decimals), round-ups `x → n`
must satisfy n = ceil(x), and each row must be exactly as its label says.
Prints PASS and exits 0 only if every row checks out.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op",
         "decimal_shift"}


class ParseError(Exception):
    pass


# ------------------------------------------------------------------ normalisation
WORD_RULES = [
    (r",?\s*(?:which rounds up to|so we round up to|rounded up to|rounds up to)\s+", " → "),
    (r"\b(?:is about|is roughly|comes to about|is approximately)\b", " ≈ "),
    (r"\b(?:that gives us|gives us|equals|comes out to|is equal to)\b", " = "),
    (r",\s*which is\b", " = "),
    (r"\bmultiplied by\b", " × "),
    (r"\btimes\b", " × "),
    (r"\bdivided by\b", " ÷ "),
    (r"\bminus\b", " − "),
    (r"\bplus\b", " + "),
    (r"%\s+of\b", "% ×"),
    (r"(?<=[\d%)])\s+is\s+(?=\d)", " = "),
]


def normalise(line):
    """-> (normalised text, [annotation strings], is_table_row)"""
    ann = re.findall(r"<<([^<>]*)>>", line)
    s = re.sub(r"<<[^<>]*>>", " ", line)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    for _ in range(4):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)÷(\2)", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    for a, b in [("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\rightarrow", "→"), ("\\%", "%"), ("\\$", "$"), ("\\left", ""), ("\\right", ""),
                 ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")]:
        s = s.replace(a, b)
    s = s.replace("**", "").replace("$", "").replace("✓", " ").replace("¢", "")
    st = s.strip()
    if st.startswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) == 3 and re.search(r"\d", cells[1] + cells[2]) and not set(cells[1]) <= set("-: "):
            glue = " " if cells[2][:1] in "=≈" else " = "
            s = cells[1] + glue + cells[2]
        else:
            s = ""
    for pat, rep in WORD_RULES:
        s = re.sub(pat, rep, s, flags=re.I)
    s = re.sub(r"^\s*#+\s*", "", s)
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", s)
    return s, ann


TOK = re.compile(r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)"
                 r"|(?P<word>[A-Za-z][A-Za-z'’\-]*)|(?P<op>[+\-−×*·÷/])|(?P<lp>\()|(?P<rp>\))"
                 r"|(?P<rel>[=≈])|(?P<arrow>→)|(?P<other>\S))")


def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        kind = m.lastgroup
        out.append([kind, m.group(kind)])
    for i, t in enumerate(out):
        if t[0] == "word" and t[1] == "x":
            prev = out[i - 1][0] if i else None
            nxt = out[i + 1][0] if i + 1 < len(out) else None
            if prev in ("num", "rp") and nxt in ("num", "lp"):
                t[0] = "op"
    return out


class Lit:
    def __init__(self, text):
        self.text = text
        self.pct = text.endswith("%")
        core = text.rstrip("%").replace(",", "")
        self.raw = F(core)
        self.dec = len(core.partition(".")[2])

    @property
    def value(self):
        return self.raw / 100 if self.pct else self.raw


def parse_expr(tokens):
    """tokens of one segment -> ('lit', Lit) | ('bin', op, a, b) | ('par', x)"""
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def atom():
        t = peek()
        if t is None:
            raise ParseError("unexpected end")
        if t[0] == "num":
            pos[0] += 1
            return ("lit", Lit(t[1]))
        if t[0] == "lp":
            pos[0] += 1
            e = add()
            t2 = peek()
            if t2 is None or t2[0] != "rp":
                raise ParseError("missing )")
            pos[0] += 1
            return ("par", e)
        raise ParseError("bad atom %r" % (t,))

    def mul():
        e = atom()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "×*·÷/x":
            op = peek()[1]
            pos[0] += 1
            e = ("bin", "/" if op in "÷/" else "*", e, atom())
        return e

    def add():
        e = mul()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "+-−":
            op = peek()[1]
            pos[0] += 1
            e = ("bin", "+" if op == "+" else "-", e, mul())
        return e

    e = add()
    if pos[0] != len(tokens):
        raise ParseError("trailing tokens")
    return e


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise ParseError("division by zero")
    return a / b


def evaluate(e):
    if e[0] == "lit":
        return e[1].value
    if e[0] == "par":
        return evaluate(e[1])
    return apply(e[1], evaluate(e[2]), evaluate(e[3]))


def rhu(x, d):
    q = 10 ** d
    n = x * q
    neg = n < 0
    n = abs(n)
    fl = n.numerator // n.denominator
    if n - fl >= F(1, 2):
        fl += 1
    return F(-fl if neg else fl, q)


def relation_ok(prev, seg, rel):
    """-> matched value or None"""
    if seg[0] == "lit":
        lit = seg[1]
        scales = [F(1, 100), F(1)] if lit.pct else [F(1)]
        for s in scales:
            if rel == "=":
                if prev == lit.raw * s:
                    return lit.raw * s
            else:
                if rhu(prev / s, lit.dec) == lit.raw:
                    return lit.raw * s
        return None
    v = evaluate(seg)
    return v if v == prev else None


class Chain:
    def __init__(self, line, segs, rels):
        self.line, self.segs, self.rels = line, segs, rels
        self.valid = True
        self.values = []
        prev = evaluate(segs[0])
        self.values.append(prev)
        for seg, rel in zip(segs[1:], rels):
            m = relation_ok(prev, seg, rel)
            if m is None:
                self.valid = False
                m = evaluate(seg)
            self.values.append(m)
            prev = m
        self.has_op = any(s[0] != "lit" for s in segs)
        self.counted = True

    def last_lit(self):
        s = self.segs[-1]
        return s[1] if s[0] == "lit" else None


def chains_from_tokens(toks, lineno):
    chains, roundups, errors = [], [], []
    run = []
    i = 0

    def flush(run):
        if not run:
            return None
        segs, rels, cur = [], [], []
        for t in run:
            if t[0] == "rel":
                segs.append(cur)
                rels.append("=" if t[1] == "=" else "≈")
                cur = []
            else:
                cur.append(t)
        segs.append(cur)
        if segs and not segs[0]:
            segs = segs[1:]
            rels = rels[1:]
        if len(segs) < 2:
            return None
        if any(not s for s in segs):
            errors.append((lineno, "empty segment"))
            return None
        try:
            parsed = [parse_expr(s) for s in segs]
        except ParseError as ex:
            errors.append((lineno, "parse: %s" % ex))
            return None
        c = Chain(lineno, parsed, rels)
        if not c.has_op:
            c.counted = False
        return c

    while i < len(toks):
        t = toks[i]
        if t[0] in ("num", "op", "lp", "rp", "rel"):
            run.append(t)
            i += 1
            continue
        c = flush(run)
        run = []
        if c:
            chains.append(c)
        if t[0] == "arrow":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if c is None or nxt is None or nxt[0] != "num":
                errors.append((lineno, "dangling round-up arrow"))
            else:
                left = c.values[-1]
                lit = c.last_lit()
                if lit is not None:
                    left = lit.value
                n = Lit(nxt[1]).value
                ok = (n.denominator == 1 and -((-left.numerator) // left.denominator) == n
                      and left.denominator != 1)
                roundups.append((lineno, ok))
                i += 2
                continue
        i += 1
    c = flush(run)
    if c:
        chains.append(c)
    return chains, roundups, errors


def analyse(text):
    lines = text.split("\n")
    res = {"lines": lines, "chains": [], "roundups": [], "ann": [], "errors": [], "final": None,
           "final_line": None}
    for n, raw in enumerate(lines):
        m = re.fullmatch(r"#### (\S+)", raw)
        if m:
            res["final"] = m.group(1)
            res["final_line"] = n
            continue
        s, ann = normalise(raw)
        is_check = ("✓" in raw) or s.strip().lower().startswith("check")
        for a in ann:
            toks = tokenize(a.replace("$", ""))
            cs, rus, errs = chains_from_tokens(toks, n)
            res["errors"].extend(errs)
            if len(cs) != 1:
                res["errors"].append((n, "bad annotation"))
            for c in cs:
                res["ann"].append(c)
        cs, rus, errs = chains_from_tokens(tokenize(s), n)
        for c in cs:
            if is_check:
                c.counted = False
            res["chains"].append(c)
        res["roundups"].extend(rus)
        res["errors"].extend(errs)
    res["counted"] = [c for c in res["chains"] if c.counted]
    return res


def invalid_items(A):
    bad = [("chain", c.line) for c in A["chains"] if not c.valid]
    bad += [("ann", c.line) for c in A["ann"] if not c.valid]
    bad += [("roundup", ln) for ln, ok in A["roundups"] if not ok]
    return bad


# ------------------------------------------------------------------ fault kinds
def numval(tok):
    return F(tok.replace("{,}", "").replace(",", "").rstrip("%"))


def digits(tok):
    return re.sub(r"\D", "", tok)


def kind_ok(kind, wrong, right, chain):
    w, r = numval(wrong), numval(right)
    dw, dr = digits(wrong), digits(right)
    if kind == "off_by_one":
        return abs(w - r) == 1
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "swap_digits":
        if len(dw) != len(dr):
            return False
        diff = [i for i in range(len(dw)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and dw[diff[1]] == dr[diff[0]]
    if kind == "drop_digit":
        return len(dw) == len(dr) - 1 and any(dr[:i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == "double_digit":
        return len(dw) == len(dr) + 1 and any(dw[i] == dw[i + 1] and dw[:i] + dw[i + 1:] == dr
                                              for i in range(len(dw) - 1))
    if kind == "decimal_shift":
        return w == r * 10 or w * 10 == r
    if kind == "wrong_op":
        e = chain.segs[0]
        if e[0] != "bin":
            return False
        a, b = evaluate(e[2]), evaluate(e[3])
        d = len(wrong.replace("{,}", "").replace(",", "").partition(".")[2])
        for op in "+-*/":
            if op == e[1]:
                continue
            try:
                v = apply(op, a, b)
            except ParseError:
                continue
            if v > 0 and rhu(v, d) == w:
                return True
        return False
    return False


def num_tokens(line):
    s, _ = normalise(line)
    return [t[1] for t in tokenize(s) if t[0] == "num"]


# ------------------------------------------------------------------ row checks
def line_bounds(text, idx):
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


def line_of(text, offset):
    return text.count("\n", 0, offset)


def check_group(rows, fail):
    pid = rows[0]["pid"]
    variants = [r["variant"] for r in rows]
    if variants != ["correct", "slip", "carry", "loop"]:
        return fail(pid, "variants %r" % variants)
    for r in rows:
        want = {"correct": KEYS_BASE, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}[r["variant"]]
        if list(r.keys()) != want:
            return fail(pid, "%s keys %r" % (r["variant"], list(r.keys())))
        for k in ("template", "style", "problem", "final"):
            if r[k] != rows[0][k]:
                return fail(pid, "inconsistent %s" % k)
    gold = rows[0]["final"]
    if not re.fullmatch(r"\d+(?:\.\d+)?", gold):
        return fail(pid, "final not a plain number: %r" % gold)
    goldv = F(gold)
    cor, slip, carry, loop = rows
    # ---- correct
    A = analyse(cor["solution"])
    if A["errors"]:
        return fail(pid, "correct parse errors %r" % A["errors"][:3])
    if invalid_items(A):
        return fail(pid, "correct has invalid computations %r" % invalid_items(A))
    lines = A["lines"]
    if A["final"] is None or A["final_line"] != len(lines) - 1:
        return fail(pid, "correct: no final #### line")
    if A["final"] != gold:
        return fail(pid, "correct final %r != %r" % (A["final"], gold))
    nc = len(A["counted"])
    if not 2 <= nc <= 8:
        return fail(pid, "correct has %d computations" % nc)
    last = A["counted"][-1]
    lastvals = set(last.values)
    if last.last_lit() is not None:
        lastvals.add(last.last_lit().raw)
    for ln, ok in A["roundups"]:
        pass
    rounded_last = [ln for ln, ok in A["roundups"] if ln == last.line]
    if goldv not in lastvals and not rounded_last:
        return fail(pid, "gold final is not the result of the last computation")
    # ---- slip / carry
    for r in (slip, carry):
        v = r["variant"]
        if r["kind"] not in KINDS:
            return fail(pid, "%s bad kind" % v)
        B = analyse(r["solution"])
        if B["errors"]:
            return fail(pid, "%s parse errors %r" % (v, B["errors"][:3]))
        s0, s1 = r["span"]
        li = line_of(r["solution"], s0)
        if line_bounds(r["solution"], li) != [s0, s1]:
            return fail(pid, "%s span is not a whole line" % v)
        bad = invalid_items(B)
        if not bad or any(ln != li for _, ln in bad):
            return fail(pid, "%s invalid items %r not confined to span line %d" % (v, bad, li))
        badc = [c for c in B["chains"] if not c.valid]
        if len(badc) != 1 or not badc[0].counted:
            return fail(pid, "%s expected exactly one faulty computation, got %d" % (v, len(badc)))
        idx = B["counted"].index(badc[0]) + 1
        if idx != r["step"]:
            return fail(pid, "%s step %d != labelled %d" % (v, idx, r["step"]))
        span_line = B["lines"][li]
        if r["wrong"] not in span_line:
            return fail(pid, "%s wrong value %r not in span line" % (v, r["wrong"]))
        if r["right"] not in lines[li]:
            return fail(pid, "%s right value %r not on the matching correct line" % (v, r["right"]))
        lit = badc[0].last_lit()
        if lit is None or numval(lit.text) != numval(r["wrong"]):
            return fail(pid, "%s faulty result is not the labelled wrong value" % v)
        rv, wv = numval(r["right"]), numval(r["wrong"])
        d = len(r["right"].replace("{,}", "").replace(",", "").partition(".")[2])
        if abs(rv - wv) < F(1, 10 ** d):
            return fail(pid, "%s wrong value within rounding tolerance" % v)
        if not kind_ok(r["kind"], r["wrong"], r["right"], badc[0]):
            return fail(pid, "%s fault %s does not match %r -> %r" % (v, r["kind"], r["right"], r["wrong"]))
        # the corrected chain must evaluate to the right value
        first = badc[0].values[0] if len(badc[0].segs) == 2 else badc[0].values[-2]
        rl = Lit(r["right"].replace("{,}", ",") + ("%" if lit.pct else ""))
        if relation_ok(first, ("lit", rl), badc[0].rels[-1]) is None:
            return fail(pid, "%s right value %r is not the correct result" % (v, r["right"]))
        Bl = B["lines"]
        if B["final"] is None or B["final_line"] != len(Bl) - 1:
            return fail(pid, "%s: no final #### line" % v)
        if Bl[:li] != lines[:li]:
            return fail(pid, "%s: text before the span differs from the correct solution" % v)
        ct, st_ = num_tokens(lines[li]), num_tokens(span_line)
        if v == "slip":
            if len(Bl) != len(lines) or Bl[li + 1:] != lines[li + 1:]:
                return fail(pid, "slip: text after the span differs from the correct solution")
            if len(ct) != len(st_):
                return fail(pid, "slip: number tokens differ in count")
            for a, b in zip(ct, st_):
                if a != b and not (numval(a) == numval(r["right"]) and numval(b) == numval(r["wrong"])):
                    return fail(pid, "slip: unexpected change %r -> %r" % (a, b))
            if B["final"] != gold:
                return fail(pid, "slip final %r != gold %r" % (B["final"], gold))
        else:
            diffs = [(a, b) for a, b in zip(ct, st_) if a != b]
            if not diffs or numval(diffs[0][0]) != numval(r["right"]) or numval(diffs[0][1]) != numval(r["wrong"]):
                return fail(pid, "carry: first change on span line is not right -> wrong")
            if F(B["final"]) == goldv:
                return fail(pid, "carry final equals gold")
            if not 2 <= len(B["counted"]) <= 8:
                return fail(pid, "carry computation count")
    # ---- loop
    t = loop["solution"]
    if "####" in t:
        return fail(pid, "loop contains ####")
    Lp = analyse(t)
    if Lp["errors"] or invalid_items(Lp):
        return fail(pid, "loop has errors/invalid computations %r %r" % (Lp["errors"][:2], invalid_items(Lp)[:2]))
    s0, s1 = loop["span"]
    U = t[s0:s1]
    reps = loop["repeats"]
    if not 8 <= reps <= 30 or not U or not 1 <= U.count("\n") + 1 <= 3:
        return fail(pid, "loop repeats/unit size")
    first = s0 - 1 - len(U)
    if first < 0 or t[first:s0 - 1] != U or t[s0 - 1] != "\n":
        return fail(pid, "loop: span is not the second copy")
    if first > 0 and t[first - 1] != "\n":
        return fail(pid, "loop: first copy not at a line start")
    pos, cnt = first, 0
    while t.startswith(U, pos):
        cnt += 1
        pos += len(U)
        if t.startswith("\n" + U, pos):
            pos += 1
        else:
            break
    if cnt != reps:
        return fail(pid, "loop: %d copies found, labelled %d" % (cnt, reps))
    rest = t[pos:]
    if rest:
        partial = rest[1:]
        head = U.split("\n")[0]
        if not rest.startswith("\n") or not partial or re.search(r"\d", partial) \
                or not head.startswith(partial) or partial == head or "\n" in partial:
            return fail(pid, "loop: bad trailing fragment %r" % rest[:40])
    pre = t[:first + len(U)]
    cs = cor["solution"]
    if not cs.startswith(pre) or cs[len(pre):len(pre) + 1] != "\n":
        return fail(pid, "loop: prefix is not the correct solution cut at a line end")
    cut_line = pre.count("\n")
    if not any(c.line == cut_line for c in A["counted"]):
        return fail(pid, "loop: cut is not right after a computation line")
    return True


def main():
    if len(sys.argv) != 2:
        print("usage: check.py set.jsonl")
        return 2
    rows = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln, object_pairs_hook=OrderedDict))
    failures = []

    def fail(pid, msg):
        failures.append("%s: %s" % (pid, msg))
        return False

    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r["pid"], []).append(r)
    for pid, g in groups.items():
        if len(g) != 4:
            fail(pid, "has %d rows" % len(g))
            continue
        try:
            check_group(g, fail)
        except Exception as ex:  # report, never crash silently
            fail(pid, "exception %r" % (ex,))
    n = len(groups)
    templates = Counter(g[0]["template"] for g in groups.values())
    styles = Counter(g[0]["style"] for g in groups.values())
    kinds = Counter(r["kind"] for r in rows if r["variant"] in ("slip", "carry"))
    partial = sum(1 for g in groups.values() if len(g) == 4 and
                  g[3]["solution"][g[3]["span"][1]:].count("\n") * 0 == 0 and
                  not g[3]["solution"].endswith(g[3]["solution"][g[3]["span"][0]:g[3]["span"][1]]))
    if not 550 <= n <= 800:
        fail("-", "%d problems, need 550-800" % n)
    if len(templates) < 15:
        fail("-", "only %d templates" % len(templates))
    if len(styles) < 9:
        fail("-", "only %d styles" % len(styles))
    if set(kinds) != KINDS:
        fail("-", "fault kinds used: %r" % sorted(kinds))
    print("problems: %d  rows: %d  templates: %d  styles: %d" % (n, len(rows), len(templates), len(styles)))
    print("variants:", dict(Counter(r["variant"] for r in rows)))
    print("fault kinds:", dict(sorted(kinds.items())))
    print("loops ending in an unfinished line: %d / %d" % (partial, n))
    if failures:
        for m in failures[:40]:
            print("FAIL", m)
        print("FAIL: %d problem(s)" % len(failures))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
