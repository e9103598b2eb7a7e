#!/usr/bin/env python3
"""Independent verifier for set.jsonl.  Does not import gen.py.

It normalises each solution line (markdown, LaTeX, tables, GSM8K <<...>> annotations, worded
operators, units, money, thousands separators), extracts every written computation chain
(`a op b = c`, `x = y = z`, `x ≈ y`, `x → n` round-ups) and evaluates it exactly with Fractions:
`=` must hold exactly, `≈` must be the half-up rounding of the left side at the written decimals,
`→` must be the ceiling.  Then it checks every row against its label.

    python3 check.py set.jsonl        -> prints PASS and exits 0, or lists failures and exits 1
"""
import json
import math
import re
import sys
from fractions import Fraction as F

KEYS = {
    "correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
    "slip": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind"],
    "carry": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind"],
    "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"],
}
FAULT_KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}


def rhu(v, dp):
    q = F(10) ** dp
    x = v * q
    n = math.floor(abs(x) + F(1, 2))
    return F(n if x >= 0 else -n) / q


# ----------------------------------------------------------------------------- normalisation

WORD_REL = [
    (r"which is about|which is roughly|is about|is roughly|is approximately|comes to about|equals about|gives us about", " ≈ "),
    (r"rounds up to", " → "),
    (r"that gives us|gives us|which is|equals|comes to|is equal to|works out to", " = "),
    (r"multiplied by|times", " × "),
    (r"divided by", " ÷ "),
    (r"minus", " − "),
    (r"plus", " + "),
]


def latex_norm(s):
    s = s.replace("{,}", ",")
    s = s.replace(r"\$", "$").replace(r"\%", "%")
    s = re.sub(r"\\lceil\s*(.*?)\s*\\rceil\s*=", r" \1 → ", s)
    for _ in range(3):
        s = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1) ÷ (\2))", s)
    s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace(r"\times", " × ").replace(r"\cdot", " × ").replace(r"\div", " ÷ ").replace(r"\approx", " ≈ ")
    s = s.replace(r"\rightarrow", " → ").replace(r"\to", " → ")
    s = s.replace("^\\circ", "°")
    s = s.replace(r"\left", "").replace(r"\right", "")
    s = re.sub(r"\\[\(\)\[\]]", " ", s)
    s = re.sub(r"\\[,;! ]", " ", s)
    s = re.sub(r"\\quad|\\qquad", " ", s)
    s = s.replace("{", " ").replace("}", " ")
    return s


def table_norm(line):
    t = line.strip()
    if not t.startswith("|"):
        return None
    cells = [c.strip() for c in t.strip("|").split("|")]
    if len(cells) != 3 or not re.search(r"\d", cells[1]):
        return ""
    res = cells[2]
    rel = "" if res.startswith(("≈", "~")) else " = "
    return "%s ; %s %s %s" % (cells[0], cells[1], rel, res)


ANN = re.compile(r"<<([^<>]*)>>")


def gsm_annotations(s, errs):
    """verify <<expr=val>>val annotations and strip them"""
    for m in ANN.finditer(s):
        inner = m.group(1)
        if "=" not in inner:
            errs.append("annotation without =")
            continue
        val = inner.rsplit("=", 1)[1].strip()
        after = s[m.end():m.end() + len(val)]
        if after != val:
            errs.append("annotation value %r not repeated after >>" % val)
        vis_before = s[:m.start()].rstrip("$ ")
        expr = inner.rsplit("=", 1)[0].replace(" ", "")
        if not vis_before.replace(" ", "").endswith(expr + "="):
            errs.append("annotation expression %r not visible before it" % expr)
    return ANN.sub(" ", s)


NUM_RE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(%?)")


def tokenize(s):
    """tokens: ('num', Fraction, text, decimals, is_pct, (start, end)) | ('op', c) | ('(',) | (')',)
    | ('rel', c) | ('word', w) | ('brk', c)"""
    toks = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and not (i > 0 and (s[i - 1].isalpha() or s[i - 1] == "_")):
            txt = m.group(1)
            plain = txt.replace(",", "")
            dec = len(plain.split(".")[1]) if "." in plain else 0
            toks.append(("num", F(plain), txt, dec, bool(m.group(2)), (m.start(), m.end())))
            i = m.end()
            continue
        if c.isalpha() or c in "°'":
            m = re.compile(r"[A-Za-z°'][A-Za-z°'\-]*(?:/[A-Za-z]+)*").match(s, i)
            w = m.group(0)
            toks.append(("word", w))
            i = m.end()
            continue
        if c in "+×*·÷/":
            toks.append(("op", {"×": "*", "·": "*", "÷": "/"}.get(c, c)))
        elif c in "-−":
            prev = s[i - 1] if i > 0 else " "
            nxt = s[i + 1] if i + 1 < n else " "
            if prev.isalpha() or nxt.isalpha():
                toks.append(("brk", "-"))
            else:
                toks.append(("op", "-"))
        elif c == "(":
            toks.append(("(",))
        elif c == ")":
            toks.append((")",))
        elif c in "=≈~→":
            toks.append(("rel", {"~": "≈"}.get(c, c)))
        else:
            toks.append(("brk", c))
        i += 1
    # 'x' and 'of' between operands are multiplication
    out = []
    for j, t in enumerate(toks):
        if t[0] == "word" and t[1] in ("x", "of") and 0 < j < len(toks) - 1:
            p, q = toks[j - 1], toks[j + 1]
            if (p[0] in ("num", ")")) and (q[0] in ("num", "(")):
                out.append(("op", "*"))
                continue
        out.append(t)
    toks = out
    # "= about" -> "≈"
    out = []
    for j, t in enumerate(toks):
        if t[0] == "word" and t[1].lower() in ("about", "approximately", "roughly") and out and out[-1] == ("rel", "="):
            out[-1] = ("rel", "≈")
            continue
        out.append(t)
    toks = [t for t in out if t[0] != "word"]
    # a comma right before a relation word ("…, which is 3") does not break the chain
    out = []
    for j, t in enumerate(toks):
        if t == ("brk", ",") and j + 1 < len(toks) and toks[j + 1][0] == "rel":
            continue
        out.append(t)
    return out


class PErr(Exception):
    pass


class Parser:
    def __init__(self, toks, i):
        self.t, self.i = toks, i

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else ("eof",)

    def expr(self):
        v, lits, nops = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.peek()[1]; self.i += 1
            w, l2, n2 = self.term()
            v = v + w if op == "+" else v - w
            lits += l2; nops += n2 + 1
            self.lastop = op
        return v, lits, nops

    def term(self):
        v, lits, nops = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.peek()[1]; self.i += 1
            w, l2, n2 = self.factor()
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise PErr("div0")
                v = v / w
            lits += l2; nops += n2 + 1
        return v, lits, nops

    def factor(self):
        t = self.peek()
        if t[0] == "num":
            self.i += 1
            return (t[1] / 100 if t[4] else t[1]), [t], 0
        if t[0] == "(":
            self.i += 1
            v, l, n = self.expr()
            if self.peek()[0] != ")":
                raise PErr("paren")
            self.i += 1
            return v, l, n
        if t[0] == "op" and t[1] == "-":
            self.i += 1
            v, l, n = self.factor()
            return -v, l, n
        raise PErr("factor")


def parse_chains(toks):
    """list of chains; chain = dict(segs=[(value, lits, nops, tok_start, tok_end)], rels=[...])"""
    chains = []
    i = 0
    while i < len(toks):
        if toks[i][0] not in ("num", "("):
            i += 1
            continue
        p = Parser(toks, i)
        try:
            v, l, n = p.expr()
        except PErr:
            i += 1
            continue
        segs = [(v, l, n, i, p.i)]
        rels = []
        while p.peek()[0] == "rel":
            save = p.i
            rel = p.peek()[1]
            p.i += 1
            st = p.i
            try:
                v2, l2, n2 = p.expr()
            except PErr:
                p.i = save
                break
            rels.append(rel)
            segs.append((v2, l2, n2, st, p.i))
        if rels:
            chains.append(dict(segs=segs, rels=rels, toks=toks))
            i = p.i
        else:
            i = p.i if p.i > i else i + 1
    return chains


def seg_is_lit(seg):
    return seg[2] == 0 and len(seg[1]) == 1


def pair_ok(a, rel, b):
    """a, b segments"""
    av = a[0]
    cands = [(b[0], None)]
    if seg_is_lit(b):
        lit = b[1][0]
        cands = [(lit[1] / 100 if lit[4] else lit[1], lit[3] + (2 if lit[4] else 0))]
        if lit[4]:
            cands.append((lit[1], lit[3]))
        if b[0] != cands[0][0]:  # negative literal
            cands = [(b[0], lit[3])]
    for bv, dec in cands:
        if rel == "=":
            if av == bv:
                return True
        elif rel == "≈":
            if dec is not None and rhu(av, dec) == bv:
                return True
        elif rel == "→":
            if bv == math.ceil(av) and bv.denominator == 1:
                return True
    return False


def analyse_line(line, errs):
    s = line
    tn = table_norm(s)
    if tn is not None:
        s = tn
    if "<<" in s:
        s = gsm_annotations(s, errs)
    s = latex_norm(s)
    s = s.replace("**", " ").replace("`", " ").replace("$", "")
    s = re.sub(r"^\s*#+\s*", "", s)
    for pat, rep in WORD_REL:
        s = re.sub(r"\b(?:%s)\b" % pat, rep, s, flags=re.I)
    toks = tokenize(s)
    chains = parse_chains(toks)
    out = []
    for ch in chains:
        segs, rels = ch["segs"], ch["rels"]
        has_op = any(sg[2] > 0 for sg in segs)
        if not has_op and "→" not in rels:
            continue  # restatement like "1 km = 1,000 m"
        fails = []
        for k, rel in enumerate(rels):
            if not pair_ok(segs[k], rel, segs[k + 1]):
                fails.append(k)
        is_comp = has_op and any(r in ("=", "≈") for r in rels)
        last = segs[-1]
        results = {last[0]}
        if seg_is_lit(last) and last[1][0][4]:
            results.add(last[1][0][1])  # "0.183 × 100 = 18.3%": the bare number is the answer
        out.append(dict(segs=segs, rels=rels, fails=fails, is_comp=is_comp,
                        result=last[0], results=results))
    return out


def is_check_line(line):
    low = re.sub(r"[*_#>\-\s]+", " ", line).strip().lower()
    return "✓" in line or low.startswith(("check", "verify", "verification", "quick check", "as a check", "sanity check"))


def analyse(solution):
    errs = []
    lines = solution.split("\n")
    comps = []  # non-check computations in order
    rels = []  # every verified relation chain (for final)
    fails = []
    offs = []
    pos = 0
    for li, ln in enumerate(lines):
        offs.append((pos, pos + len(ln)))
        pos += len(ln) + 1
        if ln.startswith("####"):
            continue
        chk = is_check_line(ln)
        for ch in analyse_line(ln, errs):
            ch["line"] = li
            ch["check"] = chk
            if ch["is_comp"] and not chk:
                comps.append(ch)
                ch["index"] = len(comps)
            if not chk:
                rels.append(ch)
            if ch["fails"]:
                fails.append(ch)
    return dict(lines=lines, offs=offs, comps=comps, rels=rels, fails=fails, errs=errs)


# ----------------------------------------------------------------------------- kinds

def plain_of(txt):
    t = txt.replace("{,}", ",").replace(",", "").replace("$", "").replace("\\", "").replace("−", "-").strip()
    return t


def digits_split(p):
    p = p.lstrip("-")
    ip, _, dp = p.partition(".")
    return ip, dp


def kind_ok(kind, w, r, fail_seg_lhs):
    wv, rv = F(w), F(r)
    wi, wd = digits_split(w)
    ri, rd = digits_split(r)
    if kind == "off_by_one":
        return abs(wv - rv) == 1
    if kind == "off_by_ten":
        return abs(wv - rv) == 10
    if kind == "decimal_shift":
        return wv == rv * 10 or wv * 10 == rv
    if kind == "swap_digits":
        if len(wi) != len(ri) or len(wd) != len(rd):
            return False
        a, b = wi + wd, ri + rd
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if kind in ("drop_digit", "double_digit"):
        if wd != rd:
            return False
        short, long_ = (wi, ri) if kind == "drop_digit" else (ri, wi)
        if len(long_) != len(short) + 1:
            return False
        for k in range(len(long_)):
            if long_[:k] + long_[k + 1:] == short:
                if kind == "double_digit":
                    # the inserted digit duplicates a neighbour
                    if (k > 0 and long_[k - 1] == long_[k]) or (k + 1 < len(long_) and long_[k + 1] == long_[k]):
                        return True
                else:
                    return True
        return False
    if kind == "wrong_op":
        lhs = fail_seg_lhs
        if lhs is None:
            return False
        a, b, op, rel, dec = lhs
        for o in "+-*/":
            if o == op:
                continue
            if o == "/" and b == 0:
                continue
            v = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[o]
            if rel == "=" and v == wv:
                return True
            if rel == "≈" and rhu(v, dec) == wv:
                return True
        return False
    return False


def binary_lhs(ch, k):
    """if segment k of chain is `a op b` with two literals, return (a, b, op, rel, dec)"""
    seg = ch["segs"][k]
    if seg[2] != 1 or len(seg[1]) != 2:
        return None
    toks = ch_toks = None
    return seg


# ----------------------------------------------------------------------------- main

def main(path):
    problems = []
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    bypid = {}
    for r in rows:
        bypid.setdefault(r["pid"], []).append(r)
    err = []

    def bad(r, msg):
        err.append("%s/%s: %s" % (r["pid"], r["variant"], msg))

    templates, styles = set(), set()
    counts = {}
    for pid, rs in bypid.items():
        vs = [r["variant"] for r in rs]
        if sorted(vs) != sorted(["correct", "slip", "carry", "loop"]):
            err.append("%s: variants %s" % (pid, vs))
            continue
        base = rs[0]
        for r in rs:
            for k in ("template", "style", "problem", "final"):
                if r[k] != base[k]:
                    bad(r, "field %s differs across rows" % k)
        templates.add(base["template"]); styles.add(base["style"])
        R = {r["variant"]: r for r in rs}
        gold = F(base["final"]) if re.fullmatch(r"-?\d+(\.\d+)?", base["final"]) else None
        if gold is None:
            bad(base, "final not a plain number: %r" % base["final"])
            continue
        A = {}
        for v, r in R.items():
            counts[v] = counts.get(v, 0) + 1
            if list(r.keys()) != KEYS[v]:
                bad(r, "keys %s" % list(r.keys()))
            A[v] = analyse(r["solution"])
            for e in A[v]["errs"]:
                bad(r, e)
        # ---- correct
        a = A["correct"]
        r = R["correct"]
        if a["fails"]:
            bad(r, "wrong computation in correct row: line %d" % a["fails"][0]["line"])
        if not (2 <= len(a["comps"]) <= 8):
            bad(r, "%d computations" % len(a["comps"]))
        last = a["lines"][-1]
        m = re.fullmatch(r"#### (-?\d+(?:\.\d+)?)", last)
        if not m or m.group(1) != r["final"]:
            bad(r, "last line %r" % last)
        if sum(1 for ln in a["lines"] if ln.startswith("####")) != 1:
            bad(r, "#### count")
        if not a["rels"] or gold not in a["rels"][-1]["results"]:
            bad(r, "final answer is not the result of the last computation")
        # ---- slip / carry
        for v in ("slip", "carry"):
            r = R[v]
            a = A[v]
            if r["kind"] not in FAULT_KINDS:
                bad(r, "kind %r" % r["kind"])
            if len(a["fails"]) != 1:
                bad(r, "%d wrong relations (want 1)" % len(a["fails"]))
                continue
            ch = a["fails"][0]
            if ch["check"] or not ch["is_comp"]:
                bad(r, "fault is in a check line or round-up")
                continue
            if len(ch["fails"]) != 1:
                bad(r, "several failing pairs")
                continue
            k = ch["fails"][0]
            rel = ch["rels"][k]
            if rel not in ("=", "≈"):
                bad(r, "fault on a round-up")
            wseg = ch["segs"][k + 1]
            if not seg_is_lit(wseg):
                bad(r, "wrong value is not a literal")
                continue
            wtxt = wseg[1][0][2]
            if plain_of(wtxt) != plain_of(r["wrong"]) and F(plain_of(wtxt)) != F(plain_of(r["wrong"]).lstrip("-")):
                bad(r, "wrong %r vs written %r" % (r["wrong"], wtxt))
            lo, hi = a["offs"][ch["line"]]
            if r["span"] != [lo, hi]:
                bad(r, "span %s vs line %s" % (r["span"], [lo, hi]))
            if r["wrong"] not in r["solution"][lo:hi]:
                bad(r, "wrong value not in span line")
            if ch.get("index") != r["step"]:
                bad(r, "step %s vs computed %s" % (r["step"], ch.get("index")))
            truth = ch["segs"][k][0]
            wv, rv = F(plain_of(r["wrong"])), F(plain_of(r["right"]))
            if F(plain_of(wtxt).lstrip("-")) != abs(wv):
                bad(r, "wrong value mismatch")
            dec = len(plain_of(r["right"]).split(".")[1]) if "." in r["right"] else 0
            if rel == "=" and rv != truth:
                bad(r, "right %s != %s" % (r["right"], truth))
            if rel == "≈" and rhu(truth, dec) != rv:
                bad(r, "right %s is not the rounding of %s" % (r["right"], truth))
            wdec = len(plain_of(r["wrong"]).split(".")[1]) if "." in r["wrong"] else 0
            if abs(wv - truth) <= F(1, 2) / F(10) ** wdec:
                bad(r, "wrong value within rounding tolerance")
            # kind
            lhs = None
            seg = ch["segs"][k]
            if seg[2] == 1 and len(seg[1]) == 2:
                toks = None
                x, y = seg[1]
                xv = x[1] / 100 if x[4] else x[1]
                yv = y[1] / 100 if y[4] else y[1]
                # recover operator: the value tells which
                op = None
                for o, f in (("+", xv + yv), ("-", xv - yv), ("*", xv * yv), ("/", xv / yv if yv else None)):
                    if f == seg[0]:
                        op = o
                        break
                lhs = (xv, yv, op, rel, wdec)
            if not kind_ok(r["kind"], plain_of(r["wrong"]), plain_of(r["right"]), lhs):
                bad(r, "kind %s does not match %s -> %s" % (r["kind"], r["right"], r["wrong"]))
            m = re.fullmatch(r"#### (-?\d+(?:\.\d+)?)", a["lines"][-1])
            if not m:
                bad(r, "no #### line")
                continue
            fv = F(m.group(1))
            cl = A["correct"]["lines"]
            li = ch["line"]
            if v == "slip":
                if fv != gold:
                    bad(r, "slip final differs from gold")
                diff = [i for i in range(max(len(cl), len(a["lines"]))) if i >= len(cl) or i >= len(a["lines"]) or cl[i] != a["lines"][i]]
                if diff != [li]:
                    bad(r, "slip differs from correct on lines %s" % diff)
            else:
                if fv == gold:
                    bad(r, "carry final equals gold")
                if not a["rels"] or fv not in a["rels"][-1]["results"]:
                    bad(r, "carry final is not the last computed result")
                if a["lines"][:li] != cl[:li]:
                    bad(r, "carry differs from correct before the fault")
                # the wrong value is used later (unless the fault is in the last computation)
                later = [c for c in a["rels"] if c["line"] > li or (c["line"] == li and c is not ch and a["rels"].index(c) > a["rels"].index(ch))]
                if later:
                    used = any(any(l[1] == wv for sg in c["segs"] for l in sg[1]) for c in later)
                    if not used and not any(c.get("result") == fv for c in later):
                        bad(r, "carried wrong value never reused")
        # ---- loop
        r = R["loop"]
        a = A["loop"]
        s = r["solution"]
        if a["fails"]:
            bad(r, "wrong computation in loop row")
        if any(ln.startswith("####") for ln in a["lines"]):
            bad(r, "loop row has ####")
        if not (8 <= r["repeats"] <= 30):
            bad(r, "repeats %d" % r["repeats"])
        lo, hi = r["span"]
        unit = s[lo:hi]
        nl = unit.count("\n") + 1
        if not (1 <= nl <= 3) or not unit:
            bad(r, "unit has %d lines" % nl)
        if not s[:lo].endswith(unit + "\n"):
            bad(r, "span is not the second copy")
        first_end = lo - 1
        prefix = s[:first_end]
        corr = R["correct"]["solution"]
        if not (corr.startswith(prefix) and corr[first_end:first_end + 1] == "\n"):
            bad(r, "loop prefix is not a prefix of the correct solution")
        rest = s[first_end:]
        rep = 1
        while rest.startswith("\n" + unit) and (len(rest) == len(unit) + 1 or rest[len(unit) + 1] == "\n"):
            rest = rest[len(unit) + 1:]
            rep += 1
        if rep != r["repeats"]:
            bad(r, "repeats %d, counted %d" % (r["repeats"], rep))
        if rest:
            part = rest[1:]
            ufirst = unit.split("\n")[0]
            if not rest.startswith("\n") or not part or not ufirst.startswith(part) or part == ufirst or re.search(r"\d", part):
                bad(r, "bad trailing fragment %r" % rest)
        # last unit line holds a computation
        ulast_line = unit.split("\n")[-1]
        if not any(c["is_comp"] for c in analyse_line(ulast_line, [])):
            bad(r, "loop unit does not end with a computation line")
        if is_check_line(ulast_line):
            bad(r, "loop unit ends with a check line")

    n = len(bypid)
    if not (550 <= n <= 800):
        err.append("problem count %d" % n)
    if len(templates) < 15:
        err.append("only %d templates" % len(templates))
    if len(styles) < 9:
        err.append("only %d styles" % len(styles))
    if err:
        for e in err[:150]:
            print("FAIL", e)
        print("%d failures" % len(err))
        return 1
    partial = sum(1 for r in rows if r["variant"] == "loop" and not r["solution"].endswith(
        r["solution"][r["span"][0]:r["span"][1]]))
    print("problems=%d rows=%d templates=%d styles=%d %s loop_with_fragment=%d" % (
        n, len(rows), len(templates), len(styles), " ".join("%s=%d" % kv for kv in sorted(counts.items())), partial))
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
