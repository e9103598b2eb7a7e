#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every computation it can find in a solution (chains like `a op b = c`, worded
`a times b is c`, GSM8K `<<a*b=c>>` annotations, table rows, remainders, ceilings,
clock-time arithmetic and minute/hour restatements) and verifies them with exact fractions.
"""
import json
import math
import re
import sys
from fractions import Fraction as F

UNITS = set("""students student people person buses bus seats seat min minutes minute hours hour h
tickets ticket kids adults adult chaperones chaperone groups group pizzas pizza slices slice bars bar boxes box
cases case bottles bottle miles mile mi sheets sheet vans van transitions gaps gap lunches lunch hot bag
empty full each per free riders""".split())

REL_WORDS = {"is", "gives", "leaves", "equals", "makes"}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TIME = r"(\d{1,2}):(\d{2})\s*(AM|PM)"


def tmin(h, m, ap):
    h = int(h) % 12 + (12 if ap == "PM" else 0)
    return h * 60 + int(m)


def normalize(line):
    s = line
    s = s.replace("\\left", "").replace("\\right", "").replace("{,}", ",")
    s = s.replace("\\quad", " ").replace("\\Rightarrow", " → ")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1 / \2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r"\1", s)
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = s.replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷").replace("\\approx", "≈")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("**", "").replace("*Check:*", "Check:")
    return s


def parse_amount(tok):
    t = tok.replace("$", "").replace(",", "")
    pct = t.endswith("%")
    if pct:
        t = t[:-1]
    v = F(t)
    return v / 100 if pct else v


TOKRE = re.compile(r"\s*(?:(?P<num>\$?(?:%s)%%?)|(?P<op>divided by|times|plus|minus|[+\-−×x*·÷/])|(?P<rel>=|≈)|"
                   r"(?P<word>[A-Za-z]+)|(?P<other>\S))" % NUM)


def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = TOKRE.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        for k in ("num", "op", "rel", "word", "other"):
            if m.group(k) is not None:
                out.append((k, m.group(k)))
                break
    return out


OPMAP = {"+": "+", "plus": "+", "-": "-", "−": "-", "minus": "-", "×": "*", "x": "*", "*": "*", "·": "*",
         "times": "*", "of": "*", "÷": "/", "/": "/", "divided by": "/"}


def evaluate(toks):
    """toks: list of ('n', Fraction) / ('o', '+-*/') / ('(' ')'). Returns Fraction or None."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == "o" and t[1] == "-":
            pos[0] += 1
            return -atom()
        if t[0] == "(":
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[0] != ")":
                raise ValueError
            pos[0] += 1
            return v
        if t[0] == "n":
            pos[0] += 1
            return t[1]
        raise ValueError

    def term():
        v = atom()
        while peek() is not None and peek()[0] == "o" and peek()[1] in "*/":
            o = peek()[1]
            pos[0] += 1
            w = atom()
            v = v * w if o == "*" else v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == "o" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    try:
        v = expr()
    except (ValueError, ZeroDivisionError):
        return None
    if pos[0] != len(toks):
        return None
    return v


def decimals(tok):
    t = tok.replace("$", "").replace(",", "").rstrip("%")
    return len(t.split(".")[1]) if "." in t else 0


def chains(s):
    """Yield (lhs_value, rel, rhs_value, rhs_token, has_op) for expression chains in s."""
    toks = tokenize(s)
    segs = []  # list of segments: each = dict(items, hasop, lasttok)
    cur = []
    rels = []
    results = []

    def flush():
        nonlocal cur, segs, rels
        if len(segs) >= 1 and cur:
            segs.append(cur)
        # evaluate adjacent pairs
        if len(segs) >= 2:
            vals = []
            for sg in segs:
                items = [x for x in sg if x[0] != "u"]
                # strip dangling operators at the ends
                while items and items[-1][0] == "o":
                    items.pop()
                while items and items[0][0] == "o" and items[0][1] != "-":
                    items.pop(0)
                vals.append((evaluate(items), any(x[0] == "o" and not (i == 0 and x[1] == "-")
                                                   for i, x in enumerate(items)),
                             next((x[2] for x in reversed(items) if x[0] == "n"), None)))
            for i in range(len(segs) - 1):
                a, b = vals[i], vals[i + 1]
                if a[0] is None or b[0] is None:
                    continue
                results.append((a[0], rels[i], b[0], b[2], a[1] or b[1]))
        segs, rels, cur = [], [], []

    i = 0
    last = None
    while i < len(toks):
        k, t = toks[i]
        if k == "num":
            if last == "n":
                flush()
            cur.append(("n", parse_amount(t), t))
            last = "n"
        elif k == "op" or (k == "word" and t == "of" and last == "n"):
            if t == "x" and last != "n":
                flush()
                last = None
            else:
                cur.append(("o", OPMAP[t]))
                last = "o"
        elif k == "other" and t in "()":
            cur.append((t,))
            last = t
        elif k == "rel" or (k == "word" and t in REL_WORDS and any(x[0] == "o" for x in cur)) or \
                (k == "word" and t == "comes" and i + 1 < len(toks) and toks[i + 1][1] == "to"):
            if k == "word" and t == "comes":
                i += 1
            if not cur:
                flush()
                last = None
                i += 1
                continue
            segs.append(cur)
            rels.append("≈" if t == "≈" else "=")
            cur = []
            last = "r"
        elif k == "word" and last == "n" and t.lower() in UNITS:
            pass
        elif k == "word" and t == "per" and last in ("n",):
            pass
        else:
            flush()
            last = None
        i += 1
    flush()
    return results


def check_line(line):
    """Return (n_checked, n_wrong, wrong_values)"""
    n = 0
    bad = []
    s = normalize(line)
    # table rows: | title | calc | result |
    if s.strip().startswith("|") and not set(s.strip()) <= set("|- "):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) >= 3:
            calc, res = cells[-2], cells[-1]
            if "=" in calc or "R " in calc or "remainder" in calc or "≈" in calc:
                s = calc + " ; " + res
            else:
                s = calc + " = " + res
    # gsm annotations
    for m in re.finditer(r"<<([^<>=]+)=([^<>]+)>>", s):
        toks = []
        for k, t in tokenize(m.group(1)):
            toks.append(("n", parse_amount(t)) if k == "num" else ("o", OPMAP[t]) if k == "op" else (t,))
        v = evaluate(toks)
        n += 1
        if v != F(m.group(2)):
            bad.append(m.group(2))
    s = re.sub(r"<<[^<>]*>>", "", s)
    # time + minutes = time
    for m in re.finditer(TIME + r"\s*\+\s*(\d+)\s*(?:min|minutes)\s*=\s*" + TIME, s):
        n += 1
        a = tmin(*m.group(1, 2, 3)) + int(m.group(4))
        if a != tmin(*m.group(5, 6, 7)):
            bad.append("%s:%s %s" % m.group(5, 6, 7))
    s = re.sub(TIME + r"\s*\+\s*(\d+)\s*(?:min|minutes)\s*=\s*" + TIME, " ; ", s)
    # time - time = minutes
    for m in re.finditer(TIME + r"\s*[−-]\s*" + TIME + r"\s*=\s*(\d+)", s):
        n += 1
        if tmin(*m.group(1, 2, 3)) - tmin(*m.group(4, 5, 6)) != int(m.group(7)):
            bad.append(m.group(7))
    s = re.sub(TIME + r"\s*[−-]\s*" + TIME + r"\s*=\s*", " ", s)
    # minutes = h hours m minutes
    for m in re.finditer(r"(\d+)\s*(?:min|minutes)\s*=\s*(\d+)\s*hours?(?:\s*(\d+)\s*minutes?)?", s):
        n += 1
        if int(m.group(1)) != int(m.group(2)) * 60 + int(m.group(3) or 0):
            bad.append(m.group(2))
    s = re.sub(r"=\s*(\d+)\s*hours?(?:\s*(\d+)\s*minutes?)?", " ", s)
    # quotient with remainder
    for m in re.finditer(r"(%s)\s*(?:÷|/)\s*(%s)\s*=\s*(\d+)\s*(?:R|remainder)\s*(\d+)" % (NUM, NUM), s):
        n += 1
        a, b = parse_amount(m.group(1)), parse_amount(m.group(2))
        q, r = int(m.group(3)), int(m.group(4))
        if not (q * b + r == a and 0 <= r < b):
            bad.append(m.group(3))
    rem_q = [(parse_amount(m.group(1)), parse_amount(m.group(2)))
             for m in re.finditer(r"(%s)\s*(?:÷|/)\s*(%s)\s*=\s*(\d+)\s*(?:R|remainder)" % (NUM, NUM), s)]
    s = re.sub(r"=\s*(\d+)\s*(?:R|remainder)\s*(\d+)", " ; ", s)
    # ceilings
    for m in re.finditer(r"\\lceil\s*\(?\s*(%s)\s*(?:/|÷)\s*(%s)\s*\)?\s*\\rceil\s*=\s*(\d+)" % (NUM, NUM), s):
        n += 1
        if math.ceil(parse_amount(m.group(1)) / parse_amount(m.group(2))) != int(m.group(3)):
            bad.append(m.group(3))
    s = re.sub(r"\\lceil.*?\\rceil\s*=\s*\d+", " ; ", s)
    # round-up conclusions: "a ÷ b = q..., round up to c" / "R r, so we need c"
    for m in re.finditer(r"(%s)\s*(?:÷|/)\s*(%s)\s*(?:=|≈)[^,→]*?(?:,|→)\s*(?:so\s+)?(?:we\s+)?(?:round up to|which rounds up to|need)\s+(\d+)"
                         % (NUM, NUM), s):
        n += 1
        if math.ceil(parse_amount(m.group(1)) / parse_amount(m.group(2))) != int(m.group(3)):
            bad.append(m.group(3))
    for lhs, rel, rhs, rtok, hasop in chains(s):
        n += 1
        if rel == "=":
            ok = lhs == rhs
        else:
            d = decimals(rtok or "0")
            ok = abs(lhs - rhs) <= F(1, 2) / 10 ** d + F(1, 10 ** 9) and lhs != rhs
        if not ok:
            bad.append(rtok)
    return n, bad


def final_of(text):
    lines = [l for l in text.split("\n") if l.strip()]
    if not lines or not lines[-1].startswith("#### "):
        return None
    return lines[-1][5:].strip()


def num_eq(a, b):
    try:
        return F(a.replace(",", "")) == F(b.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return a == b


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    stats = {"lines_checked": 0}
    pids = {}
    for r in rows:
        if list(r)[:7] != keys:
            errs.append((r.get("pid"), "key order"))
        pids.setdefault(r["pid"], []).append(r["variant"])
        text = r["solution"]
        v = r["variant"]
        offs = []
        p = 0
        for ln in text.split("\n"):
            offs.append((p, p + len(ln), ln))
            p += len(ln) + 1
        if v == "loop":
            a, b = r["span"]
            unit = text[a:b]
            first = text[a - len(unit) - 1:a - 1]
            if unit != first or "####" in text or r["repeats"] < 8 or r["repeats"] > 30:
                errs.append((r["pid"], "loop structure"))
            if text.count(unit) < r["repeats"]:
                errs.append((r["pid"], "loop repeats"))
            continue
        wrong_lines = []
        total = 0
        for a, b, ln in offs:
            if ln.startswith("####"):
                continue
            n, bad = check_line(ln)
            total += n
            if bad:
                wrong_lines.append((a, b, ln, bad))
        stats["lines_checked"] += total
        if total < 2:
            errs.append((r["pid"], v, "too few computations parsed", total))
        fin = final_of(text)
        if v == "correct":
            if wrong_lines:
                errs.append((r["pid"], v, "wrong computation in correct row", wrong_lines))
            if fin is None or not num_eq(fin, r["final"]):
                errs.append((r["pid"], v, "final mismatch", fin, r["final"]))
        else:
            a, b = r["span"]
            if len(wrong_lines) != 1 or (wrong_lines[0][0], wrong_lines[0][1]) != (a, b):
                errs.append((r["pid"], v, "fault location", wrong_lines, r["span"]))
            elif r["wrong"].replace("−", "-") not in normalize(text[a:b]).replace(",", "").replace("$", "").replace("−", "-"):
                errs.append((r["pid"], v, "wrong value not on line", r["wrong"]))
            if v == "slip" and (fin is None or not num_eq(fin, r["final"])):
                errs.append((r["pid"], v, "slip final should be right", fin))
            if v == "carry" and (fin is None or num_eq(fin, r["final"])):
                errs.append((r["pid"], v, "carry final should differ", fin))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "variants", vs))
    for e in errs[:40]:
        print("FAIL", e)
    print("rows=%d problems=%d computations_checked=%d errors=%d" % (len(rows), len(pids), stats["lines_checked"], len(errs)))
    if errs:
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
