#!/usr/bin/env python3
"""Independent re-checker for the compound-units set (stdlib only; does not import the generator).

It re-reads every equation chain it can find in a solution (plain, markdown, LaTeX, tables,
GSM8K <<calc>> annotations, worded operators, clock times, min:sec times, prime marks, money),
evaluates each side with unit awareness and flags lines whose sides disagree.
"""
import json
import re
import sys
from fractions import Fraction as F

# ---------------------------------------------------------------- units
U = {}


def _u(dim, factor, *names):
    for n in names:
        U[n] = (dim, F(factor))


_u("time", 3600, "h", "hr", "hrs", "hour", "hours")
_u("time", 60, "min", "mins", "minute", "minutes")
_u("time", 1, "s", "sec", "secs", "second", "seconds")
_u("time", 86400, "day", "days")
_u("time", 604800, "wk", "wks", "week", "weeks")
_u("mi", 16, "lb", "lbs", "pound", "pounds")
_u("mi", 1, "oz", "ounce", "ounces")
_u("li", 12, "ft", "foot", "feet")
_u("li", 1, "in", "inch", "inches")
_u("li", 36, "yd", "yds", "yard", "yards")
_u("lm", 1000000, "km", "kilometer", "kilometers", "kilometre", "kilometres")
_u("lm", 1000, "m", "meter", "meters", "metre", "metres")
_u("lm", 10, "cm", "centimeter", "centimeters", "centimetre", "centimetres")
_u("lm", 1, "mm", "millimeter", "millimeters")
_u("mm", 1000, "kg", "kilogram", "kilograms")
_u("mm", 1, "g", "gram", "grams")
_u("vm", 1000, "l", "liter", "liters", "litre", "litres")
_u("vm", 1, "ml", "milliliter", "milliliters", "millilitre", "millilitres")
_u("vu", 768, "gal", "gallon", "gallons")
_u("vu", 192, "qt", "quart", "quarts")
_u("vu", 96, "pt", "pint", "pints")
_u("vu", 48, "cup", "cups")
_u("vu", 6, "floz")
_u("vu", 3, "tbsp", "tablespoon", "tablespoons")
_u("vu", 1, "tsp", "teaspoon", "teaspoons")
_u("money", 100, "dollar", "dollars")
_u("money", 1, "cent", "cents", "¢")

UNI = {"½": F(1, 2), "⅓": F(1, 3), "⅔": F(2, 3), "¼": F(1, 4), "¾": F(3, 4), "⅛": F(1, 8),
       "⅜": F(3, 8), "⅝": F(5, 8), "⅞": F(7, 8)}


def unit_of(word):
    w = word.lower()
    if w in U:
        return U[w]
    if "/" in w:
        a, b = w.split("/", 1)
        if a in U and b in U and U[a][0] == U[b][0]:
            return (None, U[a][1] / U[b][1])
    return None


# ---------------------------------------------------------------- cleaning
def clean_latex(s):
    s = s.replace("\\$", "$")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\mathrm\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"(\d)\s*\\frac\{(\d+)\}\{(\d+)\}", r"\1 \2/\3", s)
    s = re.sub(r"\\frac\{(\d+)\}\{(\d+)\}", r"\1/\2", s)
    s = s.replace("{:}", ":")
    for a, b in (("\\times", "×"), ("\\div", "÷"), ("\\cdot", "·"), ("\\left", ""), ("\\right", ""),
                 ("\\Rightarrow", "→"), ("\\implies", "→"), ("\\rightarrow", "→"), ("\\to", "→"),
                 ("\\approx", "≈"), ("\\quad", " | "), ("\\qquad", " | "), ("\\,", " "), ("\\;", " "),
                 ("\\!", ""), ("\\ ", " "), ("\\\\", " "), ("\\[", " "), ("\\]", " "), ("\\(", " "),
                 ("\\)", " "), ("&", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\\(begin|end)\{[a-z*]+\}", " ", s)
    return s


TOKRE = re.compile(r"""
 (?P<clock>\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.))
|(?P<hms>\d+:\d{2}:\d{2})
|(?P<colon>\d+:\d{2})
|(?P<mixed>\d+\s?[½⅓⅔¼¾⅛⅜⅝⅞]|\d+\ \d+/\d+(?![\d/]))
|(?P<frac>\d+/\d+(?![\d/])|[½⅓⅔¼¾⅛⅜⅝⅞])
|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
|(?P<op>[+\-−×*·÷/()=→⇒≈$'′"″¢])
|(?P<word>[A-Za-z]+(?:/[A-Za-z]+)?)
|(?P<other>\S)
""", re.X)

OPWORDS = {"times": "*", "plus": "+", "minus": "-", "of": "*", "x": "*"}
EQWORDS = {"is", "equals", "gives"}


def parse_number(kind, s):
    if kind == "num":
        return F(s.replace(",", ""))
    if kind == "frac":
        if s in UNI:
            return UNI[s]
        a, b = s.split("/")
        return F(int(a), int(b))
    if kind == "mixed":
        s = s.strip()
        if s[-1] in UNI:
            return F(int(s[:-1].strip())) + UNI[s[-1]]
        w, fr = s.split(" ")
        a, b = fr.split("/")
        return F(int(w)) + F(int(a), int(b))
    raise ValueError


def tokenize(s):
    toks = []
    for m in TOKRE.finditer(s):
        k = m.lastgroup
        t = m.group(k)
        if k in ("mixed", "frac", "num"):
            toks.append(("num", parse_number(k, t)))
        elif k == "clock":
            hh, rest = t.split(":")
            mm = int(rest[:2])
            pm = "p" in rest.lower()
            h = int(hh) % 12 + (12 if pm else 0)
            toks.append(("clock", h * 60 + mm))
        elif k == "hms":
            a, b, c = t.split(":")
            toks.append(("hms", int(a) * 3600 + int(b) * 60 + int(c)))
        elif k == "colon":
            a, b = t.split(":")
            toks.append(("colon", int(a) * 60 + int(b)))
        elif k == "op":
            t = {"−": "-", "×": "*", "·": "*", "÷": "/", "⇒": "→", "′": "'", "″": '"'}.get(t, t)
            if t in ("=", "→"):
                toks.append(("eq", t))
            elif t == "≈":
                toks.append(("sep", t))
            else:
                toks.append(("op", t))
        elif k == "word":
            toks.append(("word", t))
        else:
            toks.append(("sep", t))
    # second pass: classify words / primes / currency
    out = []
    for i, (k, v) in enumerate(toks):
        prev = out[-1] if out else None
        if k == "op" and v in ("'", '"'):
            if prev and prev[0] == "num":
                out.append(("unit", "ft" if v == "'" else "in"))
            else:
                out.append(("sep", v))
            continue
        if k == "op" and v == "¢":
            if prev and prev[0] == "num":
                out.append(("unit", "¢"))
            else:
                out.append(("sep", v))
            continue
        if k == "op" and v == "$":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt and nxt[0] == "num":
                out.append(("dollar", None))
            else:
                out.append(("sep", v))
            continue
        if k == "word":
            lw = v.lower()
            if prev and prev[0] == "num" and unit_of(v) is not None and not (prev_is_dollar(out)):
                out.append(("unit", lw))
                continue
            if lw in ("r", "remainder") and prev and prev[0] == "num":
                out.append(("rem", None))
                continue
            if lw in OPWORDS and prev and prev[0] in ("num", "unit"):
                out.append(("op", OPWORDS[lw]))
                continue
            if lw == "divided":
                out.append(("op", "/"))
                continue
            if lw == "by" and prev and prev == ("op", "/"):
                continue
            if lw in EQWORDS:
                out.append(("eq", lw))
                continue
            if lw == "and" and prev and prev[0] == "unit" and i + 2 < len(toks) and toks[i + 1][0] == "num" \
                    and toks[i + 2][0] == "word" and unit_of(toks[i + 2][1]) is not None:
                continue
            out.append(("word", v))
            continue
        out.append((k, v))
    return out


def prev_is_dollar(out):
    return len(out) >= 2 and out[-2][0] == "dollar"


# ---------------------------------------------------------------- evaluation
class V:
    __slots__ = ("dim", "amt", "unit", "div")

    def __init__(self, dim, amt, unit=None, div=None):
        self.dim, self.amt, self.unit, self.div = dim, F(amt), unit, div


class PErr(Exception):
    pass


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def take(self):
        x = self.peek()
        self.i += 1
        return x

    def expr(self):
        a = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            o = self.take()[1]
            b = self.term()
            a = add(a, b, o)
        return a

    def term(self):
        a = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/":
            o = self.take()[1]
            b = self.factor()
            a = mul(a, b) if o == "*" else div(a, b)
        return a

    def factor(self):
        k, v = self.peek()
        if k == "op" and v == "(":
            self.take()
            a = self.expr()
            if self.take() != ("op", ")"):
                raise PErr("paren")
            return V(a.dim, a.amt, a.unit)
        if k == "dollar":
            self.take()
            k2, n = self.take()
            return V("money", n * 100, ("money", F(100)))
        if k == "num":
            self.take()
            n = v
            parts = []
            while self.peek()[0] == "unit":
                u = unit_of(self.take()[1])
                parts.append((n, u))
                if self.peek()[0] == "num" and self.i + 1 < len(self.t) and self.t[self.i + 1][0] == "unit":
                    n = self.take()[1]
                else:
                    break
            if not parts:
                return V(None, n)
            dims = set(p[1][0] for p in parts)
            if len(dims) != 1:
                raise PErr("mixed dims")
            dim = parts[0][1][0]
            amt = sum(n_ * u[1] for n_, u in parts)
            unit = parts[0][1] if len(parts) == 1 else None
            return V(dim, amt, unit)
        if k == "clock":
            self.take()
            return V("clock", v)
        if k == "colon":
            self.take()
            return V("colon", v)
        if k == "hms":
            self.take()
            return V("time", v)
        raise PErr("factor %r" % (k,))


def add(a, b, o):
    s = 1 if o == "+" else -1
    if a.dim == b.dim and a.dim not in ("clock",):
        return V(a.dim, a.amt + s * b.amt, a.unit if a.unit == b.unit else None)
    if a.dim == "clock" and b.dim == "clock" and o == "-":
        return V("time", (a.amt - b.amt) * 60)
    if a.dim == "clock" and b.dim == "time":
        if (b.amt / 60).denominator != 1:
            raise PErr("clock")
        return V("clock", a.amt + s * b.amt / 60)
    raise PErr("add dims")


def mul(a, b):
    if a.dim is None and b.dim is None:
        return V(None, a.amt * b.amt)
    if a.dim is None:
        return V(b.dim, a.amt * b.amt, b.unit)
    if b.dim is None:
        return V(a.dim, a.amt * b.amt, a.unit)
    raise PErr("mul dims")


def div(a, b):
    if b.amt == 0:
        raise PErr("div0")
    if b.dim is None:
        return V(a.dim, a.amt / b.amt, a.unit, div=(a, b))
    if a.dim == b.dim:
        return V(None, a.amt / b.amt, None, div=(a, b))
    raise PErr("div dims")


def eval_side(toks):
    # strip unbalanced parens at the edges
    toks = list(toks)
    while toks and toks[0] == ("op", "(") and sum(1 for t in toks if t == ("op", "(")) > sum(1 for t in toks if t == ("op", ")")):
        toks = toks[1:]
    while toks and toks[-1] == ("op", ")") and sum(1 for t in toks if t == ("op", ")")) > sum(1 for t in toks if t == ("op", "(")):
        toks = toks[:-1]
    if not toks:
        return None
    # remainder form: num R num
    if len(toks) == 3 and toks[0][0] == "num" and toks[1][0] == "rem" and toks[2][0] == "num":
        return ("rem", toks[0][1], toks[2][1])
    p = Parser(toks)
    try:
        v = p.expr()
    except PErr:
        return None
    if p.i != len(toks):
        return None
    return v


def same(a, b):
    """True/False if comparable, None if not comparable."""
    if isinstance(a, tuple) or isinstance(b, tuple):
        return None
    if a.dim is None and b.dim is None:
        return a.amt == b.amt
    if a.dim is None or b.dim is None:
        if a.dim is not None:
            # a quantity followed by a bare number ("9 h = 9 x 60"): the number is in another unit
            return None
        num, q = a, b
        if q.unit is None or q.dim in ("colon", "clock"):
            return None
        return num.amt * q.unit[1] == q.amt
    if a.dim == b.dim:
        return a.amt == b.amt
    dims = {a.dim, b.dim}
    if dims == {"colon", "time"}:
        c, t = (a, b) if a.dim == "colon" else (b, a)
        return c.amt == t.amt or c.amt * 60 == t.amt
    if dims == {"colon", "clock"}:
        c, k = (a, b) if a.dim == "colon" else (b, a)
        return c.amt == k.amt
    return None


def check_rem(left, rem):
    if not isinstance(left, V) or left.div is None:
        return None
    a, b = left.div
    if a.dim != b.dim and not (a.dim is not None and b.dim is None):
        return None
    if a.dim is not None and b.dim is None:
        # e.g. 7 ft / 5 = 1 R 2 is not written by the generator; skip
        return None
    q, r = rem[1], rem[2]
    return q * b.amt + r == a.amt and 0 <= r < b.amt and q.denominator == 1


def check_chain(toks):
    """Returns (n_checked, n_bad) for one chunk of tokens."""
    sides = [[]]
    for t in toks:
        if t[0] == "eq":
            sides.append([])
        else:
            sides[-1].append(t)
    if len(sides) < 2:
        return 0, 0
    vals = [eval_side(s) for s in sides]
    nchk = nbad = 0
    for i in range(len(vals) - 1):
        a, b = vals[i], vals[i + 1]
        if a is None or b is None:
            continue
        if isinstance(b, tuple) and b[0] == "rem":
            r = check_rem(a, b)
        elif isinstance(a, tuple):
            r = None
        else:
            r = same(a, b)
            if r is None or (a.dim is not None and b.dim is not None):
                r = r if r is not None else None
        if r is None:
            continue
        nchk += 1
        if not r:
            nbad += 1
    # all pairs of dimensioned values
    dv = [v for v in vals if isinstance(v, V) and v.dim is not None]
    for i in range(len(dv)):
        for j in range(i + 2, len(dv)) if False else range(i + 1, len(dv)):
            r = same(dv[i], dv[j])
            if r is None:
                continue
            nchk += 1
            if not r:
                nbad += 1
    return nchk, nbad


def split_notes(ch):
    """Split a chunk at parentheses that wrap an equality, e.g. 635 min (1 h = 60 min)."""
    depth = 0
    for i, t in enumerate(ch):
        if t == ("op", "("):
            d = 0
            for j in range(i, len(ch)):
                if ch[j] == ("op", "("):
                    d += 1
                elif ch[j] == ("op", ")"):
                    d -= 1
                    if d == 0:
                        break
            else:
                j = len(ch)
            inner = ch[i + 1:j]
            if any(x[0] == "eq" for x in inner):
                return split_notes(ch[:i]) + split_notes(inner) + split_notes(ch[j + 1:])
    return [ch] if ch else []


def chunks(toks):
    for ch in _chunks(toks):
        for c in split_notes(ch):
            yield c


def _chunks(toks):
    cur = []
    for t in toks:
        if t[0] in ("word", "sep"):
            if cur:
                yield cur
            cur = []
        else:
            cur.append(t)
    if cur:
        yield cur


def statements(line):
    calcs = re.findall(r"<<([^<>]*)>>", line)
    line = re.sub(r"<<[^<>]*>>", " ", line)
    if "\\" in line:
        line = clean_latex(line)
    line = line.replace("**", " ").replace("`", " ").replace("__", " ")
    line = re.sub(r"^\s*(?:[-*•▸+]|\d+[.)])\s+", "", line)
    line = re.sub(r"fl(uid)? ?oz|fluid ounces?", "floz", line)
    line = re.sub(r",\s+(which is|i\.e\.,?|that is|or)\s+", " = ", line)
    parts = re.split(r"\s*\|\s*|;\s+|:\s+|:$|,\s+|\.\s+|\.$|\(\s*(?=[A-Za-z])|\s+so\s+|\s+and\s+(?=\d+\s*[+\-−×x*·÷/])", line)
    return [p for p in parts if p and p.strip()] + calcs


def check_line(line):
    nchk = nbad = 0
    for st in statements(line):
        toks = tokenize(st)
        for ch in chunks(toks):
            c, b = check_chain(ch)
            nchk += c
            nbad += b
    return nchk, nbad


def check_text(text):
    """Returns (list of (start, end) spans of lines with a wrong computation, total comparisons)."""
    bad = []
    total = 0
    pos = 0
    for ln in text.split("\n"):
        if ln.startswith("####"):
            pos += len(ln) + 1
            continue
        c, b = check_line(ln)
        total += c
        if b:
            bad.append([pos, pos + len(ln)])
        pos += len(ln) + 1
    return bad, total


def final_of(text):
    lines = text.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("#### "):
        return lines[-1][5:].strip()
    return None


def numeq(a, b):
    try:
        return F(a.replace(",", "")) == F(b.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return False


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    correct = {}
    stats = {"comparisons": 0}
    pids = set()
    for r in rows:
        if list(r.keys())[:7] != keys:
            errs.append((r.get("pid"), "key order"))
        if r["variant"] == "correct":
            if r["pid"] in pids:
                errs.append((r["pid"], "dup pid"))
            pids.add(r["pid"])
            correct[r["pid"]] = r["solution"]
    for r in rows:
        pid, var, sol = r["pid"], r["variant"], r["solution"]
        bad, n = check_text(sol)
        stats["comparisons"] += n
        stats.setdefault(var, 0)
        stats[var] += 1
        fin = final_of(sol)
        if var == "correct":
            if bad:
                errs.append((pid, var, "wrong computation", [sol[a:b] for a, b in bad]))
            if fin is None or not numeq(fin, r["final"]):
                errs.append((pid, var, "final", fin, r["final"]))
            if n == 0:
                errs.append((pid, var, "nothing checked"))
            body = sol[: sol.rfind("####")]
            if r["final"] not in body.replace(",", "") and r["final"] + "0" not in body.replace(",", ""):
                errs.append((pid, var, "final not derived in body"))
        elif var in ("slip", "carry"):
            sp = r["span"]
            if len(bad) != 1 or bad[0] != sp:
                errs.append((pid, var, "fault location", bad, sp, [sol[a:b] for a, b in bad], sol[sp[0]:sp[1]]))
            base = correct[pid]
            if sol[: sp[0]] != base[: sp[0]]:
                errs.append((pid, var, "prefix differs from correct"))
            if fin is None:
                errs.append((pid, var, "no final"))
            elif var == "slip" and not numeq(fin, r["final"]):
                errs.append((pid, var, "slip final", fin, r["final"]))
            elif var == "carry" and numeq(fin, r["final"]):
                errs.append((pid, var, "carry final equals gold"))
            for k in ("wrong", "right", "step", "kind"):
                if k not in r:
                    errs.append((pid, var, "missing " + k))
            if r["wrong"] == r["right"]:
                errs.append((pid, var, "wrong == right"))
        elif var == "loop":
            sp, reps = r["span"], r["repeats"]
            if "####" in sol:
                errs.append((pid, var, "loop has final"))
            unit = sol[sp[0]:sp[1]]
            L = len(unit)
            sepl = 2 if sol[sp[0] - 2:sp[0]] == "\n\n" and sol[sp[0] - L - 2:sp[0] - 2] == unit else 1
            first0 = sp[0] - L - sepl
            if first0 < 0 or sol[first0:first0 + L] != unit:
                errs.append((pid, var, "first copy mismatch"))
            else:
                cnt, p = 0, first0
                while sol[p:p + L] == unit:
                    cnt += 1
                    p += L + sepl
                if cnt != reps:
                    errs.append((pid, var, "repeats", cnt, reps))
                if not (8 <= reps <= 30):
                    errs.append((pid, var, "repeat count range"))
                base = correct[pid]
                if sol[: first0 + L] != base[: first0 + L]:
                    errs.append((pid, var, "loop prefix not from correct"))
            if bad:
                errs.append((pid, var, "wrong computation in loop", [sol[a:b] for a, b in bad]))
        else:
            errs.append((pid, "unknown variant"))
    for e in errs[:40]:
        print("ERR", e)
    print("rows=%d %s" % (len(rows), " ".join("%s=%s" % kv for kv in sorted(stats.items()))))
    if errs:
        print("FAIL (%d problems)" % len(errs))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
