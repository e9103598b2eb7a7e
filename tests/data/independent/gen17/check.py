#!/usr/bin/env python3
"""Independent re-check of the set from the text alone.

Does not import the generator.  It parses every written computation
('a op b = c', chains, LaTeX, <<calc>> annotations, operations in words,
units, results split over two lines), evaluates it with fractions and checks:

  correct  every computation is exact, answer statements agree with `final`,
           the last computed value is the final answer, operands are grounded
           (problem numbers, earlier numbers, a few constants), number formats
  slip     identical to correct except the span line; the span line holds a
           computation whose written result is `wrong` and whose true value is
           `right`; everything else is exact; the right value is used later;
           final unchanged; the fault kind matches wrong/right
  carry    identical to correct before the span line; span as for slip; every
           later computation exact; the wrong value is used later; final
           differs from correct_final (which is the correct row's final)
  loop     correct prefix, block of period_lines repeated `repeats` times,
           optional digit-free cut-off of the block's first line, no answer

    python3 check.py [set.jsonl]        prints PASS and exits 0 when clean
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction

# ------------------------------------------------------------------ normalisation
_TR = {ord("×"): "*", ord("·"): "*", ord("∗"): "*", ord("÷"): "/", ord("−"): "-", ord("–"): "-", ord("—"): "-"}


def norm(s):
    s = re.sub(r"<<[^<>]*>>", " ", s)
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\%", "%").replace("\\$", "$")
    s = re.sub(r"\\[()\[\]]", " ", s)
    s = s.replace("\\", " ")
    s = s.replace("**", " ")
    s = re.sub(r"^\s*#+\s*", "", s)
    s = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", s)
    s = s.replace("$", "")
    s = s.translate(_TR)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    for w, o in (("multiplied by", "*"), ("times", "*"), ("divided by", "/"), ("plus", "+"), ("minus", "-")):
        # only between numbers: 'length plus width' in a label stays words
        s = re.sub(r"(?<=[\d%%)])\s+%s\s+(?=[\d(.])" % w, " %s " % o, s)
    s = re.sub(r"(?<=\d)\s*\bpercent\b", "%", s)
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d(.])", " * ", s)
    s = re.sub(r"(?<=[A-Za-z])\s+x\s+(?=[\d(.])", " * ", s)
    s = re.sub(r"(?<=[\d%)])\s+of\s+", " * ", s)
    return s


_TOK = re.compile(r"(?P<num>\d+(?:\.\d+)?|(?<![\w.])\.\d+)|(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:['’-][A-Za-z_][A-Za-z0-9_]*)*)"
                  r"|(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))|(?P<pct>%)|(?P<eq>=)|(?P<sp>\s+)|(?P<punct>.)")


def tokenize(s, lineno):
    out = []
    for m in _TOK.finditer(s):
        k = m.lastgroup
        if k == "sp":
            continue
        out.append([k, m.group(), lineno])
    # words 'is'/'equals' become '=' when an arithmetic expression precedes and a number follows
    for i, t in enumerate(out):
        if t[0] == "word" and t[1].lower() in ("is", "equals") and i + 1 < len(out) and out[i + 1][0] in ("num", "lp"):
            j = i - 1
            while j >= 0 and out[j][0] != "eq":
                j -= 1
            seg = clean(out[j + 1:i])
            ex = trailing(seg)
            if ex and any(x[0] == "op" for x in ex):
                t[0], t[1] = "eq", "="
    return out


def _is_var(t):
    """A single capital letter is a variable (T = B - 9), never a unit."""
    return len(t[1]) == 1 and t[1].isupper()


def clean(toks):
    """Drop unit words after numbers and per-unit '/word' pieces."""
    res = []
    numlike = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "word" and numlike and not _is_var(t):
            i += 1
            continue
        if t[0] == "op" and t[1] == "/" and numlike and i + 1 < len(toks) and toks[i + 1][0] == "word" \
                and not _is_var(toks[i + 1]):
            i += 2
            continue
        res.append(t)
        numlike = t[0] in ("num", "pct", "rp")
        i += 1
    return res


EXPR = ("num", "op", "lp", "rp", "pct")


def _operand_end(t):
    return t[0] in ("num", "rp", "pct")


def _operand_start(t):
    return t[0] in ("num", "lp")


def trailing(seg):
    """Arithmetic expression at the end of a token segment (None if absent/incomplete)."""
    k = len(seg)
    while k > 0 and seg[k - 1][0] in EXPR:
        k -= 1
    ex = seg[k:]
    # cut at operand adjacency (two operands with no operator between)
    for p in range(len(ex) - 1, 0, -1):
        if _operand_end(ex[p - 1]) and _operand_start(ex[p]):
            ex = ex[p:]
            break
    # balance parentheses from the left
    while ex and ex[0][0] == "rp":
        ex = ex[1:]
    depth = 0
    start = 0
    for p, t in enumerate(ex):
        if t[0] == "lp":
            depth += 1
        elif t[0] == "rp":
            depth -= 1
    while depth > 0 and start < len(ex):
        if ex[start][0] == "lp":
            depth -= 1
        start += 1
    ex = ex[start:]
    if not ex:
        return None
    if ex[0][0] in ("op", "pct"):
        return None          # dangling operator: something non-numeric precedes
    if not _operand_end(ex[-1]):
        return None
    return ex


def leading(seg):
    k = 0
    while k < len(seg) and seg[k][0] in EXPR:
        k += 1
    ex = seg[:k]
    for p in range(1, len(ex)):
        if _operand_end(ex[p - 1]) and _operand_start(ex[p]):
            ex = ex[:p]
            break
    if ex and ex[-1][0] == "op":
        nxt = seg[len(ex)] if len(ex) < len(seg) else None
        if nxt is not None and nxt[0] == "word":
            return None      # e.g. '12 + B'
        while ex and ex[-1][0] == "op":
            ex = ex[:-1]
    depth = 0
    for p, t in enumerate(ex):
        if t[0] == "lp":
            depth += 1
        elif t[0] == "rp":
            depth -= 1
            if depth < 0:
                ex = ex[:p]
                break
    if depth > 0:
        return None
    if not ex or ex[0][0] != "num" and ex[0][0] != "lp":
        return None
    return ex


# ------------------------------------------------------------------ evaluation
class _P:
    def __init__(self, toks):
        self.t, self.i = toks, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.t[self.i][1]
            self.i += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.t[self.i][1]
            self.i += 1
            w = self.factor()
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise ValueError("div0")
                v = v / w
        return v

    def factor(self):
        t = self.peek()
        if t is None:
            raise ValueError("eof")
        if t[0] == "num":
            self.i += 1
            v = Fraction(t[1])
        elif t[0] == "lp":
            self.i += 1
            v = self.expr()
            if not self.peek() or self.peek()[0] != "rp":
                raise ValueError("paren")
            self.i += 1
        else:
            raise ValueError("bad token %r" % (t,))
        while self.peek() and self.peek()[0] == "pct":
            self.i += 1
            v = v / 100
        return v


def evaluate(toks):
    p = _P(toks)
    v = p.expr()
    if p.i != len(toks):
        raise ValueError("trailing")
    return v


def alternatives(toks):
    """Values a side may stand for: a lone 'N%' may mean N/100 or N."""
    v = evaluate(toks)
    if len(toks) == 2 and toks[0][0] == "num" and toks[1][0] == "pct":
        return v, {v, Fraction(toks[0][1])}
    return v, {v}


# ------------------------------------------------------------------ equations of a solution
def logical_lines(lines):
    """Group physical lines: a line ending in '=' or a following line starting with '=' continue."""
    groups = []
    cur = []
    for i, l in enumerate(lines):
        st = l.strip()
        if cur and (st.startswith("=") or lines[cur[-1]].rstrip().endswith("=")) and st:
            cur.append(i)
        else:
            if cur:
                groups.append(cur)
            cur = [i] if st else []
            if not st:
                groups.append([i])
                cur = []
    if cur:
        groups.append(cur)
    return groups


def equations(solution):
    """List of dicts: line, left value, right value(s), left tokens, right text."""
    lines = solution.split("\n")
    eqs = []
    # calculator annotations
    for i, l in enumerate(lines):
        for m in re.finditer(r"<<([^<>]*)>>", l):
            inner = m.group(1)
            if inner.count("=") != 1:
                eqs.append({"line": i, "bad": "annotation %r" % inner})
                continue
            a, b = inner.split("=")
            ta, tb = clean(tokenize(norm(a), i)), clean(tokenize(norm(b), i))
            _add(eqs, ta, tb, i, annot=True)
    for grp in logical_lines(lines):
        toks = []
        for i in grp:
            toks += tokenize(norm(lines[i]), i)
        # split into segments at '='
        segs = [[]]
        eqpos = []
        for t in toks:
            if t[0] == "eq":
                segs.append([])
                eqpos.append(t[2])
            else:
                segs[-1].append(t)
        segs = [clean(s) for s in segs]
        for k in range(len(segs) - 1):
            left = trailing(segs[k])
            right = leading(segs[k + 1])
            if left is None or right is None:
                continue
            line = right[0][2]
            _add(eqs, left, right, line)
    eqs.sort(key=lambda e: e["line"])      # stable: keeps left-to-right order within a line
    return eqs


def _add(eqs, left, right, line, annot=False):
    try:
        lv, lalt = alternatives(left)
        rv, ralt = alternatives(right)
    except (ValueError, ZeroDivisionError) as ex:
        eqs.append({"line": line, "bad": "unparsable: %s" % ex})
        return
    ok = bool(lalt & ralt)
    eqs.append({"line": line, "lv": lv, "rv": rv, "ok": ok, "left": left, "right": right, "annot": annot})


# ------------------------------------------------------------------ answers
def answer_values(solution):
    out = []
    for l in solution.split("\n"):
        s = l.replace("**", "").replace("\\$", "$")
        for m in re.finditer(r"####\s*\$?([\d,]*\.?\d+)", s):
            out.append(m.group(1))
        for m in re.finditer(r"\\boxed\{\s*\$?([\d,]*\.?\d+)\s*\}", s):
            out.append(m.group(1))
        for m in re.finditer(r"\banswer\s+is:?\s*\$?(\d[\d,]*(?:\.\d+)?)", s, re.I):
            out.append(m.group(1))
        for m in re.finditer(r"\b(?:answer|ans)\s*[:=][^\d\n]*?\$?(\d[\d,]*(?:\.\d+)?)", s, re.I):
            out.append(m.group(1))
    return [x.replace(",", "") for x in out]


def has_answer_marker(solution):
    return bool(re.search(r"####|\\boxed|\banswer\s+is:?\s*\$?\d|\b(?:answer|ans)\s*[:=][^\d\n]*\d",
                          solution, re.I))


# ------------------------------------------------------------------ grounding
_WN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
       "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
       "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "half": 2, "twice": 2, "double": 2,
       "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fifth": 5, "fifths": 5,
       "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10, "dozen": 12}
CONSTS = [1, 2, 3, 4, 5, 7, 10, 12, 24, 52, 60, 100, 1000, "0.5", "0.25", "0.1", "0.05", "0.01"]


def problem_numbers(problem):
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", problem)
    nums = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", s):
        nums.add(Fraction(m.group()))
    for m in re.finditer(r"(\d+(?:\.\d+)?)%", s):
        nums.add(Fraction(m.group(1)) / 100)
    for w in re.findall(r"[a-z]+", s.lower()):
        if w in _WN:
            nums.add(Fraction(_WN[w]))
    for c in CONSTS:
        nums.add(Fraction(str(c)))
    return nums


def grounding_errors(problem, solution, eqs):
    allowed = problem_numbers(problem)
    lines = solution.split("\n")
    errs = []
    earlier = set()
    byline = defaultdict(list)
    for e in eqs:
        if "left" in e:
            byline[e["line"]].append(e)
    for i, l in enumerate(lines):
        for e in byline.get(i, []):
            for t in e["left"]:
                if t[0] == "num" and t[2] <= i:
                    v = Fraction(t[1])
                    if v not in allowed and v not in earlier and not _in_line_before(lines, t, v):
                        errs.append("ungrounded operand %s on line %d" % (t[1], i))
        for m in re.finditer(r"\d+(?:\.\d+)?", re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", l)):
            earlier.add(Fraction(m.group()))
    return errs


def _in_line_before(lines, tok, v):
    # operand that was computed earlier on the same (or joined previous) line
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", lines[tok[2]])
    found = [Fraction(m.group()) for m in re.finditer(r"\d+(?:\.\d+)?", s)]
    return found.count(v) >= 2


# ------------------------------------------------------------------ formats
def format_errors(solution):
    errs = []
    s = re.sub(r"<<[^<>]*>>", " ", solution)
    for m in re.finditer(r"\d+\.(\d+)", s):
        if len(m.group(1)) > 3:
            errs.append("more than 3 decimals: %s" % m.group())
    for m in re.finditer(r"\$\d[\d,]*\.(\d+)", solution.replace("\\$", "$")):   # '$ x $' is LaTeX math
        if len(m.group(1)) > 2:
            errs.append("money with more than 2 decimals: %s" % m.group())
    return errs


def num_val(s):
    return Fraction(s.replace(",", ""))


# ------------------------------------------------------------------ kinds
def kind_ok(kind, wrong, right, left_tokens):
    w, r = num_val(wrong), num_val(right)
    if w == r or w <= 0:
        return False
    if kind == "off_by":
        return abs(w - r) in {Fraction(1), Fraction(2), Fraction(3), Fraction(10), Fraction(1, 10), Fraction(1, 100)}
    if kind == "digit_swap":
        if len(wrong) != len(right):
            return False
        d = [k for k in range(len(wrong)) if wrong[k] != right[k]]
        return len(d) == 2 and d[1] == d[0] + 1 and wrong[d[0]] == right[d[1]] and wrong[d[1]] == right[d[0]] \
            and wrong[d[0]].isdigit() and wrong[d[1]].isdigit()
    if kind == "times10":
        return w == r * 10
    if kind == "div10":
        return w * 10 == r
    if kind == "wrong_op":
        nums = [Fraction(t[1]) for t in left_tokens if t[0] == "num"]
        if len(nums) != 2:
            return False
        a, b = nums
        cands = {a + b, a - b, b - a, a * b}
        if b:
            cands.add(a / b)
        if a:
            cands.add(b / a)
        return w in cands
    return False


# ------------------------------------------------------------------ main
def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    by = defaultdict(dict)
    for r in rows:
        if r["variant"] in by[r["pid"]]:
            errors.append("%s duplicate variant %s" % (r["pid"], r["variant"]))
        by[r["pid"]][r["variant"]] = r

    def err(r, msg):
        errors.append("%s/%s: %s" % (r["pid"], r["variant"], msg))

    kinds = Counter()
    styles = Counter()
    templates = defaultdict(set)
    cut_count = 0
    for pid, vs in by.items():
        if set(vs) != {"correct", "slip", "carry", "loop"}:
            errors.append("%s: variants %s" % (pid, sorted(vs)))
            continue
        c = vs["correct"]
        tpl, setno = pid.rsplit("-", 1)
        if c["template"] != tpl:
            errors.append("%s: pid/template mismatch" % pid)
        templates[tpl].add(setno)
        styles[c["style"]] += 1
        for v in vs.values():
            for key in ("problem", "style", "template"):
                if v[key] != c[key]:
                    err(v, "%s differs from correct" % key)
        clines = c["solution"].split("\n")

        # ---------------- correct
        ceqs = equations(c["solution"])
        good = [e for e in ceqs if "ok" in e]
        for e in ceqs:
            if "bad" in e:
                err(c, "line %d %s" % (e["line"], e["bad"]))
            elif not e["ok"]:
                err(c, "wrong computation on line %d: %s != %s" % (e["line"], e["lv"], e["rv"]))
        if len(good) < 2:
            err(c, "fewer than 2 computations found")
        _final_checks(c, c["final"], good, err)
        for m in grounding_errors(c["problem"], c["solution"], ceqs):
            err(c, m)
        for m in format_errors(c["solution"]):
            err(c, m)

        # ---------------- slip / carry
        for vn in ("slip", "carry"):
            r = vs[vn]
            kinds[(vn, r.get("kind"))] += 1
            lines = r["solution"].split("\n")
            a, b = r["span"]
            li = r["solution"][:a].count("\n")
            if (a > 0 and r["solution"][a - 1] != "\n") or lines[li] != r["solution"][a:b]:
                err(r, "span is not a whole line")
                continue
            if len(lines) != len(clines):
                err(r, "line count differs from correct")
            if vn == "slip":
                diff = [k for k in range(min(len(lines), len(clines))) if lines[k] != clines[k]]
                if diff != [li]:
                    err(r, "slip differs from correct on lines %s (span line %d)" % (diff, li))
                if r["final"] != c["final"]:
                    err(r, "slip final differs")
            else:
                if lines[:li] != clines[:li] or lines[li] == clines[li]:
                    err(r, "carry prefix mismatch")
                if r.get("correct_final") != c["final"]:
                    err(r, "correct_final mismatch")
                if num_val(r["final"]) == num_val(c["final"]):
                    err(r, "carry final equals correct final")
            eqs = equations(r["solution"])
            bad_here = [e for e in eqs if "ok" in e and not e["ok"] and e["line"] == li]
            bad_else = [e for e in eqs if ("ok" in e and not e["ok"] and e["line"] != li) or "bad" in e]
            if bad_else:
                err(r, "unexpected wrong computation(s) on lines %s" % [e["line"] for e in bad_else])
            hit = [e for e in bad_here if e["rv"] == num_val(r["wrong"]) and e["lv"] == num_val(r["right"])]
            if not hit:
                err(r, "span line has no computation %s written as %s" % (r["right"], r["wrong"]))
            else:
                if not kind_ok(r["kind"], r["wrong"], r["right"], hit[0]["left"]):
                    err(r, "kind %s does not match %s -> %s" % (r["kind"], r["right"], r["wrong"]))
            span_txt = r["solution"][a:b].replace("$", "").replace(",", "")
            if not re.search(r"(?<![\d.])%s(?![\d])" % re.escape(r["wrong"]), span_txt):
                err(r, "wrong value not written on span line")
            sl = lines[li].replace(",", "")
            m = re.search(r"(?<![\d.])%s(?![\d])" % re.escape(r["wrong"]), sl.replace("$", ""))
            rest_of_line = sl.replace("$", "")[m.end():] if m else ""
            later = (rest_of_line + "\n" + "\n".join(lines[li + 1:])).replace(",", "")
            used = r["right"] if vn == "slip" else r["wrong"]
            later_nums = [Fraction(m.group()) for m in re.finditer(r"\d+(?:\.\d+)?", re.sub(r"<<[^<>]*>>", " ", later))]
            if num_val(used) not in later_nums:
                err(r, "%s value %s not used after the span" % ("right" if vn == "slip" else "wrong", used))
            goods = [e for e in eqs if "ok" in e and e["ok"]]
            _final_checks(r, r["final"], goods, err)
            for m in format_errors(r["solution"]):
                err(r, m)
            if not r.get("step"):
                err(r, "no step name")

        # ---------------- loop
        r = vs["loop"]
        if r["final"] is not None:
            err(r, "loop final must be null")
        if has_answer_marker(r["solution"]):
            err(r, "loop has an answer line")
        lines = r["solution"].split("\n")
        a, b = r["span"]
        li = r["solution"][:a].count("\n")
        p, rep = r["period_lines"], r["repeats"]
        if not 15 <= rep <= 22:
            err(r, "repeats out of range")
        if lines[li] != r["solution"][a:b] or (a > 0 and r["solution"][a - 1] != "\n"):
            err(r, "loop span is not a whole line")
        if lines[:li] != clines[:li]:
            err(r, "loop prefix differs from correct")
        block = lines[li - p:li]
        if p < 1 or li - p < 0 or not block[0].strip():
            err(r, "bad block")
        for k in range(rep):
            if lines[li + k * p: li + (k + 1) * p] != block:
                err(r, "copy %d differs" % k)
                break
        tail = lines[li + rep * p:]
        if tail:
            if len(tail) != 1 or not block[0].startswith(tail[0]) or tail[0] == block[0] or re.search(r"\d", tail[0]) \
                    or not tail[0].strip():
                err(r, "bad loop tail %r" % tail)
            else:
                cut_count += 1
        if li >= len(clines) or not [e for e in ceqs if "ok" in e and e["line"] >= li]:
            err(r, "loop block ends at the final step")

    ntpl = len(templates)
    if ntpl < 150:
        errors.append("only %d templates" % ntpl)
    for t, sets in templates.items():
        if len(sets) != 4:
            errors.append("template %s has %d sets" % (t, len(sets)))

    print("rows: %d  problems: %d  templates: %d" % (len(rows), len(by), ntpl))
    print("styles:", dict(sorted(styles.items(), key=lambda x: -x[1])))
    kc = Counter()
    for (vn, k), n in kinds.items():
        kc[k] += n
    print("fault kinds (slip+carry):", dict(kc.most_common()))
    print("loops with cut-off tail: %d / %d" % (cut_count, len(by)))
    if errors:
        for e in errors[:60]:
            print("ERR", e)
        print("FAIL (%d errors)" % len(errors))
        return 1
    print("PASS")
    return 0


def _final_checks(r, final, goods, err):
    vals = answer_values(r["solution"])
    if not vals:
        err(r, "no answer statement")
        return
    fv = num_val(final)
    if any(num_val(v) != fv for v in vals):
        err(r, "answer statements %s disagree with final %s" % (vals, final))
    if final not in vals:
        err(r, "final %s not written as such in an answer statement %s" % (final, vals))
    if not re.fullmatch(r"\d+(?:\.\d+)?", final):
        err(r, "final not a plain number")
    if goods:
        last = goods[-1]
        if last["rv"] != fv and last["lv"] != fv:
            err(r, "last computation %s does not give the final %s" % (last["rv"], final))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
