#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

It does not import gen.py.  It re-reads every solution as text: normalises the
formatting (markdown, LaTeX, worded operators, units, thousands separators,
GSM8K <<...>> annotations, table rows), extracts each written computation
`expr (= expr)* (=|≈) result`, evaluates it with exact rational arithmetic and
accepts a written result when it is within half a unit of its last written
decimal place.  Prints PASS and exits 0 only if every row is as labelled.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KEY_ORDER = {
    "correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
    "slip": ["pid", "template", "style", "problem", "variant", "solution", "final",
             "span", "wrong", "right", "step", "kind"],
    "carry": ["pid", "template", "style", "problem", "variant", "solution", "final",
              "span", "wrong", "right", "step", "kind"],
    "loop": ["pid", "template", "style", "problem", "variant", "solution", "final",
             "span", "repeats"],
}
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit",
         "wrong_op", "decimal_shift"}

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TOKEN = re.compile(r"(?P<num>(?:%s)%%?)|(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))|(?P<eq>[=≈])|(?P<ws>\s+)|(?P<other>[A-Za-z_]+|.)" % NUM)
UNIT_STRIP = re.compile(r"(?<=\d)(%?)\s+[A-Za-z][A-Za-z/.\-]*+(?:\s+[A-Za-z][A-Za-z/.\-]*+){0,3}(?=\s*[-+*/=≈)])")
FINAL_RE = re.compile(r"^#### (\d+(?:\.\d+)?)$")


class ParseError(Exception):
    pass


def fnum(s):
    return F(s.replace(",", "").replace("%", ""))


def decimals(s):
    s = s.replace(",", "").replace("%", "").replace("{", "").replace("}", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return F(1, 2 * 10 ** decimals(s))


# ------------------------------------------------------------------ normalisation
LATEX_REPL = [("\\left(", "("), ("\\right)", ")"), ("\\times", "*"), ("\\cdot", "*"),
              ("\\div", "/"), ("\\approx", "≈"), ("\\$", "$"), ("\\%", "%"), ("\\(", " "),
              ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\,", " "), ("\\quad", " "),
              ("\\checkmark", "✓")]
WORDED = [(r",?\s*\bwhich is about\b", " ≈"), (r",?\s*\bwhich is\b", " ="),
          (r",?\s*\bthat gives us\b", " ="), (r"\bis about\b", "≈"), (r"\bequals\b", "="),
          (r"\bmultiplied by\b", "*"), (r"\btimes\b", "*"), (r"\bdivided by\b", "/"),
          (r"\bminus\b", "-"), (r"\bplus\b", "+")]


def normalise(s):
    s = s.replace("{,}", ",")
    s = re.sub(r"\\lceil\s*(%s)\s*\\rceil\s*=\s*(%s)" % (NUM, NUM), r"\1 → \2", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    for a, b in LATEX_REPL:
        s = s.replace(a, b)
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", s)
    s = s.replace("−", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    for a, b in WORDED:
        s = re.sub(a, b, s)
    s = re.sub(r"%\s+of\s+", "% * ", s)
    s = re.sub(r"(?<=[\d%)])\s+x\s+(?=[\d($])", " * ", s)
    s = s.replace("$", "")
    s = UNIT_STRIP.sub(r"\1", s)
    return s


# ------------------------------------------------------------------ expression parsing
def parse_expr(toks):
    """toks: list of (kind, text). Returns Fraction value."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def atom():
        k, t = peek()
        if k == "num":
            pos[0] += 1
            v = fnum(t)
            return v / 100 if t.endswith("%") else v
        if k == "lp":
            pos[0] += 1
            v = expr()
            if peek()[0] != "rp":
                raise ParseError("missing )")
            pos[0] += 1
            return v
        raise ParseError("unexpected %r" % (t,))

    def term():
        v = atom()
        while peek()[0] == "op" and peek()[1] in "*/":
            o = peek()[1]
            pos[0] += 1
            w = atom()
            if o == "*":
                v = v * w
            else:
                if w == 0:
                    raise ParseError("division by zero")
                v = v / w
        return v

    def expr():
        v = term()
        while peek()[0] == "op" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ParseError("trailing tokens")
    return v


def comps_in_text(text):
    """Computations in an already-normalised text fragment, in order."""
    out = []
    run = []

    def flush():
        if not any(k == "eq" for k, _ in run):
            run.clear()
            return
        segs, eqs, cur = [], [], []
        for k, t in run:
            if k == "eq":
                segs.append(cur)
                eqs.append(t)
                cur = []
            else:
                cur.append((k, t))
        segs.append(cur)
        run.clear()
        if not segs[0] or not any(k == "op" for k, _ in segs[0]):
            return          # restatement such as "rate = 12" or "1 acre-inch = 27,154"
        if any(not sg for sg in segs):
            raise ParseError("empty segment in %r" % text)
        res = segs[-1]
        if len(res) != 1 or res[0][0] != "num":
            raise ParseError("result is not a single number in %r" % text)
        vals = [parse_expr(sg) for sg in segs[:-1]]
        rtxt = res[0][1]
        t = vals[-1]
        rv = fnum(rtxt)
        tl = tol(rtxt)
        pct = rtxt.endswith("%")
        ok = abs(t - rv) <= tl or (pct and abs(t - rv / 100) <= tl / 100)
        for v in vals[:-1]:
            if v != t and abs(v - t) > tl:
                raise ParseError("inconsistent chain in %r" % text)
        operands = [fnum(tt) for sg in segs[:-1] for kk, tt in sg if kk == "num"]
        out.append(dict(t=t, result=rtxt, rv=rv, ok=ok, approx=eqs[-1] == "≈",
                        lasttoks=segs[-2], operands=operands))

    for m in TOKEN.finditer(text):
        k = m.lastgroup
        if k == "ws":
            continue
        if k == "other":
            flush()
            continue
        run.append((k, m.group()))
    flush()
    return out


ROUND_RES = [re.compile(r"(%s)\s*→\s*(%s)" % (NUM, NUM)),
             re.compile(r"\bround (%s) up to (%s)" % (NUM, NUM)),
             re.compile(r"(%s),? (?:which )?rounds up to (%s)" % (NUM, NUM))]


def analyse(solution):
    """Return (comps, roundups). Each comp carries its line index and span."""
    comps, rounds = [], []
    pos = 0
    for li, line in enumerate(solution.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        texts = []
        if "<<" in line:
            texts = [normalise(a) for a in re.findall(r"<<([^<>]*)>>", line)]
            rtext = normalise(re.sub(r"<<[^<>]*>>", " ", line))
        elif line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.search(r"\d", cells[1]):
                joiner = " " if cells[2].startswith("≈") else " = "
                texts = [normalise(cells[1] + joiner + cells[2])]
                rtext = texts[0]
            else:
                rtext = ""
        else:
            texts = [normalise(line)]
            rtext = texts[0]
        for tx in texts:
            for c in comps_in_text(tx):
                c.update(line=li, span=(start, end), linetext=line)
                comps.append(c)
        for rx in ROUND_RES:
            for m in rx.finditer(rtext):
                rounds.append(dict(line=li, a=fnum(m.group(1)), b=fnum(m.group(2)), idx=len(comps)))
    return comps, rounds


# ------------------------------------------------------------------ fault kinds
def plainnum(s):
    return s.replace("{,}", "").replace(",", "").replace("$", "").replace("%", "")


def eval_tok_list(toks):
    try:
        return parse_expr(toks)
    except (ParseError, ZeroDivisionError):
        return None


def kind_ok(kind, wrong, right, comp):
    ws, rs = plainnum(wrong), plainnum(right)
    wv, rv = F(ws), F(rs)
    if kind == "off_by_one":
        return abs(wv - rv) == 1
    if kind == "off_by_ten":
        return abs(wv - rv) == 10
    if kind == "swap_digits":
        return any(rs[i].isdigit() and rs[i + 1].isdigit() and rs[i] != rs[i + 1] and
                   rs[:i] + rs[i + 1] + rs[i] + rs[i + 2:] == ws for i in range(len(rs) - 1))
    if kind == "drop_digit":
        return any(rs[i].isdigit() and rs[:i] + rs[i + 1:] == ws for i in range(len(rs)))
    if kind == "double_digit":
        return any(rs[i].isdigit() and rs[:i] + rs[i] + rs[i:] == ws for i in range(len(rs)))
    if kind == "decimal_shift":
        return rv != 0 and wv / rv in (F(10), F(1, 10), F(100), F(1, 100))
    if kind == "wrong_op":
        toks = comp["lasttoks"]
        for i, (k, t) in enumerate(toks):
            if k != "op":
                continue
            for alt in "+-*/":
                if alt == t:
                    continue
                v = eval_tok_list(toks[:i] + [("op", alt)] + toks[i + 1:])
                if v is not None and abs(v - wv) <= tol(ws):
                    return True
        return False
    return False


# ------------------------------------------------------------------ row checks
def final_of(solution):
    last = solution.split("\n")[-1]
    m = FINAL_RE.match(last)
    return m.group(1) if m else None


def check_rounds(rounds, errs):
    for r in rounds:
        if r["a"].denominator == 1 and r["a"] == r["b"]:
            errs.append("round-up of an integer")
        elif F(math.ceil(r["a"])) != r["b"]:
            errs.append("bad round-up %s -> %s" % (r["a"], r["b"]))


def answer_is_derived(fin, comps, rounds):
    v = F(fin)
    return any(c["rv"] == v for c in comps) or any(r["b"] == v for r in rounds)


def check_fault_row(row, corr, comps, rounds, ccomps, errs):
    bad = [i for i, c in enumerate(comps) if not c["ok"]]
    if len(bad) != 1:
        errs.append("expected exactly one wrong computation, found %d" % len(bad))
        return
    i = bad[0]
    c = comps[i]
    if row["step"] != i + 1:
        errs.append("step %s but wrong computation is #%d" % (row["step"], i + 1))
    if list(c["span"]) != row["span"]:
        errs.append("span %s != line span %s" % (row["span"], c["span"]))
    if plainnum(c["result"]) != plainnum(row["wrong"]) or row["wrong"] not in c["linetext"]:
        errs.append("wrong %r not the written result %r" % (row["wrong"], c["result"]))
    if abs(c["t"] - F(row["right"])) > tol(row["right"]):
        errs.append("right %s is not the value %s" % (row["right"], float(c["t"])))
    if abs(F(plainnum(row["wrong"])) - F(row["right"])) <= tol(row["right"]):
        errs.append("wrong within tolerance of right")
    if row["kind"] not in KINDS or not kind_ok(row["kind"], row["wrong"], row["right"], c):
        errs.append("kind %s does not relate %s -> %s" % (row["kind"], row["right"], row["wrong"]))
    if len(comps) != len(ccomps):
        errs.append("computation count differs from correct row")
    fl = row["solution"].split("\n")
    cl = corr["solution"].split("\n")
    li = c["line"]
    if fl[:li] != cl[:li]:
        errs.append("text before the faulted line differs from the correct row")
    if ccomps[i]["result"] == c["result"]:
        errs.append("faulted result equals the correct row's result")
    if abs(ccomps[i]["rv"] - F(row["right"])) > tol(row["right"]):
        errs.append("right differs from the correct row's value")
    fin = final_of(row["solution"])
    if fin is None:
        errs.append("no #### line")
        return
    if row["variant"] == "slip":
        if fin != row["final"]:
            errs.append("slip final %s != gold %s" % (fin, row["final"]))
        if len(fl) != len(cl) or any(a != b for j, (a, b) in enumerate(zip(fl, cl)) if j != li):
            errs.append("slip differs from correct row outside the faulted line")
    else:
        if fin == row["final"]:
            errs.append("carry final equals gold")
        if not answer_is_derived(fin, comps, rounds):
            errs.append("carry final not derived from its computations")
        later = [x for x in comps[i + 1:]]
        wv = F(plainnum(row["wrong"]))
        used = any(wv in x["operands"] for x in later) or any(r["a"] == wv for r in rounds if r["idx"] > i) \
            or F(fin) == wv
        if not used:
            errs.append("carried wrong value is not used later")


def check_loop(row, corr, errs):
    text = row["solution"]
    s0, s1 = row["span"]
    unit = text[s0:s1]
    reps = row["repeats"]
    if not (8 <= reps <= 30):
        errs.append("repeats out of range")
    if "####" in text:
        errs.append("loop row has a #### line")
    if s0 < 1 or text[s0 - 1] != "\n":
        errs.append("span does not start a line")
        return
    prefix = text[:s0 - 1]
    csol = corr["solution"]
    if not csol.startswith(prefix) or csol[len(prefix):len(prefix) + 1] != "\n":
        errs.append("loop prefix is not a line prefix of the correct solution")
    if not (prefix.endswith("\n" + unit) or prefix == unit):
        errs.append("repeated unit does not end the prefix")
    ul = unit.split("\n")
    if not (1 <= len(ul) <= 3):
        errs.append("unit has %d lines" % len(ul))
    pc, _ = analyse(prefix)
    lastline = prefix.count("\n")
    if not pc or pc[-1]["line"] != lastline:
        errs.append("loop is not cut right after a computation line")
    rest = text[len(prefix):]
    body = ("\n" + unit) * (reps - 1)
    if not rest.startswith(body):
        errs.append("repeats do not match")
        return
    tail = rest[len(body):]
    if tail:
        part = tail[1:] if tail.startswith("\n") else None
        if part is None or not part or not ul[0].startswith(part) or part == ul[0] \
                or re.search(r"\d", part):
            errs.append("bad unfinished tail %r" % tail)
    comps, rounds = analyse(text)
    if any(not c["ok"] for c in comps):
        errs.append("loop row contains a wrong computation")
    check_rounds(rounds, errs)
    return bool(tail)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln))
    problems = defaultdict(dict)
    errors = []
    for n, row in enumerate(rows):
        v = row.get("variant")
        if v not in KEY_ORDER or list(row.keys()) != KEY_ORDER[v]:
            errors.append((n, "bad keys/order %s" % list(row.keys())))
            continue
        if v in problems[row["pid"]]:
            errors.append((n, "duplicate variant"))
        problems[row["pid"]][v] = row
    stats = Counter()
    partial = 0
    kinds = Counter()
    for pid, vs in problems.items():
        if set(vs) != set(KEY_ORDER):
            errors.append((pid, "missing variants %s" % set(vs)))
            continue
        corr = vs["correct"]
        for v in ("slip", "carry", "loop"):
            for k in ("template", "style", "problem", "final"):
                if vs[v][k] != corr[k]:
                    errors.append((pid, "%s %s differs" % (v, k)))
        if not re.fullmatch(r"\d+(?:\.\d+)?", corr["final"]):
            errors.append((pid, "final not a plain number"))
        for v, row in vs.items():
            errs = []
            try:
                if v == "loop":
                    if check_loop(row, corr, errs):
                        partial += 1
                else:
                    comps, rounds = analyse(row["solution"])
                    check_rounds(rounds, errs)
                    if v == "correct":
                        ccomps = comps
                        bad = [i for i, c in enumerate(comps) if not c["ok"]]
                        if bad:
                            errs.append("correct row has wrong computation(s) %s" % bad)
                        if not (2 <= len(comps) <= 8):
                            errs.append("%d computations" % len(comps))
                        fin = final_of(row["solution"])
                        if fin != row["final"]:
                            errs.append("final %s != %s" % (fin, row["final"]))
                        elif not answer_is_derived(fin, comps, rounds):
                            errs.append("final not derived from the computations")
                    else:
                        ccomps, _ = analyse(corr["solution"])
                        check_fault_row(row, corr, comps, rounds, ccomps, errs)
                        kinds[(v, row["kind"])] += 1
            except ParseError as e:
                errs.append("parse error: %s" % e)
            for e in errs:
                errors.append((pid + "/" + v, e))
            stats[v] += 1
    templates = {r["template"] for r in rows}
    styles = {r["style"] for r in rows}
    if not (550 <= len(problems) <= 800):
        errors.append(("set", "%d problems" % len(problems)))
    if len(templates) < 15:
        errors.append(("set", "only %d templates" % len(templates)))
    if len(styles) < 9:
        errors.append(("set", "only %d styles" % len(styles)))
    print("problems: %d  rows: %d  templates: %d  styles: %d" % (len(problems), len(rows), len(templates), len(styles)))
    print("rows per variant: " + ", ".join("%s=%d" % (k, stats[k]) for k in ("correct", "slip", "carry", "loop")))
    print("loop rows ending in an unfinished line: %d" % partial)
    print("fault kinds: " + ", ".join("%s/%s=%d" % (a, b, c) for (a, b), c in sorted(kinds.items())))
    if errors:
        for e in errors[:60]:
            print("FAIL", e)
        print("FAIL: %d problems found" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
