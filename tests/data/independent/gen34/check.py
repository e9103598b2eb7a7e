#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

Re-reads every solution from its text alone: finds each written computation
(equations and chains, GSM8K <<...>> annotations, LaTeX math, markdown
tables, number-line sentences) and evaluates it exactly, then verifies the
variant labels against the correct row of the same problem.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

NUM = r"-?\d+(?:\.\d+)?"


# ------------------------------------------------------------------ parser
class _P:
    def __init__(self, s):
        self.t = re.findall(r"\d+(?:\.\d+)?|[-+*/()|]", s)
        joined = "".join(self.t)
        if joined != re.sub(r"\s+", "", s):
            raise ValueError("bad chars")
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        x = self.t[self.i]
        self.i += 1
        return x

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            o = self.take()
            w = self.term()
            v = v + w if o == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() in ("*", "/"):
            o = self.take()
            w = self.unary()
            if o == "*":
                v = v * w
            else:
                if w == 0:
                    raise ValueError("div0")
                v = v / w
        return v

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "+":
            self.take()
            return self.unary()
        return self.prim()

    def prim(self):
        x = self.peek()
        if x is None:
            raise ValueError("eof")
        if x == "(":
            self.take()
            v = self.expr()
            if self.peek() != ")":
                raise ValueError(")")
            self.take()
            return v
        if x == "|":
            self.take()
            v = self.expr()
            if self.peek() != "|":
                raise ValueError("|")
            self.take()
            return abs(v)
        if re.fullmatch(r"\d+(?:\.\d+)?", x):
            self.take()
            return F(x)
        raise ValueError(x)


def parse(s):
    s = s.strip()
    if not s or not re.search(r"\d", s):
        return None
    try:
        p = _P(s)
        v = p.expr()
        if p.i != len(p.t):
            return None
        return v
    except (ValueError, IndexError):
        return None


def has_op(s):
    s = s.strip()
    return bool(re.search(r"[\d)|]\s*[-+*/]\s*[\d(|-]", s)) or s.startswith("|") or \
        bool(re.match(r"-\s*\(", s))


# ------------------------------------------------------------------ normalize
UNIT_WORDS = ("meters|metres|feet|ft|m|L|lb|pounds|yards|yd|hours|hour|h|minutes|minute|"
              "seconds|second|weeks|week|points|point|strokes|stroke|floors|floor|steps|"
              "coins|degrees|dollars|liters")


def norm(line):
    s = line.replace("\u2212", "-")
    s = s.replace("**", "")
    # latex
    s = re.sub(r"\\left\s*\||\\right\s*\||\\lvert|\\rvert", "|", s)
    s = s.replace(r"\left(", "(").replace(r"\right)", ")")
    s = s.replace(r"\times", "*").replace(r"\cdot", "*").replace(r"\div", "/")
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace(r"^\circ", "°").replace("^{\\circ}", "°")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = s.replace(r"\(", " ").replace(r"\)", " ").replace(r"\[", " ").replace(r"\]", " ")
    s = s.replace(r"\$", "").replace("$", "").replace("&", " ").replace("\\\\", " ")
    # thousands separators
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    # units
    s = re.sub(r"\s*°\s*[CF]?", " ", s)
    s = re.sub(r"(\d)\s*(?:" + UNIT_WORDS + r")\b", r"\1 ", s)
    # multiplication / division symbols
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d(-])", " * ", s)
    s = s.replace("×", "*").replace("·", "*").replace("÷", "/")
    return s


# ------------------------------------------------------------------ extraction
MATHCH = set("0123456789.+-*/()|= ")


def runs(s):
    out, cur = [], []
    for ch in s:
        if ch in MATHCH:
            cur.append(ch)
        else:
            if cur:
                out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def chain_values(run):
    """values of a chain a = b = c inside one run; None when not a chain"""
    segs = run.split("=")
    if len(segs) < 2:
        return None
    first = segs[0]
    v0 = None
    for i in range(len(first)):
        if first[i] == " " or (i > 0 and first[i - 1] not in " (|"):
            continue
        v = parse(first[i:])
        if v is not None:
            v0 = v
            lhs_txt = first[i:]
            break
    if v0 is None:
        return None
    vals = [v0]
    for mid in segs[1:-1]:
        v = parse(mid)
        if v is None:
            return None
        vals.append(v)
    last = segs[-1]
    vl = None
    for j in range(len(last), 0, -1):
        v = parse(last[:j])
        if v is not None:
            vl = v
            break
    if vl is None:
        return None
    vals.append(vl)
    return vals


def comps_in_line(line):
    """list of value lists; a computation is exact when all values are equal"""
    out = []
    s = line
    # GSM8K calculator annotations
    for m in re.finditer(r"<<([^<>]*)>>", s):
        inner = norm(m.group(1))
        vals = chain_values(inner)
        out.append(("gsm", vals))
    s = re.sub(r"<<[^<>]*>>", "", s)
    n = norm(s)
    if n.lstrip().startswith("|") and n.rstrip().endswith("|") and n.count("|") >= 3:
        cells = [c.strip() for c in n.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            return out
        for ci, c in enumerate(cells):
            if "=" in c:
                vals = chain_values(c)
                out.append(("cell", vals))
            elif has_op(c) and parse(c) is not None and ci + 1 < len(cells):
                nxt = parse(cells[ci + 1])
                out.append(("cells", [parse(c), nxt] if nxt is not None else None))
        return out
    # number line sentences
    for m in re.finditer(r"[Ss]tart at (" + NUM + r"), move (" + NUM + r") (up|down|right|left), and you land on (" + NUM + r")", n):
        x, d, dr, y = F(m.group(1)), F(m.group(2)), m.group(3), F(m.group(4))
        out.append(("move", [x + d if dr in ("up", "right") else x - d, y]))
    for m in re.finditer(r"[Ss]tart at (" + NUM + r") and move (" + NUM + r") (?:units|places) (up|down|right|left): ([^=]*=)", n):
        x, d, dr = F(m.group(1)), F(m.group(2)), m.group(3)
        lhs = parse(m.group(4)[:-1])
        out.append(("move_eq", [x + d if dr in ("up", "right") else x - d, lhs]))
    for m in re.finditer(r"Subtracting (" + NUM + r") is the same as adding (" + NUM + r")", n):
        out.append(("dn", [-F(m.group(1)), F(m.group(2))]))
    for m in re.finditer(r"[Ff]rom (" + NUM + r") (?:up |down )?to (" + NUM + r") is (" + NUM + r")", n):
        a, b, c = F(m.group(1)), F(m.group(2)), F(m.group(3))
        out.append(("from_to", [abs(b - a), c]))
    for m in re.finditer(r"(" + NUM + r") is (" + NUM + r") (?:units|places) from 0", n):
        out.append(("abs_words", [abs(F(m.group(1))), F(m.group(2))]))
    for r in runs(n):
        if "=" in r:
            vals = chain_values(r)
            out.append(("eq", vals))
    return out


def line_status(line):
    """(n_ok, n_bad, n_unparsed, comps)"""
    cs = comps_in_line(line)
    ok = bad = unp = 0
    for kind, vals in cs:
        if vals is None or any(v is None for v in vals):
            unp += 1
        elif all(v == vals[0] for v in vals):
            ok += 1
        else:
            bad += 1
    return ok, bad, unp, cs


def numbers_in(line):
    return [F(x) for x in re.findall(NUM, norm(line))]


# ------------------------------------------------------------------ checks
class Fail(Exception):
    pass


def need(c, msg):
    if not c:
        raise Fail(msg)


def line_bounds(text, span):
    a, b = span
    need(0 <= a <= b <= len(text), "span out of range")
    need(a == 0 or text[a - 1] == "\n", "span does not start a line")
    need(b == len(text) or text[b] == "\n", "span does not end a line")
    return text[a:b]


def all_consistent(text, skip=None):
    total = 0
    for i, ln in enumerate(text.split("\n")):
        if skip is not None and i == skip:
            continue
        ok, bad, unp, _ = line_status(ln)
        need(bad == 0, f"wrong computation in line {i}: {ln!r}")
        need(unp == 0, f"unparsed computation in line {i}: {ln!r}")
        total += ok
    return total


def last_comp_value(text):
    last = None
    for ln in text.split("\n"):
        for kind, vals in comps_in_line(ln):
            if vals and all(v is not None for v in vals):
                last = vals[-1]
    return last


def check_final(text, final):
    lines = text.split("\n")
    fv = F(final)
    if lines[-1].startswith("####"):
        need(lines[-1] == "#### " + final, "#### line mismatch")
        body = [l for l in lines[:-1] if l.strip()]
    else:
        body = [l for l in lines if l.strip()]
        need("####" not in text, "stray ####")
    need(re.fullmatch(r"-?(0|[1-9]\d*)(\.\d*[1-9])?", final) and final != "-0", "final format")
    need(fv in numbers_in(body[-1]), f"final answer line lacks {final}: {body[-1]!r}")
    need(last_comp_value(text) == fv, "last computation differs from final")


def failing_comp(line, right, wrong):
    ok, bad, unp, cs = line_status(line)
    need(unp == 0, "unparsed computation on span line")
    need(bad >= 1, "span line has no wrong computation")
    hit = False
    for kind, vals in cs:
        if vals and not all(v == vals[0] for v in vals):
            if vals[0] == right and vals[-1] == wrong:
                hit = True
    need(hit, f"span line computation is not right->wrong ({right}->{wrong}): {line!r}")


def check_group(rows):
    byv = {r["variant"]: r for r in rows}
    need(sorted(byv) == ["carry", "correct", "loop", "slip"], "variants")
    c = byv["correct"]
    for r in rows:
        for k in ("pid", "template", "style", "problem"):
            need(r[k] == c[k], f"shared field {k}")
    ctext = c["solution"]
    n_ok = all_consistent(ctext)
    need(n_ok >= 2, "too few checked computations in correct row")
    check_final(ctext, c["final"])
    clines = ctext.split("\n")

    # slip
    s = byv["slip"]
    stext = s["solution"]
    sl = stext.split("\n")
    need(len(sl) == len(clines), "slip line count")
    diff = [i for i in range(len(sl)) if sl[i] != clines[i]]
    need(len(diff) == 1, "slip differs on more than one line")
    span_line = line_bounds(stext, s["span"])
    idx = stext[:s["span"][0]].count("\n")
    need(idx == diff[0], "slip span is not the differing line")
    need(s["final"] == c["final"], "slip final")
    need(s["wrong"] != s["right"], "slip wrong==right")
    failing_comp(span_line, F(s["right"]), F(s["wrong"]))
    all_consistent(stext, skip=idx)
    ok, bad, unp, _ = line_status(clines[idx])
    need(bad == 0 and ok >= 1, "correct version of slip line not exact")
    need(idx < max(i for i, l in enumerate(clines) if line_status(l)[0] > 0), "slip on last step")
    check_final(stext, s["final"])
    need(stext.split("\n")[-1] == ctext.split("\n")[-1], "slip last line")
    need(s["kind"] and s["step"] >= 1, "slip kind/step")

    # carry
    k = byv["carry"]
    ktext = k["solution"]
    a = k["span"][0]
    need(ktext[:a] == ctext[:a], "carry prefix differs from correct")
    kline = line_bounds(ktext, k["span"])
    kidx = ktext[:a].count("\n")
    failing_comp(kline, F(k["right"]), F(k["wrong"]))
    all_consistent(ktext, skip=kidx)
    need(k["correct_final"] == c["final"], "carry correct_final")
    need(k["final"] != c["final"], "carry final equals correct final")
    lines_k = ktext.split("\n")
    if lines_k[-1].startswith("####"):
        need(lines_k[-1] == "#### " + k["final"], "carry #### line")
    body = [l for l in lines_k if l.strip() and not l.startswith("####")]
    need(F(k["final"]) in numbers_in(body[-1]), "carry answer line")
    # the final follows the wrong value: the last computed value gives it
    need(last_comp_value(ktext) == F(k["final"]), "carry final is not the last computed value")
    need((ctext.split("\n")[-1].startswith("####")) == (lines_k[-1].startswith("####")), "#### presence")

    # loop
    lp = k = byv["loop"]
    ltext = lp["solution"]
    need(lp["final"] is None, "loop final")
    need("####" not in ltext, "loop has ####")
    ll = ltext.split("\n")
    a = lp["span"][0]
    line_bounds(ltext, lp["span"])
    si = ltext[:a].count("\n")
    p = lp["period_lines"]
    R = lp["repeats"]
    need(15 <= R <= 25 and p >= 1, "loop repeats/period")
    block = ll[si - p:si]
    need(ll[:si] == clines[:si], "loop prefix differs from correct")
    need(block[0].strip() != "", "loop block starts with blank")
    rest = ll[si:]
    expect = block * R
    tail = rest[len(expect):]
    if len(tail) == 1 and len(rest) == len(expect) + 1:
        cut = tail[0]
        need(cut and block[0].startswith(cut) and cut != block[0], "loop cut-off is not a prefix")
        need(not re.search(r"\d", cut), "loop cut-off has digits")
        need(rest[:len(expect)] == expect, "loop copies differ")
        cutflag = True
    else:
        # no cut: trailing blank lines of the last copy may be stripped
        e2 = list(expect)
        while e2 and e2[-1] == "":
            e2.pop()
        need(rest == e2, "loop copies differ")
        cutflag = False
    # block must be the lines of complete steps that were just written
    need(ll[si - p:si] == clines[si - p:si], "loop block not from the solution")
    need(si < len(clines) and clines[si].strip() != "", "loop cut point")
    all_consistent(ltext)
    return {"cut": cutflag, "hash": clines[-1].startswith("####")}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    groups = defaultdict(list)
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            rows.append(r)
            groups[r["pid"]].append(r)
    fails = 0
    cuts = hashes = 0
    for pid, rs in groups.items():
        try:
            st = check_group(rs)
            cuts += st["cut"]
            hashes += st["hash"]
        except Fail as e:
            fails += 1
            if fails <= 30:
                print(f"FAIL {pid}: {e}")
    n = len(groups)
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    kinds = Counter((r["variant"], r["kind"]) for r in rows if r["variant"] in ("slip", "carry"))
    print(f"rows={len(rows)} problems={n} templates={len(set(r['template'] for r in rows))}")
    print("styles:", dict(sorted(styles.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print(f"loop cut-offs: {cuts}/{n}   '####' in correct rows: {hashes}/{n}")
    if fails:
        print(f"FAILED groups: {fails}")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
