#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every rendered computation "EXPR = RESULT" / "EXPR ≈ RESULT" (symbols, words, LaTeX,
markdown tables), evaluates it exactly with fractions, and asserts the per-variant contract.
"""
import json
import re
import sys
from fractions import Fraction as Fr

OPS = "+-*/()"


def normalize(line):
    s = line
    s = s.replace("{,}", ",")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) / (\2)", s)
    for a, b in [("\\$", "$"), ("{,}", ","), ("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\%", "%"), ("\\,", ""), ("\\[", " "), ("\\]", " "), ("\\(", " "), ("\\)", " "), ("**", ""),
                 ("`", "")]:
        s = s.replace(a, b)
    s = re.sub(r"\\(?:text|boxed|mathbf|mathrm)\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"^\s*(?:\d+[.)]|[-*•])\s+", " ", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = s.replace("$", "")
    s = re.sub(r"/(?=[A-Za-z])", " per ", s)
    for a, b in [(r"\bis about\b", "≈"), (r"\bcomes to about\b", "≈"), (r"\bis approximately\b", "≈"),
                 (r"\bmultiplied by\b", "×"), (r"\bdivided by\b", "÷"), (r"\btimes\b", "×"), (r"\bminus\b", "−"),
                 (r"\bplus\b", "+"), (r"\bcomes to\b", "="), (r"\bequals\b", "="), (r"\bis\b", "=")]:
        s = re.sub(a, b, s)
    s = re.sub(r"(\d%?)\s+of\s+(?=[\d(])", r"\1 × ", s)
    s = re.sub(r"(?<=[\d%)])\s*x\s*(?=[\d(])", " × ", s)
    s = re.sub(r"\s+x\s+(?=[\d(])", " × ", s)
    # unit words between a number and an operator / relation
    s = re.sub(r"(\d%?)(?:\s+[A-Za-z][A-Za-z'’-]*){1,2}(?=\s*[×÷+−*/·=≈)-])", r"\1", s)
    return s


def table_rows(line):
    if not line.strip().startswith("|"):
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    for j in range(len(cells) - 1):
        lhs = normalize(cells[j]).strip()
        rhs = normalize(cells[j + 1]).strip()
        if re.search(r"[×÷*/·+−]|\d\s-\s", lhs) and re.fullmatch(r"(≈\s*)?[−-]?\s*\d+(\.\d+)?%?", rhs):
            rel = "≈" if rhs.startswith("≈") else "="
            return "%s %s %s" % (lhs, rel, rhs.lstrip("≈ "))
    return ""


def tokenize(e):
    e = e.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")
    toks = []
    i = 0
    while i < len(e):
        c = e[i]
        if c.isspace():
            i += 1
            continue
        m = re.match(r"\d+(?:\.\d+)?%?", e[i:])
        if m:
            t = m.group(0)
            v = Fr(t.rstrip("%"))
            if t.endswith("%"):
                v /= 100
            toks.append(v)
            i += len(t)
            continue
        if c in OPS:
            toks.append(c)
            i += 1
            continue
        raise ValueError(e)
    return toks


def parse(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = peek()
        if t == "-":
            eat()
            return -atom()
        if t == "(":
            eat()
            v = expr()
            if eat() != ")":
                raise ValueError
            return v
        if isinstance(t, Fr):
            return eat()
        raise ValueError

    def term():
        v = atom()
        while peek() in ("*", "/"):
            o = eat()
            w = atom()
            v = v * w if o == "*" else v / w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            o = eat()
            w = term()
            v = v + w if o == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ValueError
    return v


ALLOWED = set("0123456789.%()+-−×÷*/· ")


def computations(line):
    """yield (lhs_value, rel, rhs_value, rhs_decimals)"""
    t = table_rows(line)
    s = t if t is not None and t != "" else normalize(line)
    out = []
    for m in re.finditer(r"[=≈]", s):
        rel = m.group(0)
        k = m.start()
        j = k
        while j > 0 and s[j - 1] in ALLOWED:
            j -= 1
        lhs = s[j:k]
        lhs = re.sub(r"^[^\d(−-]+", "", lhs)
        rm = re.match(r"\s*([−-]?)\s*(\d+(?:\.\d+)?)(%?)", s[k + 1:])
        if not rm:
            continue
        rv = Fr(rm.group(2)) * (-1 if rm.group(1) else 1)
        if rm.group(3):
            rv /= 100
        dec = len(rm.group(2).split(".")[1]) if "." in rm.group(2) else 0
        try:
            toks = tokenize(lhs)
        except ValueError:
            continue
        val = None
        for st in range(len(toks)):
            sub = toks[st:]
            if not any(x in ("+", "-", "*", "/") for x in sub[1:]):
                break
            try:
                val = parse(sub)
                break
            except (ValueError, ZeroDivisionError):
                continue
        if val is None:
            continue
        out.append((val, rel, rv, dec))
    return out


def ok(c):
    val, rel, rv, dec = c
    if rel == "=":
        return val == rv
    return abs(val - rv) <= Fr(1, 2 * 10 ** dec) and val != rv or val == rv


def scan(sol):
    """return (list of (line_start, line_end, bad_count), total computations)"""
    res = []
    total = 0
    pos = 0
    for line in sol.split("\n"):
        cs = computations(line)
        total += len(cs)
        bad = sum(1 for c in cs if not ok(c))
        res.append((pos, pos + len(line), bad, cs))
        pos += len(line) + 1
    return res, total


def num(s):
    return Fr(s)


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errors = []
    stats = {}
    for r in rows:
        v = r["variant"]
        assert list(r.keys())[:7] == keys, r["pid"]
        lines, total = scan(r["solution"])
        bads = [(a, b) for a, b, n, _ in lines if n]
        nbad = sum(n for _, _, n, _ in lines)
        stats[v] = stats.get(v, 0) + 1
        last = r["solution"].rstrip("\n").split("\n")[-1]
        if v == "correct":
            if nbad:
                errors.append((r["pid"], v, "bad computation", bads))
            if last != "#### " + r["final"]:
                errors.append((r["pid"], v, "final line", last))
            if total < 2 and not r["template"].startswith(("sales_tax", "utility", "hsa")):
                errors.append((r["pid"], v, "too few computations parsed", total))
            if total < 1:
                errors.append((r["pid"], v, "no computation parsed"))
        elif v in ("slip", "carry"):
            sp = tuple(r["span"])
            if nbad != 1 or bads[0] != sp:
                errors.append((r["pid"], v, "fault location", nbad, bads, sp, r["kind"]))
            seg = r["solution"][sp[0]:sp[1]]
            if "\n" in seg:
                errors.append((r["pid"], v, "span not a line"))
            # the faulty line states the wrong value as the result
            fl = [cs for a, b, n, cs in lines if (a, b) == sp]
            if fl and not any(c[2] in (num(r["wrong"]), num(r["wrong"]) / 100) and not ok(c) for c in fl[0]):
                errors.append((r["pid"], v, "wrong value not at span", r["wrong"]))
            if num(r["wrong"]) == num(r["right"]):
                errors.append((r["pid"], v, "wrong == right"))
            fin = last[5:] if last.startswith("#### ") else None
            if fin is None:
                errors.append((r["pid"], v, "no final"))
            elif v == "slip" and num(fin) != num(r["final"]):
                errors.append((r["pid"], v, "slip final differs", fin))
            elif v == "carry":
                if num(fin) == num(r["final"]):
                    errors.append((r["pid"], v, "carry final equals gold"))
                # consistency: wrong value reused later (or it is the final itself)
                after = r["solution"][sp[1]:]
                later_vals = set()
                for a, b, n, cs in lines:
                    if a > sp[0]:
                        for c in cs:
                            later_vals.add(c[2])
                wv = num(r["wrong"])
                fl_all = normalize(after)
                nums_after = set(Fr(x) for x in re.findall(r"\d+(?:\.\d+)?", fl_all))
                if abs(wv) not in nums_after and abs(wv) / 100 not in nums_after and num(fin) != wv:
                    errors.append((r["pid"], v, "wrong value not carried", r["wrong"]))
        elif v == "loop":
            sol = r["solution"]
            if "####" in sol:
                errors.append((r["pid"], v, "loop has final"))
            if nbad:
                errors.append((r["pid"], v, "bad computation in loop", bads))
            a, b = r["span"]
            unit = sol[a:b]
            if not (8 <= r["repeats"] <= 30) or sol.count(unit) < r["repeats"]:
                errors.append((r["pid"], v, "repeats", r["repeats"], sol.count(unit)))
            if not sol.endswith(unit):
                errors.append((r["pid"], v, "does not end in unit"))
        else:
            errors.append((r["pid"], v, "unknown variant"))
    for e in errors[:40]:
        print("ERR", e)
    print("rows:", len(rows), stats)
    if errors:
        print("FAIL: %d errors" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
