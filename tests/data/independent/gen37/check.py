#!/usr/bin/env python3
"""Independent re-checker for the written-methods set (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution: equation chains (a op b = c = ...),
remainders (= q R r), long-division phrases ("6 goes into 27 four times", "How many 6s in 27? 4",
"bring down the 5 to make 35"), column bookkeeping ("= 12, write 2 and carry 1"), counting up
("From 37 to 40 is 3"), counting on ("jump 30 to 78"), doubling/halving ("Double 25 to get 50"),
grid tables and vertical layouts in code blocks.  Then it asserts the variant contract.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

WORDNUM = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "once": 1, "twice": 2}
NUMRE = r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?¢?|\$?\d+(?:\.\d+)?¢?"
TOK = re.compile(r"(?P<num>%s)|(?P<op>[+×*·÷/()−-])|(?P<eq>=)|(?P<apx>≈)|(?P<word>[A-Za-z]+)|(?P<sp>\s+)|(?P<oth>.)" % NUMRE)
REMWORDS = {"R", "r", "remainder"}
MULS = {"×", "*", "·", "x"}


def num(s):
    s = s.strip()
    cents = s.endswith("¢")
    s = s.replace("$", "").replace(",", "").replace("¢", "")
    v = F(s)
    return v / 100 if cents else v


def normalize(line):
    s = line
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\times", "×").replace("\\div", "÷").replace("\\approx", "≈").replace("\\cdot", "·")
    s = s.replace("\\$", "$").replace("{,}", ",").replace("\\text{ R }", " R ")
    s = re.sub(r"\\boxed\{([^}]*)\}", r"\1", s)
    s = s.replace("**", "").replace("`", "")
    return s


class Expr:
    def __init__(self):
        self.toks = []
        self.rem = None


def tokenize(s):
    out = []
    for mo in TOK.finditer(s):
        k = mo.lastgroup
        if k == "sp":
            continue
        out.append((k, mo.group(), mo.start(), mo.end()))
    # resolve 'x' and '-' as operators only between operands
    res = []
    for i, (k, t, a, b) in enumerate(out):
        prev = res[-1] if res else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        between = (prev is not None and (prev[0] == "num" or prev[1] == ")") and nxt is not None and
                   (nxt[0] == "num" or nxt[1] == "("))
        if k == "word" and t == "x":
            k = "op" if between else "word"
        if k == "op" and t == "-" and not between:
            k = "oth"
        res.append((k, t, a, b))
    return res


def parse_chains(s):
    """Return list of chains; each chain = list of Expr, with end offset."""
    toks = tokenize(s)
    chains = []
    chain = []
    cur = Expr()
    i = 0

    def close_expr():
        nonlocal cur
        e = cur
        cur = Expr()
        return e

    def end_chain(endpos):
        nonlocal chain
        if cur.toks:
            chain.append(close_expr())
        if len(chain) >= 2:
            chains.append((chain, endpos))
        chain = []

    lastend = 0
    while i < len(toks):
        k, t, a, b = toks[i]
        if k == "num" or k == "op":
            cur.toks.append((k, t))
            lastend = b
        elif k == "eq":
            if cur.toks:
                chain.append(close_expr())
            elif not chain:
                pass
            lastend = b
        elif k == "apx":
            end_chain(lastend)
        elif k == "word":
            # remainder after a number inside a chain
            if t in REMWORDS and cur.toks and cur.toks[-1][0] == "num" and chain:
                j = i + 1
                if j < len(toks) and toks[j][0] == "num":
                    cur.rem = num(toks[j][1])
                    lastend = toks[j][3]
                    i = j + 1
                    end_chain(lastend)
                    continue
            if t == "with" and cur.toks and chain:
                m = re.match(r"with (?:a )?remainder (?:of )?(\d+)", s[a:])
                if m:
                    cur.rem = F(m.group(1))
                    lastend = a + m.end()
                    while i < len(toks) and toks[i][2] < lastend:
                        i += 1
                    end_chain(lastend)
                    continue
            # unit word between a number and an operator / equals sign
            j = i
            while j < len(toks) and toks[j][0] == "word" and j - i < 2 and toks[j][1] not in REMWORDS:
                j += 1
            if cur.toks and cur.toks[-1][0] == "num" and j < len(toks) and toks[j][0] in ("op", "eq") \
                    and toks[j][1] not in "()" and j > i:
                i = j
                continue
            end_chain(lastend)
        else:
            end_chain(lastend)
        i += 1
    end_chain(lastend)
    return chains


def evaluate(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError("eof")
        if t[1] == "(":
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[1] != ")":
                raise ValueError("paren")
            pos[0] += 1
            return v
        if t[0] == "num":
            pos[0] += 1
            return num(t[1])
        raise ValueError("atom %r" % (t,))

    def term():
        v = atom()
        while peek() is not None and (peek()[1] in MULS or peek()[1] in "÷/"):
            op = peek()[1]
            pos[0] += 1
            w = atom()
            if op in MULS:
                v = v * w
            else:
                if w == 0:
                    raise ValueError("div0")
                v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[1] in "+−-":
            op = peek()[1]
            pos[0] += 1
            w = term()
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ValueError("trailing")
    return v


def is_div(toks):
    return len(toks) == 3 and toks[0][0] == "num" and toks[1][1] in "÷/" and toks[2][0] == "num"


class Checker:
    def __init__(self):
        self.stats = Counter()

    def chain_errors(self, chains):
        """Return (errors, infos) where infos = [(endpos, displayed_last, true_prev)]."""
        errs = 0
        infos = []
        for chain, endpos in chains:
            vals = []
            ok = True
            for e in chain:
                try:
                    if e.rem is not None:
                        vals.append(("rem", evaluate(e.toks), e.rem))
                    else:
                        vals.append(("v", evaluate(e.toks), None))
                except (ValueError, ZeroDivisionError):
                    ok = False
                    break
            if not ok:
                self.stats["unparsed_chain"] += 1
                continue
            self.stats["chains"] += 1
            true_prev = None
            for k in range(1, len(vals)):
                a, b = vals[k - 1], vals[k]
                if b[0] == "rem":
                    ea = chain[k - 1]
                    if not is_div(ea.toks):
                        errs += 1
                        continue
                    n, d = num(ea.toks[0][1]), num(ea.toks[2][1])
                    if not (n.denominator == 1 and d.denominator == 1 and b[1] == n // d and b[2] == n % d):
                        errs += 1
                    true_prev = n // d
                    continue
                if a[0] == "rem":
                    continue
                if a[1] != b[1]:
                    errs += 1
                true_prev = a[1]
            last = vals[-1][1]
            infos.append((endpos, last, true_prev if true_prev is not None else last))
        return errs, infos

    def line_errors(self, raw, state):
        s = normalize(raw)
        errs = 0
        chains = parse_chains(s)
        e, infos = self.chain_errors(chains)
        errs += e
        # events in order of position for stateful checks
        events = []
        for endpos, disp, tru in infos:
            events.append((endpos, "chain", (disp, tru)))
        for m in re.finditer(r"(%s) goes into (%s) (zero times|once|twice|\w+ times|\d+ times?)" % (NUMRE, NUMRE), s):
            events.append((m.start(), "goes", m))
        for m in re.finditer(r"How many (%s)s in (%s)\? (\w+)" % (NUMRE, NUMRE), s):
            events.append((m.start(), "howmany", m))
        for m in re.finditer(r"(%s) doesn't go into (%s)" % (NUMRE, NUMRE), s):
            events.append((m.start(), "notinto", m))
        for m in re.finditer(r"[Bb]ring down the (\d) to make (%s)" % NUMRE, s):
            events.append((m.start(), "bring", m))
        for m in re.finditer(r"(?:,|→)?\s*(?:so\s+)?write (\d+)(?:(?:,| and) carry (\d+))?(?! in)", s):
            events.append((m.start(), "write", m))
        for m in re.finditer(r"From (%s) to (%s) is (%s)" % (NUMRE, NUMRE, NUMRE), s):
            events.append((m.start(), "from", m))
        for m in re.finditer(r"([Dd]ouble|[Hh]alve) (%s) to get (%s)" % (NUMRE, NUMRE), s):
            events.append((m.start(), "dh", m))
        for m in re.finditer(r"Count on from (%s):" % NUMRE, s):
            events.append((m.start(), "counton", m))
        for m in re.finditer(r"jump (%s) to (%s)" % (NUMRE, NUMRE), s):
            events.append((m.start(), "jump", m))
        events.sort(key=lambda x: x[0])
        chain_before = None
        for pos, kind, m in events:
            if kind == "chain":
                chain_before = (pos, m)
                state["last"] = {m[0], m[1]}
                continue
            self.stats[kind] += 1
            if kind == "goes":
                d, M = num(m.group(1)), num(m.group(2))
                w = m.group(3).split()[0]
                q = WORDNUM.get(w.lower(), None)
                if q is None:
                    q = F(w) if w.isdigit() else None
                if q is None or q != M // d:
                    errs += 1
                if q == 0:
                    state["last"] = {M}
            elif kind == "howmany":
                d, M = num(m.group(1)), num(m.group(2))
                w = m.group(3)
                q = WORDNUM.get(w.lower(), F(w) if w.isdigit() else None)
                if q is None or q != M // d:
                    errs += 1
                if q == 0:
                    state["last"] = {M}
            elif kind == "notinto":
                d, M = num(m.group(1)), num(m.group(2))
                if not M < d:
                    errs += 1
            elif kind == "bring":
                dg, N = F(m.group(1)), num(m.group(2))
                prev = (N - dg) / 10
                if N % 10 != dg or prev not in state.get("last", set()):
                    errs += 1
                state["last"] = {N}
            elif kind == "write":
                if chain_before is None or pos - chain_before[0] > 4:
                    self.stats["write_unanchored"] += 1
                    continue
                disp, tru = chain_before[1]
                d = F(m.group(1))
                cr = m.group(2)
                good = False
                for S in (disp, tru):
                    if cr is None and d == S:
                        good = True
                    if cr is not None and d == S % 10 and F(cr) == S // 10:
                        good = True
                if not good:
                    errs += 1
            elif kind == "from":
                a, b, c = num(m.group(1)), num(m.group(2)), num(m.group(3))
                if c != b - a:
                    errs += 1
            elif kind == "dh":
                a, b = num(m.group(2)), num(m.group(3))
                if (m.group(1).lower() == "double" and b != 2 * a) or (m.group(1).lower() == "halve" and b * 2 != a):
                    errs += 1
            elif kind == "counton":
                state["pos"] = {num(m.group(1))}
            elif kind == "jump":
                j, to = num(m.group(1)), num(m.group(2))
                if not any(p + j == to for p in state.get("pos", set())):
                    errs += 1
                state["pos"] = {to} | {p + j for p in state.get("pos", set())}
        return errs

    def grid_errors(self, lines):
        """Grid tables: header '× | a | b', rows 'r | cell | cell'."""
        bad = []
        cols = None
        for off, ln in lines:
            t = normalize(ln).strip()
            if not t.startswith("|"):
                cols = None
                continue
            cells = [x.strip() for x in t.strip("|").split("|")]
            if cells and cells[0] in ("×", "x", "*", "·"):
                try:
                    cols = [num(x) for x in cells[1:]]
                except Exception:
                    cols = None
                continue
            if cols is None or set(cells[0]) <= set("-"):
                continue
            try:
                r = num(cells[0])
                vals = []
                for x in cells[1:]:
                    lm = re.fullmatch(r"(\d)/(\d)", x)
                    vals.append(F(int(lm.group(1)) * 10 + int(lm.group(2))) if lm else num(x))
            except Exception:
                continue
            self.stats["grid_row"] += 1
            if len(vals) != len(cols) or any(v != r * q for v, q in zip(vals, cols)):
                bad.append(off)
        return bad

    def block_errors(self, block):
        """Vertical layout inside a code fence. block = [(off, line)]. Returns offsets of bad result lines."""
        rows = []
        bad_rows = []
        for off, ln in block:
            t = ln.strip()
            if not t or set(t) <= set("-"):
                rows.append((off, "rule", None))
                continue
            m = re.fullmatch(r"([+×x*·−-])?\s*(\d+)(?:\s+\((\d+) [×x*·] (\d+)\))?", t)
            if not m:
                return []
            rows.append((off, m.group(1) or "", F(m.group(2))))
            if m.group(3):
                self.stats["pp_row"] += 1
                if F(m.group(3)) * F(m.group(4)) != F(m.group(2)):
                    bad_rows.append(off)
        nums = [r for r in rows if r[1] != "rule"]
        rules = [i for i, r in enumerate(rows) if r[1] == "rule"]
        if not rules:
            return []
        self.stats["code_block"] += 1
        first_rule = rules[0]
        ops_ = [r for r in rows[:first_rule]]
        res_off, _, res = rows[-1]
        opnd = [r[2] for r in ops_]
        op = ops_[-1][1]
        if len(rules) == 1:
            if op == "+":
                ok = sum(opnd) == res
            elif op in ("-", "−"):
                ok = opnd[0] - opnd[1] == res
            else:
                ok = opnd[0] * opnd[1] == res
            return [] if ok else [res_off]
        # long multiplication: a, ×b, rule, row0, +row1, rule, total
        a, b = opnd[0], opnd[1]
        mids = [r for r in rows[first_rule + 1:rules[1]]]
        bad = list(bad_rows)
        b0, b1 = b % 10, b - b % 10
        if len(mids) != 2 and sum(r[2] for r in mids) != res:
            bad.append(res_off)
        if len(mids) == 2:
            if mids[0][2] != a * b0:
                bad.append(mids[0][0])
            if mids[1][2] != a * b1:
                bad.append(mids[1][0])
            if mids[0][2] + mids[1][2] != res:
                bad.append(res_off)
        if a * b != res:
            bad.append(res_off)
        return bad

    def errors(self, text):
        """Offsets (line starts) of lines holding a wrong computation."""
        out = []
        state = {}
        off = 0
        lines = []
        for ln in text.split("\n"):
            lines.append((off, ln))
            off += len(ln) + 1
        in_code = False
        block = []
        for o, ln in lines:
            if ln.strip().startswith("```"):
                if in_code:
                    out += self.block_errors(block)
                    block = []
                in_code = not in_code
                continue
            if in_code:
                block.append((o, ln))
                continue
            if ln.startswith("####"):
                continue
            if self.line_errors(ln, state):
                out.append(o)
        out += self.grid_errors(lines)
        return sorted(set(out))


def final_of(text):
    last = text.rstrip("\n").split("\n")[-1]
    m = re.fullmatch(r"#### (\S+)", last)
    return m.group(1) if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ck = Checker()
    by = defaultdict(dict)
    fails = []
    counts = Counter()
    keys_order = {"correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
                  "slip": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong",
                           "right", "step", "kind"],
                  "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"]}
    keys_order["carry"] = keys_order["slip"]
    for row in rows:
        by[row["pid"]][row["variant"]] = row
        counts[row["variant"]] += 1

    def fail(row, msg):
        fails.append("%s/%s: %s" % (row["pid"], row["variant"], msg))

    for row in rows:
        v = row["variant"]
        t = row["solution"]
        if list(row.keys()) != keys_order[v]:
            fail(row, "keys %s" % list(row.keys()))
        errs = ck.errors(t)
        fin = final_of(t)
        if v == "correct":
            if errs:
                fail(row, "wrong computation in correct row at %s" % errs)
            if fin != row["final"]:
                fail(row, "final %r != %r" % (fin, row["final"]))
            try:
                F(row["final"])
            except ValueError:
                fail(row, "final not numeric")
        elif v in ("slip", "carry"):
            a, b = row["span"]
            if not errs:
                fail(row, "no wrong computation found")
            for e in errs:
                if not (a <= e <= b):
                    fail(row, "wrong computation outside span at %d (span %s): %r" % (e, row["span"], t[e:e + 80]))
            if a > 0 and t[a - 1] != "\n" or (b < len(t) and t[b] != "\n"):
                fail(row, "span is not a line")
            if row["wrong"] not in t[a:b]:
                fail(row, "wrong string not in span")
            if row["wrong"] == row["right"]:
                fail(row, "wrong == right")
            cor = by[row["pid"]]["correct"]["solution"]
            if t[:a] != cor[:a]:
                fail(row, "prefix differs from correct row")
            cline_end = cor.find("\n", a)
            cline = cor[a:cline_end if cline_end >= 0 else len(cor)]
            if row["right"] not in cline:
                fail(row, "right string not in the correct row's line")
            if v == "slip":
                if fin != row["final"]:
                    fail(row, "slip final %r != gold %r" % (fin, row["final"]))
                if t[b:] != cor[cline_end if cline_end >= 0 else len(cor):]:
                    fail(row, "slip text after the span differs from correct row")
                tl = t[a:b]
                okk = False
                i = tl.find(row["wrong"])
                while i >= 0:
                    if tl[:i] + row["right"] + tl[i + len(row["wrong"]):] == cline:
                        okk = True
                        break
                    i = tl.find(row["wrong"], i + 1)
                if not okk:
                    fail(row, "slip line is not the correct line with one substitution")
            else:
                if fin is None or fin == row["final"]:
                    fail(row, "carry final %r should differ from gold %r" % (fin, row["final"]))
        elif v == "loop":
            if errs:
                fail(row, "wrong computation in loop row")
            if "####" in t:
                fail(row, "loop row has ####")
            a, b = row["span"]
            unit = t[a:b]
            n = row["repeats"]
            first = a - 1 - len(unit)
            if first < 0 or t[first:a - 1] != unit or t[a - 1] != "\n":
                fail(row, "span is not the second copy")
            block = "\n".join([unit] * n)
            if t[first:first + len(block)] != block:
                fail(row, "fewer than %d consecutive copies" % n)
            rest = t[first + len(block):]
            if rest.startswith("\n" + unit):
                fail(row, "more copies than repeats")
            if not 8 <= n <= 30:
                fail(row, "repeats out of range")
            cor = by[row["pid"]]["correct"]["solution"]
            if not cor.startswith(t[:first]):
                fail(row, "loop prefix is not a prefix of the correct solution")
        else:
            fail(row, "bad variant")
    for pid, d in by.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            fails.append("%s: variants %s" % (pid, sorted(d)))
    print("rows:", len(rows), dict(counts))
    print("checked:", dict(sorted(ck.stats.items())))
    if fails:
        for f in fails[:40]:
            print("FAIL", f)
        print("%d failures" % len(fails))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
