#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl      -> prints PASS and exits 0 if every row is as labelled

It re-parses every computation from the solution text (after normalising
markdown, LaTeX, unicode operators, worded operators, thousands separators,
percent signs and GSM8K <<...>> annotations) and evaluates it with exact
rational arithmetic.  "=" must hold exactly; "≈" / "about" must equal the
exact value rounded half-up to the written number of decimals.  It does not
import or reuse anything from gen.py.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KEYS_FAULT = ["pid", "template", "style", "problem", "variant", "solution", "final",
              "span", "wrong", "right", "step", "kind"]
KEYS_CORRECT = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_LOOP = KEYS_CORRECT + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}


def rhu(x, d):
    q = F(x) * 10 ** d
    fl = q.numerator // q.denominator
    if q - fl >= F(1, 2):
        fl += 1
    return F(fl, 10 ** d)


def ceil_f(x):
    return -((-x.numerator) // x.denominator)

# ------------------------------------------------------------------ normalisation

APX = re.compile(r",?\s*\b(?:which is|that's|that is|is|comes to|gives us|works out to)\s+(?:about|approximately|roughly)\b", re.I)
EQ = re.compile(r",?\s*\b(?:and that gives us|that gives us|which gives us|gives us|which is|is equal to|equals|comes to|works out to)\b", re.I)


class AnnotationError(Exception):
    pass


def strip_annotations(line):
    """GSM8K calculator annotations: <<expr=val>>val ; check consistency, then drop."""
    def rep(m):
        inner, after = m.group(1), m.group(2)
        if "=" not in inner:
            raise AnnotationError(inner)
        val = inner.rsplit("=", 1)[1].strip()
        if F(val) != F(after):
            raise AnnotationError("annotation %r vs visible %r" % (val, after))
        return after
    return re.sub(r"<<([^<>]*)>>(\d+(?:\.\d+)?)", rep, line)


def table_row(line):
    t = line.strip()
    if not t.startswith("|"):
        return line
    cells = [c.strip() for c in t.strip("|").split("|")]
    if len(cells) < 3 or set("".join(cells)) <= set("-: "):
        return " "
    label, calc, res = cells[0], cells[-2], cells[-1]
    if not re.search(r"\d", calc):
        return " "
    joiner = " " if res.startswith(("≈", "=")) else " = "
    return label + " : " + calc + joiner + res


def normalise(line):
    s = line
    s = strip_annotations(s)
    s = table_row(s)
    # LaTeX
    s = s.replace("{,}", ",")
    for _ in range(3):
        s = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    for a, b in [("\\times", "*"), ("\\cdot", "*"), ("\\div", "/"), ("\\approx", "≈"),
                 ("\\rightarrow", "→"), ("\\checkmark", "✓"), ("\\%", "%"), ("\\$", "$")]:
        s = s.replace(a, b)
    s = re.sub(r"\\[()\[\]]", " ", s)
    s = re.sub(r"\\[,;:! ]", " ", s)
    s = re.sub(r"\\[A-Za-z]+", " ", s)
    s = s.replace("{", " ").replace("}", " ")
    # markdown
    s = s.replace("**", " ")
    s = re.sub(r"^\s*[-*]\s+", " ", s)
    s = re.sub(r"^\s*#+\s*", " ", s)
    # worded operators / relations
    s = APX.sub(" ≈ ", s)
    s = EQ.sub(" = ", s)
    s = re.sub(r"\b(?:multiplied by|times)\b", " * ", s)
    s = re.sub(r"\bdivided by\b", " / ", s)
    s = re.sub(r"\bminus\b", " - ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    # symbols
    s = s.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")
    s = re.sub(r"(?<=\s)x(?=\s)", "*", s)
    s = re.sub(r"(?<=[A-Za-z])-|-(?=[A-Za-z])", " ", s)
    s = re.sub(r"(?<=[A-Za-z])/|/(?=[A-Za-z])", " ", s)
    # thousands separators
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    return s


TOK = re.compile(r"(\d+(?:\.\d+)?)(%?)|([+\-*/])|([()])|([=≈])|(→)|([:;,.!?|—\n])|(.)", re.S)


class Num:
    def __init__(self, text, pct):
        self.text = text
        self.raw = F(text)
        self.rawdec = len(text.split(".")[1]) if "." in text else 0
        self.pct = pct
        self.value = self.raw / 100 if pct else self.raw
        self.dec = self.rawdec + (2 if pct else 0)


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        if m.group(1):
            out.append(("NUM", Num(m.group(1), bool(m.group(2)))))
        elif m.group(3):
            out.append(("OP", m.group(3)))
        elif m.group(4):
            out.append(("P", m.group(4)))
        elif m.group(5):
            out.append(("REL", m.group(5)))
        elif m.group(6):
            out.append(("ARROW", "→"))
        elif m.group(7):
            out.append(("B", m.group(7)))
    return out


def parse_operand(t, i):
    if i < len(t) and t[i][0] == "NUM":
        return t[i][1], i + 1
    if i < len(t) and t[i] == ("P", "("):
        r = parse_expr(t, i + 1)
        if r and r[1] < len(t) and t[r[1]] == ("P", ")"):
            return r[0], r[1] + 1
    return None


def parse_expr(t, i):
    """flat list [operand, op, operand, ...]; operand is Num or a nested flat list"""
    r = parse_operand(t, i)
    if not r:
        return None
    items, j = [r[0]], r[1]
    while j < len(t) and t[j][0] == "OP":
        r = parse_operand(t, j + 1)
        if not r:
            break
        items += [t[j][1], r[0]]
        j = r[1]
    return items, j


def ev(x):
    if isinstance(x, Num):
        return x.value
    vals = [ev(x[0])]
    ops = []
    for k in range(1, len(x), 2):
        op, v = x[k], ev(x[k + 1])
        if op in "*/":
            if op == "/" and v == 0:
                raise ZeroDivisionError
            vals[-1] = vals[-1] * v if op == "*" else vals[-1] / v
        else:
            ops.append(op)
            vals.append(v)
    acc = vals[0]
    for op, v in zip(ops, vals[1:]):
        acc = acc + v if op == "+" else acc - v
    return acc


def has_op(x):
    return isinstance(x, list) and (len(x) > 1 or has_op(x[0]))


def single(x):
    """the lone Num of an expression that is just a number, else None"""
    while isinstance(x, list) and len(x) == 1:
        x = x[0]
    return x if isinstance(x, Num) else None


class Comp:
    pass


def computations(text):
    """list of Comp in text order, each with line index"""
    comps = []
    for li, line in enumerate(text.split("\n")):
        if line.startswith("####"):
            continue
        t = tokenize(normalise(line))
        i = 0
        while i < len(t):
            r = parse_expr(t, i)
            if not r:
                i += 1
                continue
            exprs, rels, j = [r[0]], [], r[1]
            while j < len(t) and t[j][0] == "REL":
                r2 = parse_expr(t, j + 1)
                if not r2:
                    break
                rels.append(t[j][1])
                exprs.append(r2[0])
                j = r2[1]
            if len(exprs) >= 2 and any(has_op(e) for e in exprs):
                c = Comp()
                c.line, c.exprs, c.rels, c.ceil = li, exprs, rels, None
                c.text = line
                if j + 1 < len(t) and t[j][0] == "ARROW" and t[j + 1][0] == "NUM":
                    c.ceil = t[j + 1][1].raw
                    j += 2
                comps.append(c)
                i = j
            else:
                i += 1
    for c in comps:
        judge(c)
    return comps


def pair_ok(left, rel, right):
    lv = ev(left)
    rn = single(right)
    if rn is not None and rn.pct and isinstance(left, list) and len(left) >= 3 and left[-2] == "*" \
            and single(left[-1]) is not None and single(left[-1]).value == 100 and not single(left[-1]).pct:
        target, d = rn.raw, rn.rawdec
    elif rn is not None:
        target, d = rn.value, rn.dec
    else:
        if rel != "=":
            return False
        return lv == ev(right)
    if rel == "=":
        return lv == target
    return rhu(lv, d) == target


def judge(c):
    c.ok = True
    try:
        for k, rel in enumerate(c.rels):
            if not pair_ok(c.exprs[k], rel, c.exprs[k + 1]):
                c.ok = False
        c.result = single(c.exprs[-1])
        if c.result is None:
            c.ok = False
        if c.ceil is not None:
            q = ev(c.exprs[0])
            if c.ceil != ceil_f(q) or c.ceil == q:
                c.ok = False
                c.bad_ceil = True
    except ZeroDivisionError:
        c.ok = False


def is_check_line(line):
    return bool(re.search(r"(?i)\bcheck|✓|checkmark|verify", line))

# ------------------------------------------------------------------ fault kinds

def digits(s):
    return s.replace("{,}", "").replace(",", "")


def kind_ok(kind, wrong, right, comp):
    ws, rs = digits(wrong), digits(right)
    w, r = F(ws), F(rs)
    if w == r:
        return False
    if kind == "off_by_one":
        return abs(w - r) == 1
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "decimal_shift":
        return w == r * 10 or w * 10 == r
    if kind == "swap_digits":
        if len(ws) != len(rs):
            return False
        diff = [k for k in range(len(ws)) if ws[k] != rs[k]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and ws[diff[0]] == rs[diff[1]]
                and ws[diff[1]] == rs[diff[0]] and "." not in (ws[diff[0]], ws[diff[1]]))
    if kind == "drop_digit":
        return len(ws) == len(rs) - 1 and any(rs[:k] + rs[k + 1:] == ws and rs[k].isdigit() for k in range(len(rs)))
    if kind == "double_digit":
        return len(ws) == len(rs) + 1 and any(ws[:k] + ws[k + 1:] == rs and ws[k].isdigit() and
                                              ((k > 0 and ws[k - 1] == ws[k]) or (k + 1 < len(ws) and ws[k + 1] == ws[k]))
                                              for k in range(len(ws)))
    if kind == "wrong_op":
        left = comp.exprs[-2]
        while isinstance(left, list) and len(left) == 1:
            left = left[0]
        if not (isinstance(left, list) and len(left) == 3):
            return False
        a, op, b = ev(left[0]), left[1], ev(left[2])
        rn = comp.result
        for op2 in "+-*/":
            if op2 == op or (op2 == "/" and b == 0):
                continue
            alt = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[op2]
            if comp.rels[-1] == "=" and alt == rn.value:
                return True
            if comp.rels[-1] == "≈" and rhu(alt, rn.dec) == rn.value:
                return True
        return False
    return False

# ------------------------------------------------------------------ row checks

def final_line(text):
    last = text.split("\n")[-1]
    m = re.fullmatch(r"#### (\d+(?:\.\d+)?)", last)
    return m.group(1) if m else None


def full_line(text, s, e):
    return (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n") and "\n" not in text[s:e]


def check_common_solution(row, comps, errs, check_last=True):
    n = len(comps)
    if not 2 <= n <= 8:
        errs.append("computation count %d" % n)
    fin = final_line(row["solution"])
    if fin is None:
        errs.append("no #### last line")
        return None
    mains = [c for c in comps if not is_check_line(c.text)]
    if mains and check_last:
        last = mains[-1]
        cands = [last.result.value if last.result else None]
        if last.result is not None and last.result.pct:
            cands.append(last.result.raw)
        if last.ceil is not None:
            cands.append(last.ceil)
        if F(fin) not in cands:
            errs.append("#### %s is not the last computation's result" % fin)
    return fin


def check_fault(row, comps, corr_comps, corr_text, errs, carry):
    text = row["solution"]
    s, e = row["span"]
    if not full_line(text, s, e):
        errs.append("span is not a whole line")
    if row["kind"] not in KINDS:
        errs.append("bad kind")
    bad = [k for k, c in enumerate(comps) if not c.ok]
    if len(bad) != 1:
        errs.append("expected exactly one wrong computation, found %d" % len(bad))
        return
    k = bad[0]
    c = comps[k]
    if k + 1 != row["step"]:
        errs.append("step %d but wrong computation is #%d" % (row["step"], k + 1))
    span_line = text[s:e]
    if text[:s].count("\n") != c.line:
        errs.append("wrong computation not on span line")
    if is_check_line(span_line) or "→" in span_line or "rightarrow" in span_line:
        errs.append("fault on a check/round-up line")
    if row["wrong"] not in span_line:
        errs.append("wrong value not written in span line")
    if c.result is None or F(digits(row["wrong"])) != c.result.raw:
        errs.append("wrong field %s != written result" % row["wrong"])
        return
    # tolerance: the written wrong value must not be an acceptable rounding
    lv = ev(c.exprs[-2])
    left = c.exprs[-2]
    if c.result.pct and isinstance(left, list) and len(left) >= 3 and left[-2] == "*" and single(left[-1]) and single(left[-1]).value == 100:
        tol_ok = rhu(lv, c.result.rawdec) != c.result.raw
        right_val = lv
    else:
        tol_ok = rhu(lv, c.result.dec) != c.result.value
        right_val = lv * 100 if c.result.pct else lv
    rd = digits(row["right"])
    rdec = len(rd.split(".")[1]) if "." in rd else 0
    if not tol_ok:
        errs.append("wrong value within rounding tolerance")
    # right: what the correct solution wrote at this step, and what the operands give
    if k >= len(corr_comps) or corr_comps[k].result is None:
        errs.append("no matching step in correct row")
    else:
        cr = corr_comps[k].result
        if F(digits(row["right"])) != cr.raw:
            errs.append("right %s != correct row's result %s" % (row["right"], cr.text))
    if (c.rels[-1] == "=" and right_val != F(rd)) or rhu(right_val, rdec) != F(rd):
        errs.append("right %s is not the value of the operands" % row["right"])
    if not kind_ok(row["kind"], row["wrong"], row["right"], c):
        errs.append("kind %s does not match %s -> %s" % (row["kind"], row["right"], row["wrong"]))
    fin = final_line(text)
    if corr_text[:s] != text[:s]:
        errs.append("text before the span differs from the correct row")
    if not carry:
        if fin != row["final"]:
            errs.append("slip final differs from gold")
        if not corr_text.endswith(text[e:]) or corr_text.count("\n") != text.count("\n"):
            errs.append("slip text differs outside the span line")
    else:
        if fin is None or F(fin) == F(row["final"]):
            errs.append("carry final equals gold")


def check_loop(row, comps, corr_text, errs):
    text = row["solution"]
    if "####" in text:
        errs.append("loop has ####")
    s, e = row["span"]
    unit = text[s:e]
    reps = row["repeats"]
    if not 8 <= reps <= 30:
        errs.append("repeats out of range")
    if s < 1 or text[s - 1] != "\n" or not unit:
        errs.append("span start not at a line start")
        return
    first = s - 1 - len(unit)
    if first < 0 or text[first:s - 1] != unit or (first > 0 and text[first - 1] != "\n"):
        errs.append("span is not the second copy")
        return
    prefix = text[:s - 1]
    if not corr_text.startswith(prefix + "\n"):
        errs.append("loop prefix is not a cut of the correct solution")
    # count copies
    pos, count = first, 0
    while text.startswith(unit, pos) and (pos + len(unit) == len(text) or text[pos + len(unit)] == "\n"):
        count += 1
        pos += len(unit)
        if pos < len(text):
            pos += 1
        else:
            break
    rest = text[pos:] if pos < len(text) else ""
    if count != reps:
        errs.append("repeats %d but counted %d" % (reps, count))
    if rest:
        first_line = unit.split("\n")[0]
        if not (first_line.startswith(rest) and len(rest) < len(first_line) and not re.search(r"\d", rest)):
            errs.append("loop tail is not an unfinished digit-free prefix of the unit")
    last_unit_line = unit.split("\n")[-1]
    if not computations(last_unit_line):
        errs.append("loop unit does not end with a computation line")
    cut_line_comps = computations(prefix.split("\n")[-1])
    if not cut_line_comps:
        errs.append("loop not cut after a computation line")
    if any(not c.ok for c in comps):
        errs.append("loop contains a wrong computation")
    return bool(rest)


def main():
    path = sys.argv[1]
    rows = [json.loads(l, object_pairs_hook=OrderedDict) for l in open(path, encoding="utf-8")]
    groups = OrderedDict()
    failures = []
    for row in rows:
        groups.setdefault(row["pid"], []).append(row)
    n_partial = 0
    for pid, g in groups.items():
        if [r["variant"] for r in g] != ["correct", "slip", "carry", "loop"]:
            failures.append((pid, "*", "variants %s" % [r["variant"] for r in g]))
            continue
        if len({(r["template"], r["style"], r["problem"], r["final"]) for r in g}) != 1:
            failures.append((pid, "*", "inconsistent shared fields"))
        corr = g[0]
        if not re.fullmatch(r"\d+(?:\.\d+)?", corr["final"]):
            failures.append((pid, "correct", "final not a plain number"))
        try:
            corr_comps = computations(corr["solution"])
        except AnnotationError as ex:
            failures.append((pid, "correct", "annotation: %s" % ex))
            continue
        for row in g:
            errs = []
            v = row["variant"]
            want = {"correct": KEYS_CORRECT, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}[v]
            if list(row.keys()) != want:
                errs.append("keys %s" % list(row.keys()))
            try:
                comps = computations(row["solution"])
            except AnnotationError as ex:
                failures.append((pid, v, "annotation: %s" % ex))
                continue
            if v == "correct":
                bad = [c.text for c in comps if not c.ok]
                if bad:
                    errs.append("wrong computations in correct row: %s" % bad)
                fin = check_common_solution(row, comps, errs)
                if fin != row["final"]:
                    errs.append("#### %s != final %s" % (fin, row["final"]))
            elif v in ("slip", "carry"):
                # slip: the last computation itself may be the slipped one; carry: #### follows the carried value
                check_common_solution(row, comps, errs, check_last=(v == "carry"))
                check_fault(row, comps, corr_comps, corr["solution"], errs, v == "carry")
            else:
                if check_loop(row, comps, corr["solution"], errs):
                    n_partial += 1
            for e in errs:
                failures.append((pid, v, e))
    n = len(groups)
    templates = Counter(g[0]["template"] for g in groups.values())
    styles = Counter(g[0]["style"] for g in groups.values())
    kinds = Counter(r["kind"] for r in rows if r["variant"] in ("slip", "carry"))
    if not 550 <= n <= 800:
        failures.append(("*", "*", "problem count %d" % n))
    if len(templates) < 15:
        failures.append(("*", "*", "only %d templates" % len(templates)))
    if len(styles) < 9:
        failures.append(("*", "*", "only %d styles" % len(styles)))
    if set(kinds) != KINDS:
        failures.append(("*", "*", "fault kinds present: %s" % sorted(kinds)))
    print("problems %d, rows %d, templates %d, styles %d, partial loops %d (%.0f%%)" % (
        n, len(rows), len(templates), len(styles), n_partial, 100.0 * n_partial / max(n, 1)))
    print("variants:", dict(Counter(r["variant"] for r in rows)))
    print("kinds:", dict(sorted(kinds.items())))
    if failures:
        for f in failures[:60]:
            print("FAIL", *f)
        print("FAIL: %d problems" % len(failures))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
