#!/usr/bin/env python3
"""Independent re-checker for the eval56 set (stdlib only; does not import the generator).

It undoes the web damage (HTML entities, double encoding, LaTeX leftovers, unicode
look-alikes, full-width digits, superscripts, thin/non-breaking thousands separators,
worded operators, table cells), finds every computation it can read
(`expr = value`, `expr ≈ value`, `a ÷ b = q R r`, table cells `expr | value`), and
evaluates it exactly with Fractions.

Asserts:
  correct: no wrong computation, at least 2 computations read, ends with '#### <final>'.
  slip:    exactly one wrong computation, on the span line, which shows `wrong`; ends with gold final.
  carry:   exactly one wrong computation, on the span line; everything after is consistent
           (checked as 'no other wrong computation'); '####' differs from the gold final.
  loop:    no wrong computation, no '####', span is the 2nd copy of a unit repeated `repeats` times.
Prints PASS and exits 0.
"""
import html
import json
import re
import sys
from fractions import Fraction as F

FWMAP = {0xFF10 + i: str(i) for i in range(10)}
FWMAP.update({0xFF0B: "+", 0xFF0E: ".", 0xFF0C: ",", 0xFF05: "%"})
SUPS = {"²": "2", "³": "3"}
MUL = "×✕✖⨯∗⋅·"
ARITH = set("0123456789.+-*/^()% ")


def normalize(line):
    s = html.unescape(html.unescape(line))
    # bullets / list markers at line start
    s = re.sub(r"^\s*(?:[•·\-*◦▸]|o(?=\s))\s+", "", s)
    s = re.sub(r"<sup>\s*(\d+)\s*</sup>", r"^\1", s)
    s = re.sub(r"</?[A-Za-z][^<>]*>", " ", s)
    s = s.translate(FWMAP)
    s = re.sub(r"(?<=[\d)])([²³])", lambda m: "^" + SUPS[m.group(1)], s)
    for k in SUPS:
        s = s.replace(k, "")
    # LaTeX leftovers
    s = s.replace("{,}", ",")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = (s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/").replace("\\approx", "≈")
         .replace("\\$", "$").replace("\\%", "%"))
    s = re.sub(r"(?<=\d)\\,(?=\d{3})", "", s)
    s = re.sub(r"\\[A-Za-z]+", " ", s)
    s = re.sub(r"\\[()\[\],;]", " ", s)
    s = s.replace("{,}", ",").replace("{", " ").replace("}", " ")
    s = s.replace("$", "")
    for ch in MUL:
        s = s.replace(ch, "*")
    s = s.replace("÷", "/").replace("∕", "/").replace("−", "-").replace("–", "-")
    s = re.sub(r"(?<=[\d\s])~(?=\s*\d)", "≈", s)
    s = re.sub(r"\bapprox\.?(?=\s*\d)", "≈", s)
    # thousands separators (comma, nbsp, thin, narrow nbsp)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(?<=\d)[,\u00a0\u2009\u202f](?=\d{3}(?!\d))", "", s)
    s = s.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    # worded operators
    s = re.sub(r"\bmultiplied by\b", "*", s)
    s = re.sub(r"\btimes\b", "*", s)
    s = re.sub(r"\bdivided by\b", "/", s)
    s = re.sub(r"\bminus\b", "-", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"(?<=[\d)%])\s*[xX]\s*(?=[\d(.-])", " * ", s)
    s = re.sub(r"(?<=%)\s+of\s+(?=[-\d(.])", " * ", s)
    s = VERB.sub(_verb, s)
    return s


VERB = re.compile(r"(?<=[\d%)])\s*,?\s+(?:which is|is|equals|gives us|gives|makes|leaves|comes to)\s+(?=[-\d(.])")


def _verb(m):
    """Worded '=' only when the number before it closes an arithmetic expression (A op B is C)."""
    before = m.string[:m.start()].rstrip()
    if before.endswith(")"):
        return " = "
    b = re.sub(r"[\d.%]+$", "", before).rstrip()
    if b and b[-1] in "+-*/^":
        return " = "
    return m.group(0)


TOK = re.compile(r"\s*(?:(\d+(?:\.\d+)?|\.\d+)|([-+*/^()%]))")


def tokenize(s):
    """Tokens with 'space after' flag; stops (returns position) at junk."""
    toks = []
    i = 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        m = TOK.match(s, i)
        if not m:
            return toks, i
        if m.group(1):
            toks.append(("n", F(m.group(1)), m.end() < len(s) and s[m.end()] == " "))
        else:
            toks.append(("o", m.group(2), m.end() < len(s) and s[m.end()] == " "))
        i = m.end()
    return toks, i


def parse(toks):
    """Return value of a complete expression or None."""
    pos = [0]

    def peek():
        return toks[pos[0]][1] if pos[0] < len(toks) and toks[pos[0]][0] == "o" else (
            "NUM" if pos[0] < len(toks) else None)

    def atom():
        if pos[0] >= len(toks):
            raise ValueError
        t = toks[pos[0]]
        pos[0] += 1
        if t[0] == "n":
            v = t[1]
        elif t[1] == "(":
            v = add()
            if peek() != ")":
                raise ValueError
            pos[0] += 1
        elif t[1] == "-":
            return -atom()
        else:
            raise ValueError
        while peek() == "%":
            pos[0] += 1
            v = v / 100
        return v

    def power():
        b = atom()
        if peek() == "^":
            pos[0] += 1
            e = atom()
            if e.denominator != 1 or abs(e) > 6:
                raise ValueError
            return b ** int(e)
        return b

    def mul():
        v = power()
        while peek() in ("*", "/"):
            o = toks[pos[0]][1]
            pos[0] += 1
            w = power()
            if o == "/":
                if w == 0:
                    raise ValueError
                v = v / w
            else:
                v = v * w
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            o = toks[pos[0]][1]
            pos[0] += 1
            w = mul()
            v = v + w if o == "+" else v - w
        return v

    try:
        v = add()
    except (ValueError, IndexError, ZeroDivisionError, OverflowError):
        return None
    if pos[0] != len(toks):
        return None
    return v


def has_op(toks):
    ops = [t for t in toks if t[0] == "o" and t[1] in "+-*/^%"]
    if not ops:
        return False
    if len(ops) == 1 and toks[0][0] == "o" and toks[0][1] == "-":
        return False  # just a negative number
    return True


def left_expr(seg):
    j = len(seg)
    while j > 0 and seg[j - 1] in ARITH:
        j -= 1
    run = seg[j:]
    toks, stop = tokenize(run)
    if stop < len(run):
        # junk inside the run (e.g. a lone '.') - keep only what follows the junk
        toks2, _ = tokenize(run[stop + 1:]) if stop + 1 <= len(run) else ([], 0)
        return left_from_tokens(toks2)
    return left_from_tokens(toks)


def left_from_tokens(toks):
    for a in range(len(toks)):
        sub = toks[a:]
        if sub and sub[0][0] == "o" and sub[0][1] == "-" and sub[0][2]:
            continue  # dash used as punctuation
        if sub and sub[0][0] == "o" and sub[0][1] in "+*/^%)":
            continue
        v = parse(sub)
        if v is not None:
            return v, sub
    return None, []


def right_expr(seg):
    j = 0
    while j < len(seg) and seg[j] in ARITH:
        j += 1
    toks, _ = tokenize(seg[:j])
    for b in range(len(toks), 0, -1):
        sub = toks[:b]
        v = parse(sub)
        if v is not None:
            return v, sub, seg
    return None, [], seg


REM = re.compile(r"^\s*(\d+)\s*(?:R|r|remainder|rem\.?)\s*(\d+)")


def dp_of(toks):
    d = 0
    for t in toks:
        pass
    return d


def equations(s):
    """Yield (ok, text) for each computation in a normalized string."""
    out = []
    parts = re.split(r"(=|≈)", s)
    for i in range(0, len(parts) - 2, 2):
        L, sep, Rr = parts[i], parts[i + 1], parts[i + 2]
        lv, ltoks = left_expr(L)
        if lv is None:
            continue
        m = REM.match(Rr)
        if m and sep == "=":
            q, rr = int(m.group(1)), int(m.group(2))
            if len(ltoks) == 3 and ltoks[1][1] == "/" and ltoks[0][0] == "n" and ltoks[2][0] == "n":
                a, b = ltoks[0][1], ltoks[2][1]
                ok = (q * b + rr == a) and 0 <= rr < b
                out.append((ok, "%s / %s = %d R %d" % (a, b, q, rr)))
                continue
        rv, rtoks, _ = right_expr(Rr)
        if rv is None:
            continue
        if not (has_op(ltoks) or has_op(rtoks) or sep == "≈"):
            continue
        if sep == "≈":
            m2 = re.match(r"\s*-?\d*\.?(\d*)", Rr)
            dec = re.match(r"\s*-?\d+\.(\d+)", Rr)
            ndp = len(dec.group(1)) if dec else 0
            ok = abs(lv - rv) <= F(1, 2) * F(1, 10 ** ndp) + F(1, 10 ** 9)
        else:
            ok = lv == rv
            if not ok and any(t[1] == "%" for t in rtoks if t[0] == "o"):
                # "0.25 × 100 = 25%" style: the % is a label on the value
                rv2 = parse([t for t in rtoks if not (t[0] == "o" and t[1] == "%")])
                ok = rv2 is not None and lv == rv2
        out.append((ok, "%s %s %s" % (L.strip()[-40:], sep, Rr.strip()[:30])))
    return out


def table_cells(raw):
    if raw.count("|") >= 2:
        cells = raw.strip().strip("|").split("|")
    elif "\t" in raw:
        cells = raw.split("\t")
    else:
        return None
    return [c.strip() for c in cells]


def line_computations(raw):
    cells = table_cells(raw)
    if cells is None:
        return equations(normalize(raw))
    out = []
    ncells = [normalize(c) for c in cells]
    for i, c in enumerate(ncells):
        if "=" in c or "≈" in c:
            out.extend(equations(c))
            continue
        if i + 1 < len(ncells):
            toks, stop = tokenize(c)
            if stop == len(c) and toks and has_op(toks) and parse(toks) is not None:
                nxt = ncells[i + 1]
                if "=" not in nxt and "≈" not in nxt:
                    out.extend(equations(c + " = " + nxt))
    return out


def analyse(sol):
    res = []  # (line_start, line_end, ok, text)
    pos = 0
    for raw in sol.split("\n"):
        for ok, t in line_computations(raw):
            res.append((pos, pos + len(raw), ok, t))
        pos += len(raw) + 1
    return res


def num_eq(a, b):
    try:
        return F(a) == F(b)
    except (ValueError, ZeroDivisionError):
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    counts = {}
    ncomp = 0
    pids = {}
    for row in rows:
        v = row["variant"]
        counts[v] = counts.get(v, 0) + 1
        want = keys_base + {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                            "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if list(row.keys()) != want:
            errors.append((row["pid"], v, "keys %s" % list(row.keys())))
            continue
        pids.setdefault(row["pid"], []).append(v)
        sol = row["solution"]
        comps = analyse(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2]]
        last = sol.split("\n")[-1]
        if v == "correct":
            if bad:
                errors.append((row["pid"], v, "wrong computation: %r" % (bad[:2],)))
            if len(comps) < 2:
                errors.append((row["pid"], v, "only %d computations read" % len(comps)))
            if last != "#### " + row["final"]:
                errors.append((row["pid"], v, "final line %r" % last))
        elif v in ("slip", "carry"):
            s0, s1 = row["span"]
            if len(bad) != 1:
                errors.append((row["pid"], v, "%d wrong computations: %r" % (len(bad), bad[:3])))
            elif (bad[0][0], bad[0][1]) != (s0, s1):
                errors.append((row["pid"], v, "fault not at span %r vs %r" % ((bad[0][0], bad[0][1]), (s0, s1))))
            seg = sol[s0:s1]
            if "\n" in seg:
                errors.append((row["pid"], v, "span crosses a line"))
            nseg = normalize(seg).replace(" ", "")
            if row["wrong"] not in nseg:
                errors.append((row["pid"], v, "wrong value %s not on span line %r" % (row["wrong"], nseg)))
            if num_eq(row["wrong"], row["right"]):
                errors.append((row["pid"], v, "wrong == right"))
            if not last.startswith("#### "):
                errors.append((row["pid"], v, "no final line"))
            elif v == "slip" and last != "#### " + row["final"]:
                errors.append((row["pid"], v, "slip final %r" % last))
            elif v == "carry" and num_eq(last[5:], row["final"]):
                errors.append((row["pid"], v, "carry final equals gold"))
        elif v == "loop":
            s0, s1 = row["span"]
            n = row["repeats"]
            unit = sol[s0:s1]
            if "####" in sol:
                errors.append((row["pid"], v, "loop has ####"))
            if bad:
                errors.append((row["pid"], v, "wrong computation in loop row %r" % (bad[:2],)))
            if not (8 <= n <= 30) or not unit.strip():
                errors.append((row["pid"], v, "bad repeats/unit"))
            first0 = s0 - 1 - len(unit)
            if first0 < 0 or sol[first0:s0 - 1] != unit or sol[s0 - 1] != "\n" or (first0 > 0 and sol[first0 - 1] != "\n"):
                errors.append((row["pid"], v, "span is not the second copy"))
            else:
                k, p = 1, first0
                while sol[p:p + len(unit)] == unit and (p + len(unit) == len(sol) or sol[p + len(unit)] == "\n"):
                    k += 0 if p == first0 else 1
                    p += len(unit) + 1
                    if p > len(sol):
                        break
                copies = k
                if copies != n:
                    errors.append((row["pid"], v, "repeats %d but found %d" % (n, copies)))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errors.append((pid, "-", "variants %r" % vs))
    if errors:
        for e in errors[:40]:
            print("FAIL", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    print("rows per variant:", counts, "| computations read:", ncomp)
    print("PASS")


if __name__ == "__main__":
    main()
