#!/usr/bin/env python3
"""Independent re-check of set.jsonl from the text alone.

Does not import the generator.  Parses every written computation
("expression = result", verbal "A multiplied by B gives C", LaTeX, table rows)
with exact fractions and checks the row contract described in README.md.

usage: python3 check.py [set.jsonl]     prints PASS and exits 0 when all is well
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as Fr

SEPS = " \u2009\u202f"
NUM_RE = r"\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?"
TOKEN_RE = re.compile(
    r"(?P<TIME>(?<![\d.])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
    r"|(?P<NUM>" + NUM_RE + r")"
    r"|(?P<RS>Rs\.)"
    r"|(?P<KMH>km/h)"
    r"|(?P<WORD>[A-Za-zÀ-ÖØ-öø-ÿ²']+)"
    r"|(?P<OP>[+\-−–×*·÷/])"
    r"|(?P<PCT>%)"
    r"|(?P<LP>\()|(?P<RP>\))"
    r"|(?P<EQ>=)"
    r"|(?P<CUR>[£€₹¥])"
    r"|(?P<WS>\s+)"
    r"|(?P<PUNCT>.)")

UNIT_WORDS = set("""kg g km m cm mm l ml h min days day weeks week hours hour minutes minute
kilograms kilogram grams gram kilometres kilometre metres metre centimetres centimetre
litres litre millilitres millilitre m² kWh kilowatt millimetre millimetres""".split())
CUR_WORDS = set("GBP EUR INR JPY CHF pounds euros rupees yen francs".split())
EQ_WORDS = set("is gives makes equals leaves".split())
HOUR_WORDS = set("h hour hours".split())
OPMAP = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "*", "*": "*", "·": "*",
         "÷": "/", "/": "/"}


def norm_num(s):
    for c in SEPS:
        s = s.replace(c, "")
    return s


def preprocess(line):
    s = line
    s = s.replace("\\,", "\u2009")
    for _ in range(3):
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
        s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("\\times", " × ").replace("\\cdot", " · ").replace("\\div", " ÷ ")
    s = s.replace("\\%", "%").replace("\\left", "").replace("\\right", "")
    s = s.replace("\\[", " ").replace("\\]", " ").replace("\\(", " ").replace("\\)", " ")
    s = s.replace("$", " ").replace("&", " ").replace("\\\\", " ")
    s = re.sub(r"\bsquare metres?\b", " m² ", s)
    s = re.sub(r"\bkilometres? per hour\b", " km/h ", s)
    s = re.sub(r"\bper cent\b", "%", s)
    s = re.sub(r"\bpercent\b", "%", s)
    s = re.sub(r"\bmultiplied by\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bcomes to\b", " = ", s)
    return s


def tokenize(line):
    s = preprocess(line)
    toks = []
    for m in TOKEN_RE.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == "WS":
            continue
        if k in ("RS", "CUR"):
            toks.append(("CUR", v))
        elif k == "KMH":
            toks.append(("UNIT", v))
        elif k == "WORD":
            lw = v.lower()
            if v in UNIT_WORDS or lw in UNIT_WORDS:
                toks.append(("UNIT", v))
            elif v in CUR_WORDS:
                toks.append(("CUR", v))
            elif lw in EQ_WORDS:
                toks.append(("EQ", v))
            elif lw == "of":
                toks.append(("OF", v))
            elif lw in ("plus", "minus", "times", "x"):
                toks.append(("WOP", {"plus": "+", "minus": "-", "times": "*", "x": "*"}[lw]))
            else:
                toks.append(("WORD", v))
        else:
            toks.append((k, v))
    # word operators count only between two number-like tokens
    out = []
    for i, (k, v) in enumerate(toks):
        if k == "WOP":
            prev = next((t for t in reversed(toks[:i]) if t[0] not in ("UNIT", "CUR")), None)
            nxt = next((t for t in toks[i + 1:] if t[0] not in ("UNIT", "CUR")), None)
            if prev and nxt and prev[0] in ("NUM", "PCT", "RP", "TIME") and nxt[0] in ("NUM", "LP", "TIME"):
                out.append(("OP", v))
            else:
                out.append(("WORD", v))
        elif k == "OP":
            out.append(("OP", OPMAP[v]))
        else:
            out.append((k, v))
    return out


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.ops = []
        self.leaves = []
        self.time = False

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def expr(self):
        v = self.term()
        while self.peek()[0] == "OP" and self.peek()[1] in "+-":
            op = self.peek()[1]
            self.i += 1
            w = self.term()
            self.ops.append(op)
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while (self.peek()[0] == "OP" and self.peek()[1] in "*/") or self.peek()[0] == "OF":
            op = "*" if self.peek()[0] == "OF" else self.peek()[1]
            self.i += 1
            w = self.factor()
            self.ops.append(op)
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise ParseError("div0")
                v = v / w
        return v

    def factor(self):
        k, v = self.peek()
        if k == "NUM":
            self.i += 1
            x = Fr(norm_num(v))
            if self.peek()[0] == "PCT":
                self.i += 1
                x = x / 100
                self.ops.append("%")
            self.leaves.append(x)
            return x
        if k == "TIME":
            self.i += 1
            h, m = v.split(":")
            self.time = True
            x = Fr(int(h) * 60 + int(m))
            self.leaves.append(x)
            return x
        if k == "LP":
            self.i += 1
            x = self.expr()
            if self.peek()[0] != "RP":
                raise ParseError("paren")
            self.i += 1
            return x
        raise ParseError("factor")


def parse_full(toks):
    p = Parser(toks)
    v = p.expr()
    if p.i != len(toks):
        raise ParseError("trailing")
    return v, p


EXPR_KINDS = ("NUM", "TIME", "OP", "LP", "RP", "PCT", "OF", "CUR", "UNIT")


def equations_in_tokens(toks):
    """List of dicts: value, rhs (Fraction), rhs_str, leaves, ops."""
    eqs = []
    for j, (k, v) in enumerate(toks):
        if k != "EQ":
            continue
        r = j + 1
        while r < len(toks) and toks[r][0] == "CUR":
            r += 1
        if r >= len(toks) or toks[r][0] != "NUM":
            continue
        rhs_str = norm_num(toks[r][1])
        unit_after = toks[r + 1][1] if r + 1 < len(toks) and toks[r + 1][0] == "UNIT" else None
        run = []
        b = j - 1
        while b >= 0 and toks[b][0] in EXPR_KINDS:
            if toks[b][0] not in ("CUR", "UNIT"):
                run.insert(0, toks[b])
            b -= 1
        best = None
        for s in range(len(run)):
            sub = run[s:]
            try:
                val, p = parse_full(sub)
            except ParseError:
                continue
            if not p.ops or p.ops == ["%"]:
                continue
            best = (val, p)
            break
        if best is None:
            continue
        val, p = best
        if p.time and unit_after in HOUR_WORDS:
            val = val / 60
        eqs.append(dict(value=val, rhs=Fr(rhs_str), rhs_str=rhs_str, leaves=p.leaves,
                        ops=[o for o in p.ops if o != "%"], time=p.time))
    return eqs


def table_line(line):
    cells = line.strip().strip("|").split("|")
    out = cells[0]
    for a, b in zip(cells, cells[1:]):
        ta = tokenize(a)
        tb = [t for t in tokenize(b) if t[0] not in ("CUR", "UNIT")]
        is_res = len(tb) >= 1 and tb[0][0] == "NUM" and all(t[0] in ("PCT", "WORD") for t in tb[1:])
        has_op = any(t[0] in ("OP", "OF") for t in ta) and not any(t[0] == "EQ" for t in ta)
        out += (" = " if (is_res and has_op) else " ; ") + b
    return out


def line_equations(line):
    if line.strip().startswith("|"):
        line = table_line(line)
    return equations_in_tokens(tokenize(line))


def looks_like_computation(line):
    """A line with an operator between numbers followed by '= number'."""
    if line.strip().startswith("|"):
        line = table_line(line)
    toks = [t for t in tokenize(line) if t[0] not in ("CUR", "UNIT")]
    for j in range(2, len(toks) - 1):
        if toks[j][0] == "EQ" and toks[j + 1][0] == "NUM":
            before = toks[:j]
            if any(a[0] in ("NUM", "TIME") and b[0] in ("OP", "OF") for a, b in zip(before, before[1:])):
                return True
    return False


def numbers_in(line):
    return [norm_num(v) for k, v in tokenize(line) if k == "NUM"]


def dp(s):
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []

    def err(self, pid, msg):
        if len(self.errors) < 60:
            self.errors.append("%s: %s" % (pid, msg))
        else:
            self.errors.append(None)

    def sol_eqs(self, sol):
        out = []
        for li, line in enumerate(sol.split("\n")):
            for e in line_equations(line):
                e["line"] = li
                out.append(e)
        return out


PLAIN = re.compile(r"^\d+(\.\d+)?$")
KINDS = ("off_by", "wrong_op", "digit_swap", "times10", "div10")


def line_of(sol, span):
    starts = [0]
    for m in re.finditer("\n", sol):
        starts.append(m.end())
    if span[0] not in starts:
        return None
    li = starts.index(span[0])
    end = sol.find("\n", span[0])
    end = len(sol) if end < 0 else end
    if span[1] != end:
        return None
    return li


def kind_ok(kind, wrong, right, eq):
    W, R = Fr(wrong), Fr(right)
    if kind == "off_by":
        d = abs(W - R)
        if R.denominator == 1:
            return d in (1, 2, 3, 10)
        return d in (Fr(1, 10), Fr(1, 100))
    if kind == "times10":
        return W == R * 10
    if kind == "div10":
        return W == R / 10
    if kind == "digit_swap":
        if len(wrong) != len(right):
            return False
        diff = [i for i in range(len(wrong)) if wrong[i] != right[i]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and wrong[diff[0]] == right[diff[1]]
                and wrong[diff[1]] == right[diff[0]] and wrong[diff[0]].isdigit() and wrong[diff[1]].isdigit())
    if kind == "wrong_op":
        if len(eq["leaves"]) != 2 or len(eq["ops"]) != 1 or eq["time"]:
            return False
        a, b = eq["leaves"]
        alts = [a + b, a - b, a * b] + ([a / b] if b else [])
        return W in alts and W != R
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    C = Checker()
    groups = OrderedDict()
    nrows = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line)
            nrows += 1
            groups.setdefault(r["pid"], []).append(r)
    styles = Counter()
    kinds = {"slip": Counter(), "carry": Counter()}
    cuts = 0
    templates = OrderedDict()
    n_eq = 0
    for pid, rows in groups.items():
        by = {r["variant"]: r for r in rows}
        if sorted(by) != sorted(["correct", "slip", "carry", "loop"]) or len(rows) != 4:
            C.err(pid, "variants %s" % [r["variant"] for r in rows])
            continue
        base = by["correct"]
        for r in rows:
            for k in ("pid", "template", "style", "problem", "variant", "solution", "final"):
                if k not in r:
                    C.err(pid, "missing field " + k)
            if (r["problem"], r["style"], r["template"]) != (base["problem"], base["style"], base["template"]):
                C.err(pid, "problem/style/template differ across variants")
        if not re.fullmatch(re.escape(base["template"]) + r"-\d+", pid):
            C.err(pid, "pid format")
        templates.setdefault(base["template"], []).append(pid)
        styles[base["style"]] += 1
        sol = base["solution"]
        lines = sol.split("\n")

        # ---- every computation-like line must have been parsed
        for r in rows:
            for line in r["solution"].split("\n"):
                if looks_like_computation(line) and not line_equations(line):
                    C.err(pid, "%s: unparsed computation %r" % (r["variant"], line))
        # ---- correct
        eqs = C.sol_eqs(sol)
        n_eq += len(eqs)
        if not 2 <= len(eqs) <= 5:
            C.err(pid, "correct has %d computations" % len(eqs))
        for e in eqs:
            if e["value"] != e["rhs"]:
                C.err(pid, "correct: wrong computation on line %d: %r" % (e["line"], lines[e["line"]]))
            if e["rhs"] <= 0 or dp(e["rhs_str"]) > 3:
                C.err(pid, "bad result %s" % e["rhs_str"])
        fin = base["final"]
        if not isinstance(fin, str) or not PLAIN.match(fin):
            C.err(pid, "final format %r" % fin)
            continue
        last = [l for l in lines if l.strip()][-1]
        nums = numbers_in(last)
        if not nums or nums[-1] != fin:
            C.err(pid, "final %s not last number of last line %r" % (fin, last))
        if eqs and eqs[-1]["rhs"] != Fr(fin):
            C.err(pid, "final %s != last computation %s" % (fin, eqs[-1]["rhs_str"]))

        # ---- slip and carry
        for var in ("slip", "carry"):
            r = by[var]
            s2 = r["solution"]
            l2 = s2.split("\n")
            for k in ("span", "wrong", "right", "step", "kind"):
                if k not in r:
                    C.err(pid, "%s missing %s" % (var, k))
            if var == "carry" and "correct_final" not in r:
                C.err(pid, "carry missing correct_final")
                continue
            kinds[var][r["kind"]] += 1
            if r["kind"] not in KINDS:
                C.err(pid, "unknown kind")
            if not (PLAIN.match(r["wrong"]) and PLAIN.match(r["right"])) or r["wrong"] == r["right"]:
                C.err(pid, "%s wrong/right format" % var)
                continue
            li = line_of(s2, r["span"])
            if li is None:
                C.err(pid, "%s span is not a whole line" % var)
                continue
            e2 = C.sol_eqs(s2)
            bad = [e for e in e2 if e["value"] != e["rhs"]]
            if len(bad) != 1 or bad[0]["line"] != li:
                C.err(pid, "%s: expected one wrong computation on span line, got %s" %
                      (var, [(e["line"], e["rhs_str"]) for e in bad]))
                continue
            be = bad[0]
            if be["rhs_str"] != r["wrong"] or be["value"] != Fr(r["right"]):
                C.err(pid, "%s span computation %s (value %s) vs wrong %s right %s" %
                      (var, be["rhs_str"], be["value"], r["wrong"], r["right"]))
            if r["wrong"] not in [norm_num(x) for x in numbers_in(l2[li])]:
                C.err(pid, "%s span line lacks wrong value" % var)
            ce = [e for e in eqs if e["line"] == li]
            if len(ce) != 1 or ce[0]["rhs"] != Fr(r["right"]):
                C.err(pid, "%s right value differs from the correct row" % var)
            if not kind_ok(r["kind"], r["wrong"], r["right"], be):
                C.err(pid, "%s kind %s does not fit %s -> %s" % (var, r["kind"], r["right"], r["wrong"]))
            later = [e for e in e2 if e["line"] > li]
            if not later:
                C.err(pid, "%s: faulted step is the last computation" % var)
            if not PLAIN.match(r["final"] or ""):
                C.err(pid, "%s final format" % var)
                continue
            last2 = [l for l in l2 if l.strip()][-1]
            n2 = numbers_in(last2)
            if not n2 or n2[-1] != r["final"]:
                C.err(pid, "%s final not last number of last line" % var)
            if var == "slip":
                if len(l2) != len(lines) or any(a != b for i, (a, b) in enumerate(zip(l2, lines)) if i != li):
                    C.err(pid, "slip differs from correct outside the span line")
                if l2[li] == lines[li]:
                    C.err(pid, "slip span line unchanged")
                if r["final"] != fin:
                    C.err(pid, "slip final differs")
                if not any(Fr(r["right"]) in e["leaves"] for e in later):
                    C.err(pid, "slip: no later step uses the right value")
            else:
                if s2[:r["span"][0]] != sol[:r["span"][0]]:
                    C.err(pid, "carry prefix differs from correct")
                if r["correct_final"] != fin:
                    C.err(pid, "carry correct_final mismatch")
                if r["final"] == fin:
                    C.err(pid, "carry final equals correct final")
                if e2[-1]["rhs"] != Fr(r["final"]):
                    C.err(pid, "carry final != last computation")
                if not any(Fr(r["wrong"]) in e["leaves"] for e in later):
                    C.err(pid, "carry: no later step uses the wrong value")
                if len(l2) != len(lines):
                    C.err(pid, "carry line count differs")

        # ---- loop
        r = by["loop"]
        if r["final"] is not None:
            C.err(pid, "loop final not null")
        s3 = r["solution"]
        l3 = s3.split("\n")
        li = line_of(s3, r["span"]) if "span" in r else None
        if li is None:
            C.err(pid, "loop span not a line")
            continue
        R, P = r.get("repeats"), r.get("period_lines")
        if not (isinstance(R, int) and 15 <= R <= 22 and isinstance(P, int) and P >= 1):
            C.err(pid, "loop repeats/period %r %r" % (R, P))
            continue
        if not sol.startswith(s3[:r["span"][0]]):
            C.err(pid, "loop prefix is not a prefix of the correct solution")
        block = l3[li - P:li]
        if len(block) != P or l3[li:li + P * R] != block * R:
            C.err(pid, "loop copies do not repeat the block")
        rest = l3[li + P * R:]
        if len(rest) > 1:
            C.err(pid, "loop has extra lines after the copies")
        elif rest:
            t = rest[0]
            if re.search(r"\d", t) or not t or not block[0].startswith(t) or t == block[0]:
                C.err(pid, "loop tail is not a digit-free cut-off prefix: %r" % t)
            elif not (len(block[0]) > len(t) and block[0][len(t)] == " "):
                C.err(pid, "loop tail does not end at a word boundary")
            cuts += 1
        # the block ends a step that is not the last one
        pre_lines = l3[:li]
        pre_eqs = C.sol_eqs("\n".join(pre_lines))
        if len(pre_eqs) >= len(eqs):
            C.err(pid, "loop stops after the final step")
        for e in C.sol_eqs(s3):
            if e["value"] != e["rhs"]:
                C.err(pid, "loop has a wrong computation")
                break
        if [l for l in l3 if l.strip()][-1] == last:
            C.err(pid, "loop ends with the final answer line")

    nt = len(templates)
    if nt < 150:
        C.err("-", "only %d templates" % nt)
    for t, pids in templates.items():
        if len(pids) != 4:
            C.err(t, "template has %d problems" % len(pids))
    print("rows %d, problems %d, templates %d, computations checked in correct rows %d" %
          (nrows, len(groups), nt, n_eq))
    print("styles:", ", ".join("%s=%d" % kv for kv in sorted(styles.items())))
    for v in ("slip", "carry"):
        print("%s kinds:" % v, ", ".join("%s=%d" % (k, kinds[v][k]) for k in KINDS))
    print("loop rows ending in a cut-off prefix: %d of %d" % (cuts, len(groups)))
    errs = [e for e in C.errors if e]
    if C.errors:
        for e in errs:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(C.errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
