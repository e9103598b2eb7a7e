#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Reads every rendered computation it can find in each solution ("a op b = c", "≈", worded
operators, LaTeX, table rows) and re-does the arithmetic with exact fractions.
"""
import json
import re
import sys
from fractions import Fraction as F

UNITS = {"page", "pages", "word", "words", "minute", "minutes", "hour", "hours", "day", "days",
         "copy", "copies", "sheet", "sheets", "ream", "reams", "student", "students", "writers",
         "week", "weeks", "book", "books", "chapter", "chapters", "cartridge", "cartridges",
         "signature", "signatures", "per", "a"}

TOK = re.compile(r"""
 (?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?)
|(?P<rel>≈|=|\bequals\b|\bis\s+about\b|\bis\b)
|(?P<op>×|÷|·|\*|/|\+|−|-|\btimes\b|\bdivided\s+by\b|\bplus\b|\bminus\b|\bof\b|\bx\b)
|(?P<lp>\()|(?P<rp>\))
|(?P<word>[A-Za-z][A-Za-z'.]*)
|(?P<other>\S)
""", re.X)

OPMAP = {"×": "*", "·": "*", "*": "*", "x": "*", "times": "*", "of": "*", "÷": "/", "/": "/",
         "divided by": "/", "+": "+", "plus": "+", "−": "-", "-": "-", "minus": "-"}


def normalize(line):
    s = line
    s = re.sub(r"\\frac\{([^{}]*(?:\{,\}[^{}]*)*)\}\{([^{}]*(?:\{,\}[^{}]*)*)\}", r"(\1) ÷ (\2)", s)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1", s)
    for a, b in (("\\times", "×"), ("\\div", "÷"), ("\\cdot", "·"), ("\\approx", "≈"), ("\\$", "$"),
                 ("\\%", "%"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("**", "")):
        s = s.replace(a, b)
    st = s.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"[×÷·*/+−-]", cells[-2]):
            res = cells[-1]
            rel = "="
            if res.startswith("≈"):
                rel, res = "≈", res[1:].strip()
            s = cells[-2] + " " + rel + " " + res
    return s


def num_val(t):
    pct = t.endswith("%")
    v = F(t.replace("$", "").replace(",", "").rstrip("%"))
    return v / 100 if pct else v


def ndec(t):
    t = t.replace("$", "").replace(",", "").rstrip("%")
    return len(t.split(".")[1]) if "." in t else 0


def rnd(x, nd, even=False):
    y = x * 10 ** nd
    n = int(y)
    fr = y - n
    if fr > F(1, 2) or (fr == F(1, 2) and (not even or n % 2 == 1)):
        n += 1
    return F(n, 10 ** nd)


def evaluate(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        pos[0] += 1
        if t == "(":
            v = expr()
            if peek() != ")":
                raise ValueError
            pos[0] += 1
            return v
        if isinstance(t, F):
            return t
        raise ValueError

    def term():
        v = atom()
        while peek() in ("*", "/"):
            o = peek()
            pos[0] += 1
            w = atom()
            v = v / w if o == "/" else v * w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            o = peek()
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ValueError
    return v


def computations(line):
    """Yield (lhs_text, exact, rel, rhs_token, ok)."""
    s = normalize(line)
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        toks.append((k, re.sub(r"\s+", " ", m.group(k))))
    out = []
    for i, (k, t) in enumerate(toks):
        if k != "rel":
            continue
        if i + 1 >= len(toks) or toks[i + 1][0] != "num":
            continue
        rhs = toks[i + 1][1]
        j = i - 1
        seq = []
        while j >= 0:
            kk, tt = toks[j]
            if kk in ("num", "op", "lp", "rp") or (kk == "word" and tt.lower() in UNITS):
                seq.insert(0, (kk, tt))
                j -= 1
                continue
            break
        # drop units, build expression
        ex = []
        prev = None
        for kk, tt in seq:
            if kk == "word":
                continue
            if kk == "op":
                if tt == "of" and not (prev and prev[0] == "num" and prev[1].endswith("%")):
                    ex = []
                    prev = None
                    continue
                ex.append(OPMAP[tt])
            elif kk == "num":
                ex.append(num_val(tt))
            else:
                ex.append(tt)
            prev = (kk, tt)
        while ex and (ex[0] in ("*", "/", "+", "-", ")")):
            ex.pop(0)
        if sum(1 for e in ex if isinstance(e, F)) < 2 or not any(e in ("*", "/", "+", "-") for e in ex):
            continue
        # balance leading parens
        while ex and ex.count("(") > ex.count(")") and ex[0] == "(":
            ex.pop(0)
        try:
            exact = evaluate(ex)
        except (ValueError, ZeroDivisionError):
            continue
        rv = num_val(rhs)
        nd = ndec(rhs)
        rel = "≈" if t in ("≈", "is about") else "="
        money = "$" in rhs or any("$" in tt for kk, tt in seq if kk == "num")
        if rel == "=":
            ok = exact == rv or (money and nd >= 2 and (rnd(exact, nd) == rv or rnd(exact, nd, True) == rv))
        else:
            ok = (rnd(exact, nd) == rv or rnd(exact, nd, True) == rv) and exact != rv
        out.append((exact, rel, rhs, ok))
    return out


def scan(sol):
    """Return (list of (line_start, line_end, exact, rhs)) for wrong computations, count checked."""
    bad = []
    n = 0
    pos = 0
    for line in sol.split("\n"):
        for exact, rel, rhs, ok in computations(line):
            n += 1
            if not ok:
                bad.append((pos, pos + len(line), exact, rhs))
        pos += len(line) + 1
    return bad, n


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errors = []
    counts = {}
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    pids = set()
    total_checked = 0
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            r = json.loads(raw)
            v = r["variant"]
            counts[v] = counts.get(v, 0) + 1
            if list(r.keys())[:7] != keys:
                errors.append((ln, "key order"))
            pids.add(r["pid"])
            sol = r["solution"]
            bad, n = scan(sol)
            total_checked += n
            fin = final_of(sol)
            if v == "correct":
                if bad:
                    errors.append((ln, r["pid"], v, "wrong computation in correct row", bad[:2]))
                if n == 0:
                    errors.append((ln, r["pid"], v, "no computation found"))
                if fin != r["final"]:
                    errors.append((ln, r["pid"], v, "final mismatch", fin, r["final"]))
            elif v in ("slip", "carry"):
                a, b = r["span"]
                if len(bad) != 1:
                    errors.append((ln, r["pid"], v, "expected exactly one wrong computation", bad))
                    continue
                s0, s1, exact, rhs = bad[0]
                if (s0, s1) != (a, b):
                    errors.append((ln, r["pid"], v, "span mismatch", (s0, s1), (a, b)))
                if r["wrong"] not in normalize(sol[a:b]):
                    errors.append((ln, r["pid"], v, "wrong value not in span"))
                rv = num_val(r["right"])
                if not (rv == exact or rv == rnd(exact, ndec(r["right"]))):
                    errors.append((ln, r["pid"], v, "right value does not match recomputation", r["right"], exact))
                if num_val(r["wrong"]) == rv:
                    errors.append((ln, r["pid"], v, "wrong == right"))
                if v == "slip" and fin != r["final"]:
                    errors.append((ln, r["pid"], v, "slip final must be gold", fin))
                if v == "carry" and (fin is None or fin == r["final"]):
                    errors.append((ln, r["pid"], v, "carry final must differ from gold", fin))
            elif v == "loop":
                if "\n####" in sol or sol.startswith("####"):
                    errors.append((ln, r["pid"], v, "loop row has #### line"))
                a, b = r["span"]
                unit = sol[a:b]
                L = len(unit)
                start = a - L
                if not unit.strip() or sol[start:a] != unit:
                    errors.append((ln, r["pid"], v, "span is not the second copy"))
                elif sol[start:start + L * r["repeats"]] != unit * r["repeats"] or not 8 <= r["repeats"] <= 30:
                    errors.append((ln, r["pid"], v, "repeats mismatch"))
                if bad:
                    errors.append((ln, r["pid"], v, "wrong computation in loop row", bad[:1]))
            else:
                errors.append((ln, "bad variant", v))
    n_correct = counts.get("correct", 0)
    if len(pids) != n_correct:
        errors.append(("pid count", len(pids), n_correct))
    for e in errors[:30]:
        print("ERROR", e)
    print("rows per variant:", counts, "computations checked:", total_checked)
    if errors:
        print("FAIL", len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
