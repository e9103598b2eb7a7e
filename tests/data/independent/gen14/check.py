#!/usr/bin/env python3
"""Independent re-check of a generated set, from the text alone.

    python3 check.py [set.jsonl]

Does not import the generator.  It parses every written computation in every
solution (plain text, Unicode operators, LaTeX, markdown tables), evaluates it
exactly with fractions.Fraction and checks the variant contracts.  Prints PASS
and exits 0 when everything holds.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

CONSTS = {F(x) for x in ("1", "2", "3", "4", "5", "6", "7", "8", "10", "12", "24", "52",
                         "60", "100", "1000", "365", "0.25", "0.1", "0.05", "0.01")}
WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "half": 2, "twice": 2, "double": 2,
           "dozen": 12, "quarter": 4, "third": 3}
SELF_CORRECT = re.compile(r"(?i)\b(wait|oops|actually|mistake|let me redo|correction)\b")
CHECK_LINE = re.compile(r"(?i)\b(check|verif)")

errors = []


def err(pid, variant, msg):
    errors.append("%s/%s: %s" % (pid, variant, msg))


# ---------------------------------------------------------------------------
# normalisation and parsing
# ---------------------------------------------------------------------------

def norm(s):
    s = s.replace("**", " ").replace("__", " ").replace("`", " ")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/")
    s = s.replace("\\%", "%").replace("\\$", " ").replace("\\left", "").replace("\\right", "")
    s = s.replace("\\[", " ").replace("\\]", " ").replace("{,}", ",").replace("$", " ")
    s = s.replace("×", "*").replace("·", "*").replace("⋅", "*").replace("÷", "/")
    s = s.replace("−", "-").replace("–", "-")
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d(])", " * ", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(\d+(?:\.\d+)?)%\s*of\s+", r"(\1/100) * ", s)
    s = re.sub(r"(\d+(?:\.\d+)?)%", r"(\1/100)", s)
    return s


TOK = re.compile(r"\s*(\d+(?:\.\d+)?|[-+*/()=]|[^\s\d\-+*/()=]+)")


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        t = m.group(1)
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            out.append(("num", t))
        elif t in "+-*/()":
            out.append(("op", t))
        elif t == "=":
            out.append(("eq", t))
        else:
            out.append(("w", t))
    return out


class ParseError(Exception):
    pass


def parse_expr(toks):
    """Evaluate a token list exactly.  Returns (value, [operand literals], n_ops)."""
    pos = [0]
    lits = []
    nops = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ParseError()
        if t[0] == "num":
            pos[0] += 1
            lits.append(t[1])
            return F(t[1])
        if t == ("op", "("):
            pos[0] += 1
            v = expr()
            if peek() != ("op", ")"):
                raise ParseError()
            pos[0] += 1
            return v
        raise ParseError()

    def term():
        v = atom()
        while peek() in (("op", "*"), ("op", "/")):
            op = peek()[1]
            pos[0] += 1
            w = atom()
            nops[0] += 1
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise ParseError()
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = peek()[1]
            pos[0] += 1
            w = term()
            nops[0] += 1
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ParseError()
    return v, lits, nops[0]


def try_parse(toks, trim):
    """Parse toks, trimming from the left ('l') or right ('r') until it works."""
    toks = list(toks)
    while toks:
        try:
            return parse_expr(toks), toks
        except ParseError:
            toks = toks[1:] if trim == "l" else toks[:-1]
    return None, []


class Comp:
    def __init__(self, lhs, lits, nops, rhs, rhs_text):
        self.lhs = lhs
        self.lits = lits
        self.nops = nops
        self.rhs = rhs
        self.rhs_text = rhs_text

    @property
    def ok(self):
        return self.lhs == self.rhs


def computations(line):
    """All written computations on a line, in order."""
    out = []
    s = line.strip()
    if s.startswith("|") and not re.fullmatch(r"\|[\s\-|:]*", s):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if not any("=" in c for c in cells):
            for a, b in zip(cells, cells[1:]):
                ta = tokenize(norm(a))
                if not ta or any(t[0] != "num" and t[0] != "op" for t in ta):
                    continue
                try:
                    v, lits, nops = parse_expr(ta)
                except ParseError:
                    continue
                if nops == 0:
                    continue
                tb = tokenize(norm(b))
                if tb and tb[0][0] == "num" and all(t[0] != "num" for t in tb[1:]):
                    out.append(Comp(v, lits, nops, F(tb[0][1]), tb[0][1]))
            return out
    toks = tokenize(norm(line))
    i = 0
    n = len(toks)
    while i < n:
        if toks[i][0] == "w":
            i += 1
            continue
        j = i
        while j < n and toks[j][0] != "w":
            j += 1
        run = toks[i:j]
        i = j
        if not any(t[0] == "eq" for t in run):
            continue
        pieces = [[]]
        for t in run:
            if t[0] == "eq":
                pieces.append([])
            else:
                pieces[-1].append(t)
        vals = []
        for k, pc in enumerate(pieces):
            if not pc:
                vals.append(None)
                continue
            trim = "l" if k == 0 else "r"
            res, used = try_parse(pc, trim)
            if res is None:
                vals.append(None)
            else:
                vals.append((res, used))
        for k in range(len(vals) - 1):
            a, b = vals[k], vals[k + 1]
            if a is None or b is None:
                continue
            (lv, lits, nops), _ = a
            (rv, rl, rn), rused = b
            if nops == 0 or rn != 0:
                continue
            out.append(Comp(lv, lits, nops, rv, rl[0]))
    return out


def numbers(text):
    return [t[1] for t in tokenize(norm(text)) if t[0] == "num"]


def problem_numbers(text):
    vals = set()
    t = norm(text)
    for x in re.findall(r"\d+(?:\.\d+)?", t):
        vals.add(F(x))
    for a, b in re.findall(r"(\d+)/(\d+)", text):
        vals.add(F(int(a), int(b)))
    for p in re.findall(r"(\d+(?:\.\d+)?)%", text):
        vals.add(F(p) / 100)
    for w, v in WORDNUM.items():
        if re.search(r"(?i)\b%s\b" % w, text):
            vals.add(F(v))
    return vals


# ---------------------------------------------------------------------------
# per-solution analysis
# ---------------------------------------------------------------------------

def analyse(sol):
    lines = sol.split("\n")
    comps = [computations(l) for l in lines]
    return lines, comps


def answer_line(lines, comps):
    """Last line with a number and no computation."""
    for i in range(len(lines) - 1, -1, -1):
        if comps[i]:
            continue
        if numbers(lines[i]):
            return i
    return None


def last_step_result(lines, comps, before):
    for i in range(before - 1, -1, -1):
        if comps[i] and not CHECK_LINE.search(lines[i]):
            return comps[i][-1].rhs
    return None


def line_index(sol, span):
    start, end = span
    if start != 0 and sol[start - 1] != "\n":
        return None
    if end != len(sol) and sol[end] != "\n":
        return None
    if "\n" in sol[start:end]:
        return None
    return sol[:start].count("\n")


def check_written(v):
    return v > 0 and v * 1000 == int(v * 1000)


def check_correct(row, lines, comps):
    pid, var = row["pid"], row["variant"]
    pnums = problem_numbers(row["problem"])
    results = set()
    ncomp = 0
    for i, (l, cs) in enumerate(zip(lines, comps)):
        for c in cs:
            ncomp += 1
            if not c.ok:
                err(pid, var, "wrong computation on line %d: %r" % (i, l))
            if not check_written(c.rhs):
                err(pid, var, "bad written result %s" % c.rhs_text)
            for lit in c.lits:
                v = F(lit)
                if v not in pnums and v not in results and v not in CONSTS:
                    err(pid, var, "operand %s not grounded on line %r" % (lit, l))
            results.add(c.rhs)
    if ncomp < 2:
        err(pid, var, "fewer than two computations")
    if SELF_CORRECT.search("\n".join(lines)):
        err(pid, var, "self-correction wording")
    return check_final(row, lines, comps)


def check_final(row, lines, comps):
    pid, var = row["pid"], row["variant"]
    ai = answer_line(lines, comps)
    if ai is None:
        err(pid, var, "no answer line")
        return None
    nums = numbers(lines[ai])
    if len(nums) != 1:
        err(pid, var, "answer line must hold one number: %r" % lines[ai])
        return None
    if nums[0] != row["final"]:
        err(pid, var, "final %r != answer line %r" % (row["final"], nums[0]))
    if not re.fullmatch(r"\d+(\.\d+)?", row["final"] or ""):
        err(pid, var, "final not a plain number: %r" % row["final"])
    lr = last_step_result(lines, comps, ai)
    if lr is None or F(row["final"]) != lr:
        err(pid, var, "final %r is not the last step result %r" % (row["final"], lr))
    return ai


def kind_ok(kind, wrong, right, comp):
    w, r = F(wrong), F(right)
    if kind == "off_by":
        return abs(w - r) in {F(1), F(2), F(3), F(10), F(1, 10), F(1, 100)}
    if kind == "times10":
        return w == r * 10
    if kind == "div10":
        return w == r / 10
    if kind == "digit_swap":
        if len(wrong) != len(right):
            return False
        d = [k for k in range(len(wrong)) if wrong[k] != right[k]]
        return (len(d) == 2 and d[1] == d[0] + 1 and wrong[d[0]] == right[d[1]]
                and wrong[d[1]] == right[d[0]])
    if kind == "wrong_op":
        if len(comp.lits) != 2:
            return False
        a, b = F(comp.lits[0]), F(comp.lits[1])
        alts = {a + b, a - b, a * b}
        if b:
            alts.add(a / b)
        return w in alts and w != comp.lhs
    return False


def operand_later(lines, comps, start, value):
    for i in range(start + 1, len(lines)):
        for c in comps[i]:
            if any(F(x) == value for x in c.lits):
                return True
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            rows.append(json.loads(ln))
    groups = defaultdict(dict)
    order = []
    for r in rows:
        if r["pid"] not in groups:
            order.append(r["pid"])
        if r["variant"] in groups[r["pid"]]:
            err(r["pid"], r["variant"], "duplicate variant")
        groups[r["pid"]][r["variant"]] = r

    base_keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    kinds = Counter()
    styles = Counter()
    cuts = 0
    templates = defaultdict(set)
    for pid in order:
        g = groups[pid]
        if sorted(g) != ["carry", "correct", "loop", "slip"]:
            err(pid, "-", "variants %r" % sorted(g))
            continue
        c, s, k, lp = g["correct"], g["slip"], g["carry"], g["loop"]
        templates[c["template"]].add(pid)
        if not pid.startswith(c["template"] + "-"):
            err(pid, "-", "pid does not match template")
        for r in (s, k, lp):
            for key in ("problem", "style", "template"):
                if r[key] != c[key]:
                    err(pid, r["variant"], "%s differs from correct" % key)
        styles[c["style"]] += 1
        exp = {"correct": base_keys,
               "slip": base_keys + ["span", "wrong", "right", "step", "kind"],
               "carry": base_keys + ["span", "wrong", "right", "step", "kind", "correct_final"],
               "loop": base_keys + ["span", "repeats", "period_lines"]}
        for r in (c, s, k, lp):
            if list(r.keys()) != exp[r["variant"]]:
                err(pid, r["variant"], "keys %r" % list(r.keys()))

        # ---- correct
        cl, cc = analyse(c["solution"])
        cai = check_correct(c, cl, cc)

        # ---- slip
        sl, sc = analyse(s["solution"])
        li = line_index(s["solution"], s["span"])
        if li is None:
            err(pid, "slip", "span is not a whole line")
        else:
            kinds[s["kind"]] += 1
            if len(sl) != len(cl) or [i for i in range(len(cl)) if cl[i] != sl[i]] != [li]:
                err(pid, "slip", "slip differs from correct elsewhere than the span line")
            bad = [x for x in sc[li] if not x.ok]
            if len(bad) != 1:
                err(pid, "slip", "span line should hold exactly one wrong computation")
            else:
                b = bad[0]
                if b.rhs_text != s["wrong"] or b.lhs != F(s["right"]):
                    err(pid, "slip", "span computation does not show wrong/right")
                if not kind_ok(s["kind"], s["wrong"], s["right"], b):
                    err(pid, "slip", "kind %s does not match %s/%s" % (s["kind"], s["wrong"], s["right"]))
                if not operand_later(sl, sc, li, F(s["right"])):
                    err(pid, "slip", "right value not used by a later step")
                if F(s["right"]) == F(c["final"]) and not operand_later(sl, sc, li, F(s["right"])):
                    err(pid, "slip", "faulted step looks like the last one")
            for i, cs in enumerate(sc):
                if i != li and any(not x.ok for x in cs):
                    err(pid, "slip", "other wrong computation on line %d" % i)
            if s["final"] != c["final"]:
                err(pid, "slip", "final differs from correct")

        # ---- carry
        kl, kc = analyse(k["solution"])
        li = line_index(k["solution"], k["span"])
        if li is None:
            err(pid, "carry", "span is not a whole line")
        else:
            kinds[k["kind"]] += 1
            if kl[:li] != cl[:li]:
                err(pid, "carry", "carry differs from correct before the span")
            if kl[li] == cl[li]:
                err(pid, "carry", "span line equals the correct line")
            bad = [x for x in kc[li] if not x.ok]
            if len(bad) != 1:
                err(pid, "carry", "span line should hold exactly one wrong computation")
            else:
                b = bad[0]
                if b.rhs_text != k["wrong"] or b.lhs != F(k["right"]):
                    err(pid, "carry", "span computation does not show wrong/right")
                if not kind_ok(k["kind"], k["wrong"], k["right"], b):
                    err(pid, "carry", "kind %s does not match" % k["kind"])
                if not operand_later(kl, kc, li, F(k["wrong"])):
                    err(pid, "carry", "wrong value not carried into a later step")
            for i, cs in enumerate(kc):
                if i != li and any(not x.ok for x in cs):
                    err(pid, "carry", "other wrong computation on line %d" % i)
                for x in cs:
                    if not check_written(x.rhs):
                        err(pid, "carry", "bad written result %s" % x.rhs_text)
            if k["correct_final"] != c["final"]:
                err(pid, "carry", "correct_final != correct final")
            if k["final"] == c["final"] or F(k["final"]) == F(c["final"]):
                err(pid, "carry", "final equals the correct final")
            check_final(k, kl, kc)

        # ---- loop
        ll = lp["solution"].split("\n")
        if lp["final"] is not None:
            err(pid, "loop", "final should be null")
        li = line_index(lp["solution"], lp["span"])
        P, R = lp["period_lines"], lp["repeats"]
        if li is None:
            err(pid, "loop", "span is not a whole line")
        elif not (15 <= R <= 22) or P < 1:
            err(pid, "loop", "repeats/period out of range")
        else:
            if li - P < 0 or ll[:li] != cl[:li]:
                err(pid, "loop", "prefix is not the correct solution")
            block = ll[li - P:li]
            if cai is not None and li > cai:
                err(pid, "loop", "loop starts after the answer")
            tail = ll[li:]
            full = block * R
            body = tail[:len(full)]
            rest = tail[len(full):]
            if body != full:
                # last copy may lack trailing blank lines
                trimmed = list(full)
                while trimmed and trimmed[-1] == "":
                    trimmed.pop()
                if tail != trimmed:
                    err(pid, "loop", "copies are not verbatim repeats")
                rest = []
            if rest:
                if len(rest) != 1:
                    err(pid, "loop", "extra lines after the copies")
                else:
                    cut = rest[0]
                    cuts += 1
                    if re.search(r"\d", cut) or not re.search(r"[A-Za-z]", cut) \
                            or not block[0].startswith(cut) or cut == block[0]:
                        err(pid, "loop", "bad cut-off line %r" % cut)
            # the block must end at a step boundary of the correct solution
            if cl[li - P:li] != block:
                err(pid, "loop", "block is not in the correct solution")
            lc = [computations(x) for x in ll]
            if not any(lc[i] for i in range(li - P, li)):
                err(pid, "loop", "block has no computation")
            if any(not x.ok for cs in lc for x in cs):
                err(pid, "loop", "loop row has a wrong computation")
            if cai is not None and cl[cai] in ll:
                err(pid, "loop", "loop row contains the answer line")

    total = len(order)
    print("problems: %d  rows: %d  templates: %d" % (total, len(rows), len(templates)))
    for t, pids in templates.items():
        if len(pids) != 4:
            err(t, "-", "template has %d number sets" % len(pids))
    print("styles: " + ", ".join("%s=%d" % kv for kv in sorted(styles.items(), key=lambda x: -x[1])))
    print("fault kinds (slip+carry): " + ", ".join("%s=%d" % kv for kv in kinds.most_common()))
    print("loop rows with cut-off: %d of %d" % (cuts, total))
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
