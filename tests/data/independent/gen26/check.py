#!/usr/bin/env python3
"""Independent checker for the money/percent rounding set.

Re-reads every row from its text alone (it does not import the generator):
finds every written computation chain (A op B = C, ... ≈ D, table rows
'| expr | result |'), evaluates it exactly with fractions and accepts a
written result only if it is exact or correctly rounded HALF-UP to the
decimals shown (a trailing '...' means truncated digits).  Then verifies
each variant against its problem's correct row.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as Fr

# ------------------------------------------------------------------ numbers


def r_half_up(x, d):
    q = Fr(10) ** d
    n = x * q
    if n >= 0:
        return Fr((n + Fr(1, 2)).__floor__()) / q
    return -Fr((-n + Fr(1, 2)).__floor__()) / q


def r_trunc(x, d):
    q = Fr(10) ** d
    n = x * q
    return Fr(n.__floor__() if n >= 0 else -((-n).__floor__())) / q


def exact_at(x, d):
    return (x * Fr(10) ** d).denominator == 1


def dec(s):
    s = s.replace(",", "")
    if "." in s:
        a, b = s.split(".")
        return Fr(int(a + b), 10 ** len(b)), len(b)
    return Fr(int(s)), 0


# ------------------------------------------------------------------ normalising
LATEX = [("\\left(", "("), ("\\right)", ")"), ("\\times", " × "), ("\\div", " ÷ "),
         ("\\cdot", " × "), ("\\approx", " ≈ "), ("\\%", "%"), ("\\$", "$"), ("\\ldots", "..."),
         ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\,", ""), ("\\ ", " "),
         ("\\quad", " "), ("{,}", ",")]

PHRASE = re.compile(r"(?<=[\d%])(?:,)?\s+(?:which rounds to|rounded to|rounds to|or about|"
                    r"or approximately|or roughly)\s+(?=[$€£]?\d)")


def normalise(line):
    s = line
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    for a, b in LATEX:
        s = s.replace(a, b)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r" (\1) ÷ (\2) ", s)
    s = s.replace("**", " ")
    s = re.sub(r"^\s*(?:[*\-•]|#+)\s+", " ", s)
    s = PHRASE.sub(" ≈ ", s)
    # parenthetical remarks containing words are commentary, not math
    s = re.sub(r"\([^()]*[A-Za-z][^()]*\)", " ; ", s)
    return s


TOK = re.compile(r"""
  (?P<num>[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\.\.\.|…)?%?)
 |(?P<op>[+\-−×*·÷/@])
 |(?P<lp>\()
 |(?P<rp>\))
 |(?P<rel>=|≈)
 |(?P<word>[A-Za-z]+)
 |(?P<ws>\s+)
 |(?P<other>.)
""", re.X)


class Lit:
    def __init__(self, text):
        self.text = text
        t = text.lstrip("$€£")
        self.trunc = False
        self.pct = t.endswith("%")
        t = t.rstrip("%")
        if t.endswith("...") or t.endswith("…"):
            self.trunc = True
            t = t.rstrip(".…")
        self.digits = t
        self.raw, self.d = dec(t)

    @property
    def value(self):  # value inside an expression
        return self.raw / 100 if self.pct else self.raw


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == "ws":
            continue
        out.append([k, v])
    # contextual operators: 'x' between numbers, 'of' after a percentage
    for i, (k, v) in enumerate(out):
        if k == "word" and v in ("x", "of") and 0 < i < len(out) - 1:
            prev, nxt = out[i - 1], out[i + 1]
            if v == "x" and prev[0] in ("num", "rp") and nxt[0] in ("num", "lp"):
                out[i] = ["op", "×"]
            if v == "of" and prev[0] == "num" and prev[1].endswith("%") and nxt[0] in ("num", "lp"):
                out[i] = ["op", "×"]
    return out


# ------------------------------------------------------------------ expressions
class ParseError(Exception):
    pass


def parse_expr(toks):
    """Returns AST: ('lit', Lit) | ('bin', op, a, b) | ('par', a)."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = peek()
        if t is None:
            raise ParseError
        if t[0] == "num":
            eat()
            return ("lit", Lit(t[1]))
        if t[0] == "lp":
            eat()
            e = addsub()
            if peek() is None or peek()[0] != "rp":
                raise ParseError
            eat()
            return ("par", e)
        raise ParseError

    def muldiv():
        e = atom()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "×*·÷/@":
            op = eat()[1]
            op = "/" if op in "÷/" else "*"
            e = ("bin", op, e, atom())
        return e

    def addsub():
        e = muldiv()
        while peek() is not None and peek()[0] == "op" and peek()[1] in "+-−":
            op = eat()[1]
            op = "+" if op == "+" else "-"
            e = ("bin", op, e, muldiv())
        return e

    e = addsub()
    if pos[0] != len(toks):
        raise ParseError
    return e


def ev(e):
    if e[0] == "lit":
        return e[1].value
    if e[0] == "par":
        return ev(e[1])
    a, b = ev(e[2]), ev(e[3])
    if e[1] == "+":
        return a + b
    if e[1] == "-":
        return a - b
    if e[1] == "*":
        return a * b
    if b == 0:
        raise ParseError
    return a / b


def try_parse(toks):
    if not toks:
        return None
    try:
        return parse_expr(toks)
    except ParseError:
        return None


def chains_in(s):
    """List of chains; each chain is a list of (rel, ast) with rel None for the first."""
    toks = tokens(s)
    runs, cur = [], []
    for t in toks:
        if t[0] in ("num", "op", "lp", "rp", "rel"):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    chains = []
    for run in runs:
        parts, rels, buf = [], [], []
        for t in run:
            if t[0] == "rel":
                parts.append(buf)
                rels.append(t[1])
                buf = []
            else:
                buf.append(t)
        parts.append(buf)
        if len(parts) < 2:
            continue
        # first part: longest parseable suffix; last part: longest parseable prefix
        first = None
        for j in range(len(parts[0])):
            first = try_parse(parts[0][j:])
            if first is not None:
                break
        chain = []
        if first is not None:
            chain.append((None, first))
        for k in range(1, len(parts)):
            p = parts[k]
            a = try_parse(p)
            if a is None and k == len(parts) - 1:
                for j in range(len(p), 0, -1):
                    a = try_parse(p[:j])
                    if a is not None:
                        break
            if a is None:
                if len(chain) >= 2:
                    chains.append(chain)
                chain = []
                continue
            chain.append((rels[k - 1] if chain else None, a))
        if len(chain) >= 2:
            chains.append(chain)
    return chains


def table_chains(line):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    out = []
    for c in cells:
        out += chains_in(normalise(c))
    for i in range(len(cells) - 1):
        a = tokens(normalise(cells[i]))
        if any(t[0] not in ("num", "op", "lp", "rp") for t in a):
            continue
        b = tokens(normalise(cells[i + 1]))
        if not b:
            continue
        if not any(t[0] == "op" for t in a) and not (len(a) == 1 and b[0] == ["rel", "≈"]):
            continue
        ea = try_parse(a)
        if ea is None:
            continue
        rel = "="
        if b[0][0] == "rel":
            rel = b[0][1]
            b = b[1:]
        if not b or b[0][0] != "num":
            continue
        out.append([(None, ea), (rel, ("lit", Lit(b[0][1])))])
    return out


def line_chains(line):
    if line.strip().startswith("|") and line.strip().endswith("|"):
        if set(line.replace("|", "").strip()) <= set("-: "):
            return []
        return table_chains(line)
    return chains_in(normalise(line))


# ------------------------------------------------------------------ verifying a chain
def interp(lit):
    """Possible (value, decimals) readings of a written result."""
    out = [(lit.value, lit.d + (2 if lit.pct else 0))]
    if lit.pct:
        out.append((lit.raw, lit.d))
    return out


def lit_ok(V, lit):
    for val, d in interp(lit):
        if lit.trunc:
            if r_trunc(V, d) == val:
                return val
        elif val == V or r_half_up(V, d) == val:
            return val
    return None


def clearly_wrong(V, lit):
    """A fault must not be explainable by rounding: it must differ from the exact
    value by at least 2 units of the last shown digit, unless the exact value is
    itself a whole number of those units and the shown number is an integer
    (then any difference, e.g. 12 vs 13, is an error)."""
    for val, d in interp(lit):
        unit = Fr(1, 10 ** d)
        if lit.trunc:
            if r_trunc(V, d) == val or abs(val - V) < 2 * unit:
                return False
        elif exact_at(V, d):
            if val == V or (lit.d > 0 and abs(val - V) < 2 * unit):
                return False
        elif abs(val - V) < 2 * unit:
            return False
    return True


def check_chain(chain):
    """Returns list of failures: dict(lit, V, lhs_ast)."""
    fails = []
    V = ev(chain[0][1])
    lhs = chain[0][1]
    for rel, a in chain[1:]:
        if a[0] == "lit":
            ok = lit_ok(V, a[1])
            if ok is None:
                fails.append(dict(lit=a[1], V=V, lhs=lhs))
                cands = interp(a[1])
                V = min(cands, key=lambda c: abs(c[0] - V))[0]
            else:
                V = ok
        else:
            w = ev(a)
            if w != V:
                fails.append(dict(lit=None, V=V, lhs=lhs, expr=True))
            V = w
        lhs = a
    return fails


def analyse(text):
    """Per line: (chains, failures)."""
    out = []
    for line in text.split("\n"):
        ch = line_chains(line)
        fl = []
        for c in ch:
            fl += check_chain(c)
        out.append((ch, fl))
    return out


# ------------------------------------------------------------------ kind checks
def top(ast):
    while ast[0] == "par":
        ast = ast[1]
    return ast


def matches(V, lit):
    return lit_ok(V, lit) is not None


def kind_ok(kind, wrong, right, fail):
    w = wrong.replace(",", "")
    rt = right.replace(",", "")
    lit = fail["lit"]
    lhs = top(fail["lhs"])
    if kind == "off_by_one":
        return abs(dec(w)[0] - dec(rt)[0]) == 1 and dec(w)[1] == dec(rt)[1]
    if kind == "digit_swap":
        if len(w) != len(rt):
            return False
        diff = [i for i in range(len(w)) if w[i] != rt[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == rt[diff[1]] and w[diff[1]] == rt[diff[0]]
    if kind == "dropped_digit":
        return len(w) == len(rt) - 1 and any(rt[:i] + rt[i + 1:] == w for i in range(len(rt)))
    if kind == "wrong_digit":
        return len(w) == len(rt) and sum(1 for a, b in zip(w, rt) if a != b) == 1
    if kind == "decimal_shift":
        V = fail["V"]
        return matches(V * 10, lit) or matches(V / 10, lit)
    if kind == "wrong_op":
        if lhs[0] != "bin" or lhs[1] not in "+-":
            return False
        a, b = ev(lhs[2]), ev(lhs[3])
        return matches(a - b if lhs[1] == "+" else a + b, lit)
    if kind == "inverted_division":
        if lhs[0] != "bin" or lhs[1] != "/":
            return False
        return matches(ev(lhs[3]) / ev(lhs[2]), lit)
    if kind == "carry_error":
        dlt = abs(dec(rt)[0] - dec(w)[0])
        if dlt == 0:
            return False
        while dlt < 1:
            dlt *= 10
        while dlt > 1 and dlt.denominator == 1 and dlt % 10 == 0:
            dlt /= 10
        return dlt == 1
    return False


# ------------------------------------------------------------------ row checks
class Bad(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Bad(msg)


def numbers_in(text):
    out = []
    for t in tokens(normalise(text)):
        if t[0] == "num":
            out.append(Lit(t[1]).raw)
    return out


def check_answer(row):
    sol = row["solution"]
    lines = sol.split("\n")
    fv = dec(row["final"])[0]
    need(re.fullmatch(r"\d+(\.\d+)?", row["final"]) is not None, "final not plain")
    hashes = [l for l in lines if l.startswith("####")]
    if hashes:
        need(len(hashes) == 1 and lines[-1] == hashes[0], "#### not last line")
        need(lines[-1] == "#### " + row["final"], "#### value differs from final")
    tail = [l for l in lines if l.strip() and not l.startswith("####")][-4:]
    found = any(fv == x for l in tail for x in numbers_in(l))
    if row["style"] == "paragraph":
        last = lines[0].split(". ")[-1]
        found = fv in numbers_in(last) or found
    need(found, "final number not stated in the closing lines")


def span_line(sol, span):
    a, b = span
    need(0 <= a <= b <= len(sol), "span out of range")
    need(a == 0 or sol[a - 1] == "\n", "span does not start a line")
    need(b == len(sol) or sol[b] == "\n", "span does not end a line")
    return sol[:a].count("\n")


def chain_count_before(an, li):
    return sum(len(an[j][0]) for j in range(li))


def check_correct(row, an):
    for j, (ch, fl) in enumerate(an):
        need(not fl, f"correct row has a wrong computation on line {j + 1}")
    need(sum(len(c) for c, _ in an) >= 2, "too few computations")
    check_answer(row)


def fault_common(row, an, corr):
    sol = row["solution"]
    li = span_line(sol, row["span"])
    bad = [(j, f) for j, (_, fl) in enumerate(an) for f in fl]
    need(len(bad) == 1, f"expected exactly one wrong computation, found {len(bad)}")
    j, f = bad[0]
    need(j == li, "the wrong computation is not on the span line")
    need(f["lit"] is not None, "fault is not a written number")
    need(f["lit"].digits == row["wrong"].replace(",", "") or f["lit"].digits == row["wrong"],
         "wrong value does not match the failing number")
    need(row["wrong"] in sol.split("\n")[li], "wrong not in span line")
    need(clearly_wrong(f["V"], f["lit"]), "fault could be a rounding difference")
    need(kind_ok(row["kind"], row["wrong"], row["right"], f), f"kind {row['kind']} not consistent")
    # the right value is correct for the same computation in the correct row
    cl = corr["solution"].split("\n")
    need(row["right"] in cl[li], "right not in the correct row's line")
    # step index = number of computations before + 1 (chains within the line before the failing one)
    chains_line = an[li][0]
    k = 0
    for c in chains_line:
        if check_chain(c):
            break
        k += 1
    need(row["step"] == chain_count_before(an, li) + k + 1, "step index mismatch")
    return li, j


def check_slip(row, an, corr, can):
    li, _ = fault_common(row, an, corr)
    a = row["solution"].split("\n")
    b = corr["solution"].split("\n")
    need(len(a) == len(b), "slip changes the line count")
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    need(diff == [li], "slip row differs from correct outside the span line")
    need(row["final"] == corr["final"], "slip final must equal correct final")
    total = sum(len(c) for c, _ in an)
    need(row["step"] < total, "slip on the last step")
    # same token-by-token except the wrong number(s)
    check_answer(row)


def check_carry(row, an, corr, can):
    li, _ = fault_common(row, an, corr)
    a = row["solution"].split("\n")
    b = corr["solution"].split("\n")
    need(a[:li] == b[:li], "carry row differs before the span line")
    need(a[li] != b[li], "span line unchanged")
    need(row["correct_final"] == corr["final"], "correct_final mismatch")
    need(dec(row["final"])[0] != dec(corr["final"])[0], "carry final equals correct final")
    check_answer(row)


def check_loop(row, corr, can):
    sol = row["solution"]
    need(row["final"] is None, "loop final must be null")
    need("####" not in sol, "loop has an answer line")
    need(15 <= row["repeats"] <= 25, "repeats out of range")
    li = span_line(sol, row["span"])
    L = sol.split("\n")
    C = corr["solution"].split("\n")
    p = row["period_lines"]
    reps = row["repeats"]
    if row["style"] == "paragraph":
        need(li == 1 and p == 1, "paragraph loop layout")
        block = L[1]
        need(C[0].startswith(L[0]) and len(C[0]) > len(L[0]) and C[0][len(L[0])] == " ",
             "paragraph prefix is not a sentence prefix of the correct paragraph")
        need(L[0].endswith(block), "repeated block is not the paragraph's last sentences")
        rest_chains = sum(len(c) for c in chains_in(normalise(C[0][len(L[0]):])))
        need(rest_chains >= 1, "loop starts after the final step")
        blk = [block]
    else:
        need(li >= p, "span too early")
        blk = L[li - p:li]
        need(L[:li] == C[:li], "loop prefix differs from correct solution")
        rest_chains = sum(len(line_chains(x)) for x in C[li:])
        need(rest_chains >= 1, "loop starts after the final step")
        need(sum(len(line_chains(x)) for x in blk) >= 1, "repeated block has no computation")
    body = L[li:]
    need(body[:p * reps] == blk * reps, "repeated copies are not verbatim")
    tail = body[p * reps:]
    need(len(tail) <= 1, "extra lines after the loop")
    if tail:
        t = tail[0]
        need(t and blk[0].startswith(t) and len(t) < len(blk[0]), "cut-off is not a prefix of the block")
        need(not any(ch.isdigit() for ch in t), "cut-off contains a digit")
    # every written computation in the loop row is correct
    for j, (ch, fl) in enumerate(analyse(sol)):
        need(not fl, f"loop row has a wrong computation on line {j + 1}")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    groups = {}
    for r in rows:
        groups.setdefault(r["pid"], []).append(r)
    errors = 0
    counts = {}
    for pid, g in groups.items():
        vs = {r["variant"]: r for r in g}
        try:
            need(sorted(vs) == ["carry", "correct", "loop", "slip"] and len(g) == 4, "variants")
            for r in g:
                need(r["problem"] == g[0]["problem"] and r["style"] == g[0]["style"]
                     and r["template"] == g[0]["template"], "shared fields differ")
            corr = vs["correct"]
            can = analyse(corr["solution"])
            check_correct(corr, can)
            check_slip(vs["slip"], analyse(vs["slip"]["solution"]), corr, can)
            check_carry(vs["carry"], analyse(vs["carry"]["solution"]), corr, can)
            check_loop(vs["loop"], corr, can)
            for r in g:
                counts[r["variant"]] = counts.get(r["variant"], 0) + 1
        except Bad as e:
            errors += 1
            if errors <= 30:
                print(f"FAIL {pid} ({g[0]['template']}, {g[0]['style']}): {e}")
    print(f"{len(rows)} rows, {len(groups)} problems, {counts}")
    if errors:
        print(f"{errors} problems failed")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
