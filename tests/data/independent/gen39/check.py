#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only; does not import the generator).

It re-reads every computation it can parse in each solution (equation chains, GSM-style <<a=b>>
annotations, markdown table rows "| expr | result |", division with remainder "a ÷ b = q R r",
factor / multiple lists, "N is prime" claims), re-derives the gold answer from the problem text,
and asserts:
  * correct rows: no wrong computation, last line "#### <final>", final equals the re-derived gold;
  * slip rows: exactly one line with a wrong computation, and it is the line at `span`, the wrong
    value is written there, and the final is still the gold;
  * carry rows: exactly one wrong line (at `span`), every later computation is consistent, the
    text before it equals the correct row, and the "####" answer differs from the gold;
  * loop rows: no "####" line, `span` is the second copy of a unit repeated `repeats` (8-30) times,
    and the text before the repeats is a prefix of the correct solution.
Prints PASS and exits 0 on success.
"""
import json
import re
import sys
from fractions import Fraction
from math import gcd, isqrt

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]

SUP = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}


# ----------------------------------------------------------------------------
# normalisation
# ----------------------------------------------------------------------------
def _unwrap_cmd(s, cmd, pre="", post=""):
    while True:
        i = s.find(cmd + "{")
        if i < 0:
            return s
        j = i + len(cmd) + 1
        depth = 1
        k = j
        while k < len(s) and depth:
            if s[k] == "{":
                depth += 1
            elif s[k] == "}":
                depth -= 1
            k += 1
        inner = s[j:k - 1]
        s = s[:i] + pre + inner + post + s[k:]


def normalize(line):
    s = line
    s = s.replace("**", " ")
    s = re.sub(r"^\s*#+\s", " ", s)
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", " ", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    for c in ("\\text", "\\mathrm", "\\operatorname", "\\boxed", "\\mathbf"):
        s = _unwrap_cmd(s, c, " ", " ")
    s = _unwrap_cmd(s, "\\sqrt", "√(", ")")
    s = _unwrap_cmd(s, "^", "^(", ")")
    s = s.replace("{,}", ",")
    rep = [("\\times", " × "), ("\\cdot", " × "), ("\\div", " ÷ "), ("\\gcd", " gcd "), ("\\qquad", " ; "),
           ("\\quad", " ; "), ("\\ldots", " … "), ("\\cdots", " … "), ("\\dots", " … "), ("\\,", ""),
           ("\\\\", " "), ("\\[", " "), ("\\]", " "), ("\\(", " "), ("\\)", " "), ("$", " "), ("&", " "),
           ("\\begin{aligned}", " "), ("\\end{aligned}", " "), ("\\approx", " ≈ "), ("\\le", " ≤ "),
           ("\\ge", " ≥ "),
           ("−", "-"), ("·", " × "), ("⋅", " × "), ("...", " … ")]
    for a, b in rep:
        s = s.replace(a, b)
    s = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: "^" + "".join(SUP[c] for c in m.group(0)), s)
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\bminus\b", " - ", s)
    s = re.sub(r"\bequals\b", " = ", s)
    s = re.sub(r"\bsquared\b", "^2", s)
    s = re.sub(r"\bcubed\b", "^3", s)
    s = re.sub(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d])", lambda m: m.group(1).replace(",", ""), s)
    return s


# ----------------------------------------------------------------------------
# tokenizer and parser
# ----------------------------------------------------------------------------
TOK = re.compile(r"\s*(?:(?P<w1>\d+[A-Za-z_][A-Za-z_0-9{}]*)|(?P<num>\d+(?:\.\d+)?)|"
                 r"(?P<w2>[A-Za-z_][A-Za-z_0-9{}]*)|(?P<op>\*\*|[-+×*÷/^√()=≈,…])|(?P<other>\S))")
FUNCS = {"LCM": "lcm", "lcm": "lcm", "GCF": "gcd", "GCD": "gcd", "HCF": "gcd", "gcd": "gcd", "gcf": "gcd"}
REMW = {"R", "r", "remainder"}


def tokenize(s):
    toks = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m:
            break
        pos = m.end()
        if m.group("num"):
            toks.append(("NUM", Fraction(m.group("num"))))
        elif m.group("w1") or m.group("w2"):
            toks.append(("WORD", m.group("w1") or m.group("w2")))
        elif m.group("op"):
            o = m.group("op")
            toks.append(("OP", {"*": "×", "**": "^", "/": "÷"}.get(o, o)))
        elif m.group("other"):
            toks.append(("BRK", m.group("other")))
    # reinterpret words
    out = []
    for i, t in enumerate(toks):
        if t[0] == "WORD":
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            operand_before = prev is not None and (prev[0] == "NUM" or prev == ("OP", ")"))
            operand_after = nxt is not None and (nxt[0] == "NUM" or nxt in (("OP", "("), ("OP", "√")))
            if t[1] == "x" and operand_before and operand_after:
                out.append(("OP", "×"))
                continue
            if t[1] in REMW and prev is not None and prev[0] == "NUM" and nxt is not None and nxt[0] == "NUM":
                out.append(("REM", t[1]))
                continue
            if t[1] in FUNCS and nxt == ("OP", "("):
                out.append(("FN", FUNCS[t[1]]))
                continue
        out.append(t)
    return out


class PErr(Exception):
    pass


def parse_side(toks):
    """Return ('val', Fraction, has_op) or ('rem', q, r) or None."""
    if not toks:
        return None
    if len(toks) == 3 and toks[0][0] == "NUM" and toks[1][0] == "REM" and toks[2][0] == "NUM":
        return ("rem", toks[0][1], toks[2][1])
    if any(t[0] in ("REM", "WORD", "BRK") for t in toks):
        return None
    pos = [0]
    hasop = [False]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat(v=None):
        t = peek()
        if t is None or (v is not None and t[1] != v):
            raise PErr()
        pos[0] += 1
        return t

    def expr():
        v = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            o = eat()[1]
            hasop[0] = True
            w = term()
            v = v + w if o == "+" else v - w
        return v

    def term():
        v = unary()
        while True:
            t = peek()
            if t in (("OP", "×"), ("OP", "÷")):
                eat()
                hasop[0] = True
                w = unary()
                if t[1] == "×":
                    v = v * w
                else:
                    if w == 0:
                        raise PErr()
                    v = v / w
            elif t == ("OP", "("):
                hasop[0] = True
                w = unary()
                v = v * w
            else:
                return v

    def unary():
        if peek() == ("OP", "-"):
            eat()
            return -unary()
        return power()

    def power():
        v = atom()
        if peek() == ("OP", "^"):
            eat()
            hasop[0] = True
            e = unary()
            if e.denominator != 1 or abs(e) > 64:
                raise PErr()
            v = v ** int(e)
        return v

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t[0] == "NUM":
            eat()
            return t[1]
        if t == ("OP", "("):
            eat()
            v = expr()
            eat(")")
            return v
        if t == ("OP", "√"):
            eat()
            hasop[0] = True
            v = atom()
            if v < 0:
                raise PErr()
            if isinstance(v, Fraction) and v.denominator == 1 and isqrt(int(v)) ** 2 == v:
                return Fraction(isqrt(int(v)))
            return float(v) ** 0.5
        if t[0] == "FN":
            eat()
            eat("(")
            args = [expr()]
            while peek() == ("OP", ","):
                eat()
                args.append(expr())
            eat(")")
            hasop[0] = True
            if any(a.denominator != 1 or a <= 0 for a in args):
                raise PErr()
            r = int(args[0])
            for a in args[1:]:
                a = int(a)
                r = gcd(r, a) if t[1] == "gcd" else r * a // gcd(r, a)
            return Fraction(r)
        raise PErr()

    try:
        v = expr()
        if pos[0] != len(toks):
            return None
    except (PErr, ZeroDivisionError, OverflowError):
        return None
    return ("val", v, hasop[0])


def split_runs(toks):
    """Split into runs of math tokens; commas inside function calls are kept."""
    runs = []
    cur = []
    depth_fn = []
    depth = 0
    for i, t in enumerate(toks):
        if t[0] in ("WORD", "BRK") or (t == ("OP", ",") and not depth_fn) or t == ("OP", "…"):
            if t == ("OP", "…"):
                cur.append(("ELL", "…"))
                continue
            if cur:
                runs.append(cur)
            cur = []
            depth = 0
            depth_fn = []
            continue
        if t == ("OP", "("):
            depth += 1
            if cur and cur[-1][0] == "FN":
                depth_fn.append(depth)
        elif t == ("OP", ")"):
            if depth_fn and depth_fn[-1] == depth:
                depth_fn.pop()
            depth -= 1
        cur.append(t)
    if cur:
        runs.append(cur)
    return runs


def check_run(run):
    """Return list of problems (strings) found in one run."""
    sides = [[]]
    seps = []
    for t in run:
        if t in (("OP", "="), ("OP", "≈")):
            sides.append([])
            seps.append(t[1])
        else:
            sides[-1].append(t)
    if len(sides) < 2:
        return []
    bad = []
    parsed = []
    for k, sd in enumerate(sides):
        if any(t[0] == "ELL" for t in sd):
            parsed.append(None)
            continue
        if k == 0 and sd and sd[0][0] == "OP" and sd[0][1] not in ("(", "√"):
            parsed.append(None)
            continue
        if sd and sd[0][0] == "OP" and sd[0][1] in ("+", "×", "÷", "^", ")"):
            parsed.append(None)
            continue
        parsed.append((parse_side(sd), sd))
    for k in range(1, len(parsed)):
        a, b = parsed[k - 1], parsed[k]
        if a is None or b is None or a[0] is None or b[0] is None:
            continue
        pa, sa = a
        pb, sb = b
        if pb[0] == "rem" and pa[0] == "val":
            # a ÷ b = q R r
            if len(sa) == 3 and sa[1] == ("OP", "÷") and sa[0][0] == "NUM" and sa[2][0] == "NUM":
                x, y = sa[0][1], sa[2][1]
                if x.denominator == 1 and y.denominator == 1 and y > 0:
                    q, r = divmod(int(x), int(y))
                    if (q, r) != (pb[1], pb[2]):
                        bad.append("rem")
            continue
        if pa[0] == "val" and pb[0] == "val":
            x, y = pa[1], pb[1]
            if seps[k - 1] == "≈":
                lit = sb if len(sb) == 1 and sb[0][0] == "NUM" else None
                if lit is None:
                    continue
                txt = str(lit[0][1])
                dec = 0
                if isinstance(lit[0][1], Fraction) and lit[0][1].denominator != 1:
                    d = lit[0][1].denominator
                    while d % 10 == 0 or d % 2 == 0 or d % 5 == 0:
                        dec += 1
                        if (lit[0][1] * 10 ** dec).denominator == 1:
                            break
                if abs(float(x) - float(y)) > 0.5 * 10 ** (-dec) + 1e-9:
                    bad.append("approx %s vs %s" % (x, y))
                continue
            if isinstance(x, float) or isinstance(y, float):
                if abs(float(x) - float(y)) > 1e-9:
                    bad.append("eq %s != %s" % (x, y))
                continue
            if x != y:
                bad.append("eq %s != %s" % (x, y))
    return bad


ANN = re.compile(r"<<([^<>=]+)=([^<>]+)>>")


def line_problems(line):
    probs = []
    for m in ANN.finditer(line):
        l = parse_side(tokenize(normalize(m.group(1))))
        r = parse_side(tokenize(normalize(m.group(2))))
        if l and r and l[0] == "val" and r[0] == "val" and l[1] != r[1]:
            probs.append("ann")
    line = ANN.sub(" ", line)
    st = line.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
            for i in range(len(cells) - 1):
                x = parse_side(tokenize(normalize(cells[i])))
                y = parse_side(tokenize(normalize(cells[i + 1])))
                if x and y and x[0] == "val" and y[0] == "val" and x[2] and not y[2] and "=" not in cells[i]:
                    if x[1] != y[1]:
                        probs.append("table")
            line = " ; ".join(cells)
    toks = tokenize(normalize(line))
    for run in split_runs(toks):
        probs += check_run(run)
    return probs


def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def is_prime(n):
    if n < 2:
        return False
    return all(n % p for p in range(2, isqrt(n) + 1))


def claim_problems(line):
    """Checks on lists and prime claims (not arithmetic results)."""
    s = normalize(ANN.sub(" ", line))
    probs = []
    m = re.search(r"[Ff]actors of (\d+)\s*:\s*([\d ,]+)", s)
    if m:
        n = int(m.group(1))
        xs = [int(x) for x in re.findall(r"\d+", m.group(2))]
        if xs != divisors(n):
            probs.append("factor list")
    for m in re.finditer(r"[Mm]ultiples of (\d+)\s*:\s*([\d ,]+)", s):
        n = int(m.group(1))
        xs = [int(x) for x in re.findall(r"\d+", m.group(2))]
        if xs != [n * (i + 1) for i in range(len(xs))]:
            probs.append("multiple list")
    for m in re.finditer(r"(?<![\d^])(\d+) is (?:a )?prime", s):
        if not is_prime(int(m.group(1))):
            probs.append("prime claim")
    return probs


# ----------------------------------------------------------------------------
# gold answers from the problem text
# ----------------------------------------------------------------------------
def nums_of(problem):
    return [int(x.replace(",", "")) for x in re.findall(r"\d+(?:,\d{3})*", problem)]


def lcm(a, b):
    return a * b // gcd(a, b)


def sigma(n):
    return sum(divisors(n))


def factorize(n):
    out = []
    p = 2
    while n > 1:
        while n % p == 0:
            out.append(p)
            n //= p
        p += 1
    return out


def eval_expr_text(t):
    toks = tokenize(normalize(t))
    r = parse_side(toks)
    if not r or r[0] != "val":
        raise ValueError("cannot evaluate " + t)
    return r[1]


def gold(template, problem):
    kind, tag, _ = template.split(".")
    T = dict(kv.split("=") for kv in tag.split(",")) if tag != "base" else {}
    ns = nums_of(problem)
    ask = T.get("ask")
    if kind == "factor_sum":
        return sigma(ns[0])
    if kind == "divisor_count":
        return len(divisors(ns[0]))
    if kind == "prime_fact":
        f = factorize(ns[0])
        return {"largest": max(f), "distinct_sum": sum(set(f)), "count": len(f), "rep_sum": sum(f)}[ask]
    if kind in ("gcf_kits", "gcf_tiles", "gcf_cut"):
        a, c = ns[0], ns[1]
        g = gcd(a, c)
        return {"G": g, "x": a // g, "y": c // g, "xy": (a + c) // g, "tiles": (a // g) * (c // g),
                "side": g, "len": g, "pieces": (a + c) // g}[ask]
    if kind == "lcm_sched":
        L = lcm(ns[0], ns[1])
        return L if ask == "L" else ns[-1] // L
    if kind == "lcm_buy":
        p, q = ns[0], ns[1]
        L = lcm(p, q)
        return {"items": L, "packs_a": L // p, "packs_total": L // p + L // q}[ask]
    if kind == "lcm_three":
        L = lcm(lcm(ns[0], ns[1]), ns[2])
        return L if ask == "L" else ns[-1] // L
    if kind == "gcf_lcm_other":
        g, l, a = ns[0], ns[1], ns[2]
        return g * l // a
    if kind == "digitsum_rem":
        return ns[0] % int(T["m"])
    if kind == "missing_digit":
        m = int(T["m"])
        pat = re.search(r"\d+_\d*|_\d+", problem).group(0)
        ok = [d for d in range(10) if int(pat.replace("_", str(d))) % m == 0]
        if m == 9:
            ok = [d for d in ok if 1 <= d <= 8]
            assert len(ok) == 1
        return ok[0]
    if kind == "div_count":
        m = int(T["m"])
        return sum(1 for x in ns if x >= 100 and x % m == 0)
    if kind == "power_growth":
        r = int(T["r"])
        if r == 1:
            return 2 ** ns[0]
        return ns[0] * r ** ns[-1]
    if kind == "square_fence":
        s = isqrt(ns[0])
        assert s * s == ns[0]
        return s if ask == "side" else 4 * s
    if kind == "cube":
        e = ns[0]
        return e ** 3 if ask == "one" else e ** 3 * ns[1]
    if kind == "seq_nth":
        m = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", problem)
        if m:
            n = int(m.group(1))
            rest = nums_of(problem[:m.start()] + " " + problem[m.end():])
        else:
            n, rest = ns[-1], ns
        a, d = rest[0], rest[1] - rest[0]
        return a + (n - 1) * d
    if kind == "seq_which":
        a, d, X = ns[0], ns[1] - ns[0], ns[-1]
        assert (X - a) % d == 0
        return (X - a) // d + 1
    if kind == "seq_sum":
        order = T["order"]
        vals = dict((ch, v) for ch, v in zip(order, ns) if ch != "_")
        a, d, n = vals["a"], vals["d"], vals["n"]
        return sum(a + i * d for i in range(n))
    if kind == "gauss":
        return sum(range(1, ns[-1] + 1))
    if kind == "handshake":
        n = ns[0]
        return n * (n - 1) // 2
    if kind == "consec":
        S, k, typ = ns[0], int(T["k"]), T["typ"]
        step = 1 if typ == "any" else 2
        sols = [n for n in range(1, S + 1) if sum(n + i * step for i in range(k)) == S and
                (typ == "any" or (typ == "even") == (n % 2 == 0))]
        assert len(sols) == 1
        n = sols[0]
        return {"small": n, "large": n + (k - 1) * step, "mid": n + (k // 2) * step}[ask]
    if kind == "order_ops":
        m = max(re.findall(r"[\d ()+\-−×x*÷/^⁰¹²³⁴⁵⁶⁷⁸⁹]+", problem), key=lambda t: len(t.strip()))
        return eval_expr_text(m)
    if kind == "skip":
        a, d, k = ns[0], ns[1], ns[2]
        return a + k * d if T.get("shift") else a + (k - 1) * d
    if kind == "odd_sum":
        if T["given"] == "L":
            n = (ns[-1] + 1) // 2
        else:
            n = ns[-1]
        return sum(2 * i + 1 for i in range(n))
    if kind == "busrem":
        N, c = ns[0], ns[1]
        return {"ceil": -(-N // c), "floor": N // c, "rem": N % c}[ask]
    if kind == "sqbetween":
        A, B = ns[0], ns[1]
        return sum(1 for k in range(1, B) if A < k * k < B)
    if kind == "multcount":
        order = T["order"]
        vals = dict((ch, v) for ch, v in zip(order, ns) if ch != "_")
        m, B = vals["m"], vals["B"]
        A = vals.get("A", 0)
        return sum(1 for x in range(A + 1, B + 1) if x % m == 0) if "A" in vals else sum(
            1 for x in range(1, B + 1) if x % m == 0)
    if kind == "units":
        return pow(ns[0], ns[1], 10)
    if kind == "expanded":
        if T["mode"] == "pow":
            m = max(re.findall(r"[\d ()+\-×x*÷/^⁰¹²³⁴⁵⁶⁷⁸⁹]+", problem), key=lambda t: len(t.strip()))
            return eval_expr_text(m)
        pv = {"ten-thousand": 10000, "thousand": 1000, "hundred": 100, "ten": 10, "one": 1}
        tot = 0
        for m in re.finditer(r"(\d+) (ten-thousands?|thousands?|hundreds?|tens?|ones?)\b", problem):
            tot += int(m.group(1)) * pv[m.group(2).rstrip("s")]
        return tot
    if kind == "pattern":
        n = ns[-1]
        f = (lambda k: k * k) if T["pat"] == "sq" else (lambda k: k * (k + 1))
        return f(n) if ask == "count" else f(n) - f(n - 1)
    raise KeyError(kind)


# ----------------------------------------------------------------------------
def fail(msg, row=None):
    print("FAIL:", msg)
    if row is not None:
        print(json.dumps(row, ensure_ascii=False)[:3000])
    sys.exit(1)


def line_index_of_span(text, span):
    lines = text.split("\n")
    pos = 0
    for i, l in enumerate(lines):
        if pos == span[0] and pos + len(l) == span[1]:
            return i
        pos += len(l) + 1
    return None


def bad_lines(text, upto=None):
    out = {}
    for i, l in enumerate(text.split("\n")):
        if upto is not None and i >= upto:
            break
        if l.startswith("####"):
            continue
        p = line_problems(l)
        if p:
            out[i] = p
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by_pid = {}
    counts = {}
    for r in rows:
        keys = list(r.keys())
        if keys[:7] != KEYS_BASE:
            fail("key order", r)
        v = r["variant"]
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if keys[7:] != extra:
            fail("extra keys", r)
        by_pid.setdefault(r["pid"], {})
        if v in by_pid[r["pid"]]:
            fail("duplicate variant", r)
        by_pid[r["pid"]][v] = r
        counts[v] = counts.get(v, 0) + 1
    templates = set()
    styles = {}
    for pid, d in by_pid.items():
        if set(d) != {"correct", "slip", "carry", "loop"}:
            fail("variants of " + pid)
        c = d["correct"]
        templates.add(c["template"])
        styles[c["style"]] = styles.get(c["style"], 0) + 1
        for r in d.values():
            for k in ("template", "style", "problem", "final"):
                if r[k] != c[k]:
                    fail("field mismatch " + k, r)
        g = gold(c["template"], c["problem"])
        if str(Fraction(g)) != c["final"] and not (Fraction(g) == Fraction(c["final"])):
            fail("gold %s != final %s" % (g, c["final"]), c)
        # correct
        t = c["solution"]
        lines = t.split("\n")
        if lines[-1] != "#### " + c["final"]:
            fail("correct final line", c)
        if sum(1 for l in lines if l.startswith("####")) != 1:
            fail("correct #### count", c)
        b = bad_lines(t)
        if b:
            fail("correct has wrong computation: %s" % b, c)
        for i, l in enumerate(lines):
            if claim_problems(l):
                fail("correct claim problem line %d: %s" % (i, l), c)
        # slip
        s = d["slip"]
        st = s["solution"]
        li = line_index_of_span(st, s["span"])
        if li is None:
            fail("slip span not a line", s)
        b = bad_lines(st)
        if set(b) != {li}:
            fail("slip bad lines %s vs span line %d" % (b, li), s)
        sl = st.split("\n")
        if not re.search(r"(?<![\d.,])" + re.escape(s["wrong"]) + r"(?![\d])",
                          normalize(ANN.sub(" ", sl[li]))):
            fail("slip wrong value not on its line", s)
        if sl[-1] != "#### " + c["final"]:
            fail("slip final", s)
        for i, l in enumerate(sl):
            if claim_problems(l):
                fail("slip claim problem", s)
        if len(sl) != len(lines) or any(sl[i] != lines[i] for i in range(len(sl)) if i != li):
            fail("slip differs from correct outside its line", s)
        if s["wrong"] == s["right"]:
            fail("slip wrong == right", s)
        # carry
        k = d["carry"]
        kt = k["solution"]
        li = line_index_of_span(kt, k["span"])
        if li is None:
            fail("carry span not a line", k)
        b = bad_lines(kt)
        if set(b) != {li}:
            fail("carry bad lines %s vs span line %d" % (b, li), k)
        kl = kt.split("\n")
        if kl[:li] != lines[:li]:
            fail("carry prefix differs from correct", k)
        if not re.search(r"(?<![\d.,])" + re.escape(k["wrong"]) + r"(?![\d])",
                          normalize(ANN.sub(" ", kl[li]))):
            fail("carry wrong value not on its line", k)
        m = re.fullmatch(r"#### (\S+)", kl[-1])
        if not m:
            fail("carry final line", k)
        if Fraction(m.group(1)) == Fraction(c["final"]):
            fail("carry final equals gold", k)
        for i, l in enumerate(kl[:li]):
            if claim_problems(l):
                fail("carry claim problem", k)
        for l in kl[li + 1:]:
            for p in claim_problems(l):
                if p == "prime claim":
                    fail("carry prime claim", k)
        # loop
        lp = d["loop"]
        lt = lp["solution"]
        if any(l.startswith("####") for l in lt.split("\n")):
            fail("loop has ####", lp)
        a0, a1 = lp["span"]
        unit = lt[a0:a1]
        if not unit or lt[a0 - 1] != "\n":
            fail("loop span start", lp)
        first_start = a0 - 1 - len(unit)
        if first_start < 0 or lt[first_start:a0 - 1] != unit or (first_start > 0 and lt[first_start - 1] != "\n"):
            fail("loop first copy", lp)
        reps = 1
        pos = a0 - 1
        while lt.startswith("\n" + unit, pos):
            reps += 1
            pos += 1 + len(unit)
        if reps != lp["repeats"] or not 8 <= reps <= 30:
            fail("loop repeats %d vs %d" % (reps, lp["repeats"]), lp)
        head = lt[:a0 - 1]
        if not t.startswith(head + "\n"):
            fail("loop head not a prefix of correct", lp)
        rest = lt[pos:]
        if rest and not (rest.startswith("\n") and unit.startswith(rest[1:])):
            fail("loop tail", lp)
        if bad_lines(lt):
            fail("loop has wrong computation", lp)
    print("rows:", len(rows), "problems:", len(by_pid), "templates:", len(templates))
    print("variants:", dict(sorted(counts.items())))
    print("styles:", dict(sorted(styles.items())))
    print("PASS")


if __name__ == "__main__":
    main()
