#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can parse (`a op b = c`, `≈`, worded
`times ... is`, LaTeX, table rows, GSM8K `<<a*b=c>>` annotations, floor/ceil brackets,
`q remainder r`, and `a < b` comparisons) and asserts the per-variant contract.
"""
import json
import re
import sys
from fractions import Fraction as Fr

UNITW = {"oz", "ounces", "ounce", "g", "grams", "kg", "lb", "lbs", "pounds", "points", "pts"}
KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]


def latex_norm(s):
    s = s.replace("{,}", ",")
    s = s.replace(r"\(", " ").replace(r"\)", " ").replace(r"\[", " ").replace(r"\]", " ")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    rep = [(r"\times", "×"), (r"\cdot", "×"), (r"\div", "÷"), (r"\$", "$"), ("{,}", ","), (r"\%", "%"),
           (r"\approx", "≈"), (r"\left(", "("), (r"\right)", ")"), (r"\lfloor", "⌊"), (r"\rfloor", "⌋"),
           (r"\lceil", "⌈"), (r"\rceil", "⌉"), (r"\quad\Rightarrow\quad", ", so "), (r"\,", " ")]
    for a, b in rep:
        s = s.replace(a, b)
    return s


def table_norm(s):
    if not s.lstrip().startswith("|"):
        return s
    cells = [c.strip() for c in s.strip().strip("|").split("|")]
    if len(cells) < 2 or set("".join(cells)) <= set("-: "):
        return s
    out = []
    i = 0
    while i < len(cells):
        c = cells[i]
        bare = re.sub(r"\b(?:oz|g|kg|lb|points|of)\b", "", c)
        if (i + 1 < len(cells) and re.search(r"\d", c) and re.search(r"[×x*÷/+\-−·%]", c)
                and re.fullmatch(r"[\d\s$.,()×x*÷/+\-−·⌊⌋⌈⌉%¢]+", bare)
                and "=" not in c and re.match(r"^(?:[≈$\-−\d]|about )", cells[i + 1])):
            nxt = cells[i + 1]
            out.append(c + (" " if nxt.startswith("≈") else " = ") + nxt)
            i += 2
        else:
            out.append(c)
            i += 1
    return " ; ".join(out)


def norm(line):
    s = line.replace("**", "").replace("`", "")
    s = latex_norm(s)
    s = table_norm(s)
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", s)
    s = s.replace("−", "-")
    s = re.sub(r"\btimes\b", "×", s)
    s = re.sub(r"\bdivided by\b", "÷", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"\bminus\b", "-", s)
    s = re.sub(r"(\d),(\d{3})", r"\1\2", s)
    s = re.sub(r"(\d),(\d{3})", r"\1\2", s)
    s = re.sub(r"(\d+(?:\.\d+)?)\s*¢", lambda m: "(%s/100)" % m.group(1), s)
    s = re.sub(r"(\d+(?:\.\d+)?)%\s+of\b", lambda m: "(%s/100) ×" % m.group(1), s)
    return s


TOK = re.compile(r"\d+(?:\.\d+)?|<<|>>|[A-Za-z]+|≈|=|[-+×*·÷/()⌊⌋⌈⌉<>$%:;,.!?✓→]|\S")


def tokenize(s):
    return TOK.findall(s)


def is_num(t):
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", t))


OPS = {"+", "-", "×", "*", "·", "÷", "/", "x"}


class P:
    def __init__(self, toks):
        self.t = toks
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
            op = self.take()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek() in ("×", "*", "·", "÷", "/", "x"):
            op = self.take()
            r = self.factor()
            v = v / r if op in ("÷", "/") else v * r
        return v

    def factor(self):
        t = self.take()
        if t == "-":
            return -self.factor()
        if t == "(":
            v = self.expr()
            assert self.take() == ")"
            return v
        if t in ("⌊", "⌈"):
            v = self.expr()
            c = self.take()
            assert c in ("⌋", "⌉")
            n, d = v.numerator, v.denominator
            return Fr(n // d) if t == "⌊" else Fr(-((-n) // d))
        if is_num(t):
            return Fr(t)
        raise ValueError(t)


def evaluate(toks):
    p = P(toks)
    v = p.expr()
    if p.i != len(toks):
        raise ValueError("trailing")
    return v


LHS_OK = OPS | {"(", ")", "⌊", "⌋", "⌈", "⌉", "$"} | UNITW


def check_relations(s):
    """Return list of (ok, written_value_str) for every checkable computation on a normalized line."""
    res = []
    toks = tokenize(s)
    prev_rel_val = None
    for i, t in enumerate(toks):
        if t not in ("=", "≈", "is"):
            continue
        # RHS
        j = i + 1
        approx = t == "≈"
        neg = False
        while j < len(toks) and toks[j] in ("$", "about", "roughly", "approximately"):
            if toks[j] != "$":
                approx = True
            j += 1
        if j < len(toks) and toks[j] == "-":
            neg = True
            j += 1
            if j < len(toks) and toks[j] == "$":
                j += 1
        if j >= len(toks) or not is_num(toks[j]):
            prev_rel_val = None
            continue
        rhs_s = toks[j]
        rhs = Fr(rhs_s) * (-1 if neg else 1)
        k = j + 1
        if "rounded" in toks[k:k + 6]:
            approx = True
        rem = None
        if k + 1 < len(toks) and toks[k] in ("remainder", "R") and is_num(toks[k + 1]):
            rem = Fr(toks[k + 1])
        # LHS
        a = i - 1
        lhs = []
        while a >= 0 and toks[a] in LHS_OK or (a >= 0 and is_num(toks[a])):
            lhs.insert(0, toks[a])
            a -= 1
        lhs = [x for x in lhs if x not in UNITW and x != "$"]
        # unbalanced leading parens
        while lhs and lhs[0] == "(" and lhs.count("(") > lhs.count(")"):
            lhs = lhs[1:]
        while lhs and lhs[0] in OPS and lhs[0] != "-":
            lhs = lhs[1:]
        # 'x' is an operator only between numbers
        if t == "is" and not any(x in OPS for x in lhs):
            continue
        chain = a >= 0 and toks[a] in ("=", "≈", "is") and len(lhs) == 1 and is_num(lhs[0])
        if not lhs or (not any(x in OPS or x in "⌊⌈" for x in lhs[1:] + lhs[:1]) and not chain):
            prev_rel_val = rhs
            continue
        val = None
        for st in range(len(lhs)):
            sub = lhs[st:]
            if st and not (chain and len(sub) == 1) and not any(x in OPS or x in "⌊⌈" for x in sub):
                break
            try:
                val = evaluate(sub)
                lhs = sub
                break
            except (ValueError, AssertionError, IndexError, ZeroDivisionError):
                continue
        if val is None:
            continue
        if rem is not None:
            # a ÷ b = q remainder r
            try:
                a_, b_ = Fr(lhs[0]), Fr(lhs[-1])
                ok = a_ == rhs * b_ + rem and 0 <= rem < b_
            except ValueError:
                ok = False
        elif approx:
            d = len(rhs_s.split(".")[1]) if "." in rhs_s else 0
            ok = abs(val - rhs) <= Fr(1, 2 * 10 ** d)
        else:
            ok = val == rhs
        res.append((ok, ("-" if neg else "") + rhs_s))
        prev_rel_val = rhs
    # comparisons
    for i, t in enumerate(toks):
        if t in ("<", ">") and i >= 1 and is_num(toks[i - 1]):
            j = i + 1
            if j < len(toks) and toks[j] == "$":
                j += 1
            if j < len(toks) and is_num(toks[j]):
                a_, b_ = Fr(toks[i - 1]), Fr(toks[j])
                res.append(((a_ < b_) if t == "<" else (a_ > b_), toks[j]))
    return res


def line_results(line):
    out = []
    # GSM8K calculator annotations
    for m in re.finditer(r"<<([^<>=]*)=([^<>]*)>>", line):
        try:
            v = evaluate(tokenize(norm(m.group(1))))
            out.append((v == Fr(m.group(2).strip()), m.group(2).strip()))
        except (ValueError, AssertionError, IndexError, ZeroDivisionError):
            pass
    line2 = re.sub(r"<<[^<>]*>>", "", line)
    out += check_relations(norm(line2))
    return out


def scan(text):
    """Return (n_checked, wrong) where wrong = {(line_start, line_end): set(values)}."""
    wrong = {}
    n = 0
    pos = 0
    for line in text.split("\n"):
        for ok, v in line_results(line):
            n += 1
            if not ok:
                wrong.setdefault((pos, pos + len(line)), set()).add(abs(Fr(v)))
        pos += len(line) + 1
    return n, wrong


def final_of(text):
    last = text.rstrip("\n").split("\n")[-1]
    assert last.startswith("#### "), last
    return last[5:].strip()


def same_num(a, b):
    return Fr(a) == Fr(b)


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = {}
    fails = []
    stats = {}
    nchecked = 0
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
    pids = set()
    for r in rows:
        v = r["variant"]
        stats[v] = stats.get(v, 0) + 1
        keys = list(r.keys())
        exp = KEYS_BASE + (["span", "wrong", "right", "step", "kind"] if v in ("slip", "carry") else
                           ["span", "repeats"] if v == "loop" else [])
        if keys != exp:
            fails.append((r["pid"], v, "keys %s" % keys))
            continue
        text = r["solution"]
        n, wrong = scan(text)
        nchecked += n
        try:
            if v == "correct":
                assert (r["pid"], v) not in pids
                assert not wrong, "wrong computations %s" % wrong
                assert same_num(final_of(text), r["final"]), "final"
                assert n >= 1, "nothing checked"
            elif v in ("slip", "carry"):
                a, b = r["span"]
                assert list(wrong.keys()) == [(a, b)], "wrong lines %s vs span %s" % (wrong, r["span"])
                assert len(wrong[(a, b)]) == 1, "more than one wrong value on the line"
                assert r["wrong"].lstrip("-") in text[a:b].replace("{,}", "").replace(",", ""), "wrong value not on span line"
                assert "\n" not in text[a:b]
                assert not same_num(r["wrong"], r["right"])
                base = by[r["pid"]]["correct"]["solution"]
                assert text[:a] == base[:a], "prefix differs from correct solution"
                f = final_of(text)
                if v == "slip":
                    assert same_num(f, r["final"]), "slip final"
                else:
                    assert not same_num(f, r["final"]), "carry final equals gold"
            elif v == "loop":
                a, b = r["span"]
                unit = text[a:b]
                reps = r["repeats"]
                assert 8 <= reps <= 30
                assert "####" not in text
                head = text[:a - 1]
                assert head.endswith(unit), "first copy"
                base = by[r["pid"]]["correct"]["solution"]
                assert base.startswith(head), "loop prefix not from correct solution"
                body = text[a:]
                full = "\n".join([unit] * (reps - 1))
                assert body.startswith(full), "copies"
                tail = body[len(full):]
                assert tail == "" or (tail.startswith("\n") and unit.startswith(tail[1:]) and len(tail) > 1), "tail"
                assert not wrong, "loop text contains a wrong computation %s" % wrong
            pids.add((r["pid"], v))
        except AssertionError as e:
            fails.append((r["pid"], v, str(e)))
    for p, d in by.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            fails.append((p, "-", "variants %s" % sorted(d)))
    print("rows:", len(rows), stats, "computations checked:", nchecked)
    if fails:
        for f in fails[:40]:
            print("FAIL", f)
        print("FAILED", len(fails))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
