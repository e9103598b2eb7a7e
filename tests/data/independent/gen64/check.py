#!/usr/bin/env python3
"""Independent re-checker for the games/sports/leagues set (stdlib only).

It does not import the generator.  It re-reads every computation it can find
in the rendered text (plain, markdown, LaTeX, tables, worded operators, times
m:ss / h:mm:ss, money, percentages, remainders) and asserts:
  * correct rows: no wrong computation, '#### <final>' matches the gold final;
  * slip rows: exactly one wrong computation, inside `span`, final correct;
  * carry rows: exactly one wrong computation, inside `span`, every other
    computation right, and a '####' final different from the gold one;
  * loop rows: no '####', `span` is the second copy of a unit repeated
    `repeats` times, and no wrong computation.
Usage: python3 check.py [set.jsonl]   -> prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
EXTRA = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
         "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}


# ------------------------------------------------------------------ normalise

def normalize(s):
    s = s.replace("\\$", "\x00")
    s = re.sub(r"\\text\{([^}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r" \1 ", s)
    s = re.sub(r"\\frac\{([^}]*)\}\{([^}]*)\}", r"(\1) / (\2)", s)
    for a, b in (("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\%", "%"), ("{,}", ","), ("\\left", ""), ("\\right", ""),
                 ("\\[", " "), ("\\]", " "), ("\\(", " "), ("\\)", " "), ("$", " "),
                 ("\x00", "$"), ("**", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\bis (?:about|approximately|roughly)\b", " ≈ ", s)
    for a, b in ((r"\btimes\b", "×"), (r"\bmultiplied by\b", "×"), (r"\bdivided by\b", "÷"),
                 (r"\bplus\b", "+"), (r"\bminus\b", "−")):
        s = re.sub(a, b, s)
    s = re.sub(r"(\d)-(?=[A-Za-z])", r"\1", s)
    s = re.sub(r"(\d)x(?=[\d(])", r"\1 x ", s)
    s = re.sub(r"\b([A-Za-z]+)/([A-Za-z]+)\b", r"\1per\2", s)
    return s


TOKRE = re.compile(r"""
 (?P<word>\d+[A-Za-z][A-Za-z0-9]*|[A-Za-z][A-Za-z'’]*\d*)
|(?P<time>\d+:\d{2}(?::\d{2})?(?!\d))
|(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|\$?\.\d+%?)
|(?P<op>[+\-−×*·÷/])
|(?P<lp>\()
|(?P<rp>\))
|(?P<eq>[=≈])
|(?P<ws>\s+)
|(?P<other>.)
""", re.X)

EQWORDS = ("is", "equals", "makes", "gives")


class Tok:
    __slots__ = ("t", "s", "a", "b")

    def __init__(self, t, s, a, b):
        self.t, self.s, self.a, self.b = t, s, a, b


def tokenize(s):
    out = []
    for m in TOKRE.finditer(s):
        k = m.lastgroup
        if k == "ws":
            continue
        if k == "other":
            out.append(Tok("brk", m.group(), m.start(), m.end()))
        else:
            out.append(Tok(k, m.group(), m.start(), m.end()))
    return out


class Val:
    """value, percent flag, raw value as written, unit of last written place"""

    def __init__(self, v, pct=False, raw=None, ulp=None, single=True, has_op=False, div=None):
        self.v, self.pct, self.raw, self.ulp = v, pct, raw, ulp
        self.single, self.has_op, self.div = single, has_op, div


def num_val(tok):
    s = tok.s
    if tok.t == "time":
        parts = [int(x) for x in s.split(":")]
        v = 0
        for x in parts:
            v = v * 60 + x
        return Val(F(v), False, F(v), F(1))
    pct = s.endswith("%")
    s = s.rstrip("%").lstrip("$").replace(",", "")
    if "." in s:
        a, b = s.split(".")
        raw = F(int(a or "0") * 10 ** len(b) + int(b), 10 ** len(b))
        ulp = F(1, 10 ** len(b))
    else:
        raw, ulp = F(int(s)), F(1)
    v = raw / 100 if pct else raw
    return Val(v, pct, raw, ulp)


class Parser:
    def __init__(self, toks):
        self.k = toks
        self.i = 0

    def peek(self, d=0):
        j = self.i + d
        return self.k[j] if j < len(self.k) else None

    def is_x(self, j):
        t = self.k[j] if j < len(self.k) else None
        n = self.k[j + 1] if j + 1 < len(self.k) else None
        return t is not None and t.t == "word" and t.s == "x" and n is not None and n.t in ("num", "time", "lp")

    def skip_units(self):
        j = self.i
        n = 0
        while j < len(self.k) and self.k[j].t == "word" and n < 4 and not self.is_x(j) \
                and self.k[j].s not in EQWORDS and self.k[j].s not in ("remainder", "R"):
            j += 1
            n += 1
        if n == 0:
            return
        t = self.k[j] if j < len(self.k) else None
        if t is not None and (t.t in ("op", "eq", "rp") or self.is_x(j) or
                              (t.t == "word" and t.s in EQWORDS)):
            self.i = j

    def factor(self):
        t = self.peek()
        if t is None:
            raise ValueError
        if t.t == "op" and t.s in "-−":
            self.i += 1
            v = self.factor()
            return Val(-v.v, v.pct, -v.raw if v.raw is not None else None, v.ulp, v.single, v.has_op)
        if t.t in ("num", "time"):
            self.i += 1
            v = num_val(t)
            self.skip_units()
            return v
        if t.t == "lp":
            self.i += 1
            v = self.expr()
            r = self.peek()
            if r is None or r.t != "rp":
                raise ValueError
            self.i += 1
            self.skip_units()
            if v.single:
                return v
            return Val(v.v, False, None, None, False, v.has_op)
        raise ValueError

    def term(self):
        v = self.factor()
        first = v
        ops = 0
        while True:
            save = self.i
            t = self.peek()
            if t is not None and t.t == "op" and t.s in "×*·÷/":
                op = t.s
                self.i += 1
            elif self.is_x(self.i):
                op = "×"
                self.i += 1
            else:
                break
            try:
                w = self.factor()
            except ValueError:
                self.i = save
                break
            ops += 1
            if op in "÷/":
                if w.v == 0:
                    raise ValueError
                nv = v.v / w.v
                div = (v.v, w.v) if ops == 1 and first.single and w.single else None
            else:
                nv = v.v * w.v
                div = None
            v = Val(nv, False, None, None, False, True, div)
        return v

    def expr(self):
        v = self.term()
        while True:
            t = self.peek()
            if t is not None and t.t == "op" and t.s in "+-−":
                save = self.i
                self.i += 1
                try:
                    w = self.term()
                except ValueError:
                    self.i = save
                    break
                nv = v.v + w.v if t.s == "+" else v.v - w.v
                v = Val(nv, False, None, None, False, True)
            else:
                break
        return v


def close(l, r, rel):
    cands = [(r.v, r.ulp)]
    if r.single and r.pct:
        cands.append((r.raw, r.ulp))
    elif r.single and r.pct is False and r.ulp is not None:
        pass
    for c, ulp in cands:
        if rel == "=":
            if l.v == c:
                return True
        else:
            tol = (ulp or F(1)) / 2
            if r.pct and c == r.v:
                tol = tol / 100
            if abs(l.v - c) <= tol:
                return True
    return False


def find_links(line):
    """Return list of (ok, start, end) for every checked relation in a line."""
    s = normalize(line)
    links = []
    stripped = s.strip()
    if stripped.startswith("|") and stripped.endswith("|") and not set(stripped) <= set("|-: "):
        cells = stripped.strip("|").split("|")
        for ci, cell in enumerate(cells):
            links += chains(cell)
            if ci + 1 < len(cells) and "=" not in cell and "=" not in cells[ci + 1]:
                lk = table_pair(cell, cells[ci + 1])
                if lk is not None:
                    links.append(lk)
        return links
    return chains(s)


def table_pair(a, b):
    ta, tb = tokenize(a), tokenize(b)
    if not ta or not tb:
        return None
    p = Parser(ta)
    try:
        lv = p.expr()
    except ValueError:
        return None
    if p.i != len(ta) or not lv.has_op:
        return None
    rel = "="
    j = 0
    if tb[0].t == "eq":
        rel = tb[0].s
        j = 1
    q = Parser(tb)
    q.i = j
    try:
        rv = q.factor()
    except ValueError:
        return None
    if not rv.single:
        return None
    rem = None
    if q.peek() is not None and q.peek().t == "word" and q.peek().s in ("remainder", "R"):
        q.i += 1
        rem = num_val(q.peek()).v
        q.i += 1
    while q.peek() is not None and q.peek().t == "word":
        q.i += 1
    if q.i != len(tb):
        return None
    return (check_rel(lv, rv, rel, rem), 0, 0)


def check_rel(l, r, rel, rem):
    if rem is not None:
        if l.div is None:
            return False
        a, b = l.div
        return r.v * b + rem == a and 0 <= rem < b
    return close(l, r, rel)


def chains(s):
    toks = tokenize(s)
    links = []
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = toks[i - 1] if i > 0 else None
        startable = t.t in ("num", "time", "lp") or (
            t.t == "op" and t.s in "-−" and i + 1 < len(toks) and toks[i + 1].t in ("num", "time"))
        if not startable or (prev is not None and (prev.t in ("op", "num", "time", "rp") or
                                                   (prev.t == "word" and prev.s == "x"))):
            i += 1
            continue
        p = Parser(toks)
        p.i = i
        try:
            segs = [p.expr()]
        except ValueError:
            i += 1
            continue
        rels, rems = [], []
        while True:
            t2 = p.peek()
            if t2 is None:
                break
            if t2.t == "eq":
                rel = t2.s
            elif t2.t == "word" and t2.s in EQWORDS and segs[-1].has_op:
                rel = "="
            else:
                break
            save = p.i
            p.i += 1
            try:
                v = p.expr()
            except ValueError:
                p.i = save
                break
            rem = None
            t3 = p.peek()
            if t3 is not None and t3.t == "word" and t3.s in ("remainder", "R") and \
                    p.peek(1) is not None and p.peek(1).t == "num":
                rem = num_val(p.peek(1)).v
                p.i += 2
            segs.append(v)
            rels.append(rel)
            rems.append(rem)
        if len(segs) >= 2:
            any_op = any(x.has_op for x in segs)
            conv = any(x.pct for x in segs) and any(not x.pct for x in segs)
            if any_op or conv:
                a = toks[i].a
                b = toks[p.i - 1].b
                for k in range(len(rels)):
                    links.append((check_rel(segs[k], segs[k + 1], rels[k], rems[k]), a, b))
            i = p.i
        else:
            i = max(p.i, i + 1)
    return links


def scan(text):
    """All links in the text with absolute line spans."""
    res = []
    pos = 0
    for line in text.split("\n"):
        for ok, _, _ in find_links(line):
            res.append((ok, pos, pos + len(line)))
        pos += len(line) + 1
    return res


def final_of(text):
    lines = text.rstrip("\n").split("\n")
    last = lines[-1]
    if not last.startswith("#### "):
        return None
    return last[5:].strip()


def same_number(a, b):
    def conv(x):
        x = x.replace(",", "")
        if ":" in x:
            v = 0
            for p in x.split(":"):
                v = v * 60 + int(p)
            return ("t", v)
        return ("n", F(x))
    try:
        return conv(a) == conv(b)
    except (ValueError, ZeroDivisionError):
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errors = []
    counts = {}
    nlinks = 0
    pids = {}
    styles = {}
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(raw)
        v = r.get("variant")
        keys = list(r.keys())
        if keys != KEYS + EXTRA.get(v, ["?"]):
            errors.append((ln, "keys", keys))
            continue
        counts[v] = counts.get(v, 0) + 1
        styles[r["style"]] = styles.get(r["style"], 0) + 1
        pids.setdefault(r["pid"], []).append(v)
        text = r["solution"]
        links = scan(text)
        nlinks += len(links)
        bad = [x for x in links if not x[0]]
        fin = final_of(text)
        if v == "correct":
            if bad:
                errors.append((ln, "wrong computation in correct row", bad[:2]))
            if fin is None or fin != r["final"]:
                errors.append((ln, "final mismatch", fin, r["final"]))
            if not links:
                errors.append((ln, "no computation found"))
        elif v in ("slip", "carry"):
            a, b = r["span"]
            span_text = text[a:b]
            if len(bad) != 1:
                errors.append((ln, v, "expected exactly one wrong computation, got", len(bad)))
            elif not (bad[0][1] == a and bad[0][2] == b):
                errors.append((ln, v, "wrong computation outside span", bad[0][1:], (a, b)))
            if r["wrong"] not in span_text:
                errors.append((ln, v, "wrong value not in span", r["wrong"]))
            if r["wrong"] == r["right"]:
                errors.append((ln, v, "wrong == right"))
            if "\n" in span_text or (a > 0 and text[a - 1] != "\n") or (b < len(text) and text[b] != "\n"):
                errors.append((ln, v, "span is not a whole line"))
            if fin is None:
                errors.append((ln, v, "no final line"))
            elif v == "slip" and fin != r["final"]:
                errors.append((ln, "slip final differs", fin, r["final"]))
            elif v == "carry" and same_number(fin, r["final"]):
                errors.append((ln, "carry final equals gold", fin))
            if v == "carry" and fin is not None and ":" not in fin:
                body = text[:text.rfind("####")]
                nums = set(re.findall(r"-?(?:\d[\d,]*(?:\.\d+)?|\.\d+)", normalize(body).replace("−", "-")))
                if not any(same_number(x, fin) for x in sorted(nums)):
                    errors.append((ln, "carry final not stated in body", fin))
        elif v == "loop":
            a, b = r["span"]
            unit = text[a:b]
            R = r["repeats"]
            if "####" in text:
                errors.append((ln, "loop has final line"))
            if not unit.strip() or not (8 <= R <= 30):
                errors.append((ln, "bad loop unit/repeats"))
            first = a - len(unit) - 1
            if first < 0 or text[first:first + len(unit)] != unit or (first > 0 and text[first - 1] != "\n"):
                errors.append((ln, "loop first copy missing"))
            k = 0
            pos = first
            while text[pos:pos + len(unit)] == unit and (pos + len(unit) == len(text) or text[pos + len(unit)] == "\n"):
                k += 1
                pos += len(unit) + 1
            if k != R:
                errors.append((ln, "loop repeat count", k, R))
            if bad:
                errors.append((ln, "wrong computation in loop row", bad[:2]))
            if not links:
                errors.append((ln, "no computation found"))
        else:
            errors.append((ln, "bad variant", v))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errors.append((pid, "variants", vs))
    print("rows:", sum(counts.values()), dict(sorted(counts.items())))
    print("styles:", dict(sorted(styles.items())))
    print("computations re-checked:", nlinks)
    if errors:
        for e in errors[:40]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
