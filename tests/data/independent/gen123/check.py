#!/usr/bin/env python3
"""Independent verifier for set.jsonl.  Parses every computation written in each
solution (after normalising markdown / LaTeX / worded operators / GSM8K
calculator annotations), re-evaluates it with exact rational arithmetic and
confirms every row is exactly as labelled.  Usage: python3 check.py set.jsonl"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}


def hround(x, d):
    m = 10 ** d
    if x < 0:
        return -hround(-x, d)
    return F(math.floor(x * m + F(1, 2)), m)


# ------------------------------------------------------------ normalising
def strip_frac(s):
    out = s
    while True:
        i = out.find("\\frac{")
        if i < 0:
            return out
        j = i + 6
        depth, k = 1, j
        while depth:
            depth += {"{": 1, "}": -1}.get(out[k], 0)
            k += 1
        a = out[j:k - 1]
        assert out[k] == "{"
        depth, m = 1, k + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(out[m], 0)
            m += 1
        b = out[k + 1:m - 1]
        out = out[:i] + "(" + a + ") / (" + b + ")" + out[m:]


def normalise(line):
    s = line
    # markdown tables: | label | calculation | result |
    if s.strip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) == 3 and not re.fullmatch(r"[-: ]+", cells[1]) and re.search(r"[+×x*÷/−\-]", cells[1]) \
                and re.search(r"\d", cells[2]):
            res = cells[2]
            if res.startswith("≈"):
                s = cells[1] + " " + res
            else:
                s = cells[1] + " = " + res
        else:
            s = ""
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{([^}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r" \1 ", s)
    s = strip_frac(s)
    for a, b in [("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"), ("\\Rightarrow", "→"),
                 ("\\rightarrow", "→"), ("\\to", "→"), ("\\$", "$"), ("\\%", "%"), ("\\(", " "), ("\\)", " "),
                 ("\\[", " "), ("\\]", " "), ("\\quad", " "), ("\\checkmark", "✓"), ("\\,", ""), ("\\;", " ")]:
        s = s.replace(a, b)
    s = s.replace("**", "")
    subs = [
        (r",?\s*which is (?:about|approximately)\b", " ≈"),
        (r"\bis (?:about|approximately)\b", "≈"),
        (r"=\s*about\b", "≈"),
        (r"\bequals\b", "="),
        (r",?\s*which is\b", " ="),
        (r",?\s*(?:that|which) gives us\b", " ="),
        (r"\bmultiplied by\b", "×"),
        (r"\btimes\b", "×"),
        (r"\bdivided by\b", "÷"),
        (r"\bminus\b", "−"),
        (r"\bplus\b", "+"),
        (r"\bround(?:s|ed|ing)? up to\b", "→"),
        (r"%\s*of\b", "% ×"),
    ]
    for pat, rep in subs:
        s = re.sub(pat, rep, s, flags=re.I)
    return s


TOK = re.compile(r"""
  (?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)
| (?P<op>[+×*·÷/−-])
| (?P<rel>[=≈])
| (?P<arrow>→)
| (?P<lp>\()
| (?P<rp>\))
| (?P<word>[A-Za-z][A-Za-z'’-]*)
| (?P<brk>\S)
""", re.X)

OPMAP = {"+": "+", "-": "-", "−": "-", "×": "*", "*": "*", "·": "*", "x": "*", "÷": "/", "/": "/"}


def numval(t):
    s = t.replace("$", "").replace(",", "")
    p = s.endswith("%")
    s = s.rstrip("%")
    dec = len(s.split(".")[1]) if "." in s else 0
    v = F(s)
    return (v / 100 if p else v), dec, p


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "word" and t.lower() == "x":
            k = "op"
        toks.append((k, t))
    return toks


class Parser:
    def __init__(self, toks):
        self.t = toks

    def peek(self, i):
        return self.t[i] if i < len(self.t) else ("end", "")

    def skip_units(self, i):
        j, n = i, 0
        while self.peek(j)[0] == "word" and n < 3:
            j += 1
            n += 1
        if j > i and self.peek(j)[0] in ("op", "rel", "rp", "arrow"):
            return j
        return i

    def factor(self, i):
        k, t = self.peek(i)
        if k == "num":
            v, d, p = numval(t)
            return ("n", v, d, t), self.skip_units(i + 1)
        if k == "lp":
            e, j = self.expr(i + 1)
            if e is None or self.peek(j)[0] != "rp":
                return None, i
            return ("p", e), self.skip_units(j + 1)
        return None, i

    def term(self, i):
        a, j = self.factor(i)
        if a is None:
            return None, i
        items = [a]
        while self.peek(j)[0] == "op" and OPMAP[self.peek(j)[1]] in "*/":
            b, j2 = self.factor(j + 1)
            if b is None:
                break
            items += [OPMAP[self.peek(j)[1]], b]
            j = j2
        return ("t", items), j

    def expr(self, i):
        a, j = self.term(i)
        if a is None:
            return None, i
        items = [a]
        while self.peek(j)[0] == "op" and OPMAP[self.peek(j)[1]] in "+-":
            b, j2 = self.term(j + 1)
            if b is None:
                break
            items += [OPMAP[self.peek(j)[1]], b]
            j = j2
        return ("e", items), j


def ev(node):
    k = node[0]
    if k == "n":
        return node[1]
    if k == "p":
        return ev(node[1])
    items = node[1]
    r = ev(items[0])
    for op, b in zip(items[1::2], items[2::2]):
        v = ev(b)
        r = {"+": r + v, "-": r - v, "*": r * v, "/": r / v}[op]
    return r


def single(node):
    """if node is a lone number return (value, decimals, text)"""
    while (node[0] in ("e", "t") and len(node[1]) == 1) or node[0] == "p":
        node = node[1][0] if node[0] != "p" else node[1]
    if node[0] == "n":
        return node[1], node[2], node[3]
    return None


def leaves(node):
    """flat list [num, op, num, ...] if node is a simple binary a op b"""
    while node[0] in ("e", "t") and len(node[1]) == 1:
        node = node[1][0]
    if node[0] in ("e", "t") and len(node[1]) == 3:
        a, op, b = node[1]
        sa, sb = single(a), single(b)
        if sa and sb:
            return sa[0], op, sb[0]
    return None


def rel_ok(lhs, rel, rhs_node):
    s = single(rhs_node)
    rv = ev(rhs_node)
    if s is None:
        return lhs == rv
    v, d, _ = s
    if rel == "≈":
        return hround(lhs, d) == v
    return lhs == v or (d >= 1 and hround(lhs, d) == v)


def find_comps(toks):
    """returns list of computations: dict(sides, rels, ok, result, lhs_leaves, start, end)"""
    P = Parser(toks)
    comps = []
    i = 0
    n = len(toks)
    while i < n:
        k = toks[i][0]
        prev = toks[i - 1][0] if i else "start"
        if k in ("num", "lp") and prev not in ("op", "num", "lp"):
            e, j = P.expr(i)
            if e is not None and P.peek(j)[0] == "rel":
                sides, rels = [e], []
                while P.peek(j)[0] == "rel":
                    e2, j2 = P.expr(j + 1)
                    if e2 is None:
                        break
                    rels.append(P.peek(j)[1])
                    sides.append(e2)
                    j = j2
                if len(sides) >= 2:
                    ok = all(rel_ok(ev(a), r, b) for a, r, b in zip(sides, rels, sides[1:]))
                    last = single(sides[-1])
                    if last is None:
                        raise ValueError("computation without a numeric result")
                    comps.append({"ok": ok, "val": last[0], "dec": last[1], "text": last[2], "rel": rels[-1],
                                  "lhs": ev(sides[-2]), "leaves": leaves(sides[0]) if len(sides) == 2 else None,
                                  "end": j})
                    ru = False
                    for kk, _tt in toks[j:]:
                        if kk == "arrow":
                            ru = True
                            break
                        if kk == "num":
                            break
                    comps[-1]["ru"] = ru
                    i = j
                    continue
            i = max(j, i + 1) if e is not None else i + 1
            continue
        i += 1
    return comps


GSM = re.compile(r"<<([^<>]*)>>")


def analyse(solution):
    """-> (comps list with 'line' index, roundup problems, lines)"""
    lines = solution.split("\n")
    comps, bad_roundups, roundups = [], [], []
    last_num = None
    for li, line in enumerate(lines):
        if "<<" in line:
            for m in GSM.finditer(line):
                inner = m.group(1)
                toks = tokenize(inner)
                cs = find_comps(toks)
                if len(cs) != 1:
                    raise ValueError("bad annotation: " + inner)
                c = cs[0]
                # visible result must repeat the annotation result
                after = line[m.end():]
                mv = re.match(r"\d+(?:\.\d+)?", after)
                if not mv or F(mv.group()) != c["val"]:
                    raise ValueError("annotation/visible mismatch: " + line)
                c["line"] = li
                c["ru"] = "rounds up" in line[m.end():].split("<<")[0]
                comps.append(c)
            vis = GSM.sub("", line)
            toks = tokenize(normalise(vis))
        else:
            toks = tokenize(normalise(line))
            for c in find_comps(toks):
                c["line"] = li
                comps.append(c)
        for idx, (k, t) in enumerate(toks):
            if k == "num":
                last_num = numval(t)[0]
            if k == "arrow":
                nxt = [numval(tt)[0] for kk, tt in toks[idx + 1:] if kk == "num"]
                if last_num is None or not nxt:
                    raise ValueError("dangling arrow: " + line)
                good = last_num.denominator != 1 and nxt[0] == math.ceil(last_num)
                roundups.append((li, last_num, nxt[0]))
                if not good:
                    bad_roundups.append((li, line))
    return comps, bad_roundups, roundups, lines


def final_of(lines):
    if not lines or not re.fullmatch(r"#### \d+(?:\.\d+)?", lines[-1]):
        return None
    return lines[-1][5:]


def digits(v, D):
    x = v * 10 ** D
    assert x.denominator == 1
    return str(int(x))


def kind_ok(kind, w, r, wdec, leaves_):
    D = max(wdec[0], wdec[1])
    ws, rs = digits(w, D), digits(r, D)
    if kind == "off_by_one":
        return abs(w - r) == 1
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "swap_digits":
        if len(ws) != len(rs):
            return False
        diff = [i for i in range(len(ws)) if ws[i] != rs[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and ws[diff[0]] == rs[diff[1]] and ws[diff[1]] == rs[diff[0]]
    if kind == "drop_digit":
        return len(ws) == len(rs) - 1 and any(rs[:i] + rs[i + 1:] == ws for i in range(len(rs)))
    if kind == "double_digit":
        return len(ws) == len(rs) + 1 and any(rs[:i + 1] + rs[i] + rs[i + 1:] == ws for i in range(len(rs)))
    if kind == "decimal_shift":
        return w == r * 10 or w == r / 10 or w == hround(r / 10, wdec[0])
    if kind == "wrong_op":
        if leaves_ is None:
            return False
        a, op, b = leaves_
        for alt in "+-*/":
            if alt == op:
                continue
            if alt == "/" and b == 0:
                continue
            v = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[alt]
            if v == w or hround(v, wdec[0]) == w:
                return True
        return False
    return False


def line_bounds(text, li):
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:li])
    return start, start + len(lines[li])


def main(path):
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    errors = []
    by_pid = defaultdict(dict)
    for r in rows:
        by_pid[r["pid"]][r["variant"]] = r

    def err(r, msg):
        errors.append("%s/%s: %s" % (r.get("pid"), r.get("variant"), msg))

    for pid, g in by_pid.items():
        if sorted(g) != ["carry", "correct", "loop", "slip"]:
            errors.append("%s: variants %s" % (pid, sorted(g)))
            continue
        if len({(x["template"], x["style"], x["problem"], x["final"]) for x in g.values()}) != 1:
            errors.append("%s: inconsistent shared fields" % pid)
    if sum(1 for r in rows if r["variant"] == "correct") != len(by_pid) or len(rows) != 4 * len(by_pid):
        errors.append("row counts inconsistent")

    for r in rows:
        v = r["variant"]
        exp = {"correct": KEYS_BASE, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}.get(v)
        if exp is None or list(r.keys()) != exp:
            err(r, "bad keys %s" % list(r.keys()))
            continue
        if not re.fullmatch(r"\d+(?:\.\d+)?", r["final"]):
            err(r, "final not a plain number")
        sol = r["solution"]
        try:
            comps, badru, rus, lines = analyse(sol)
        except Exception as e:  # noqa
            err(r, "parse error: %s" % e)
            continue
        if v == "loop":
            if "####" in sol:
                err(r, "loop has ####")
            s0, s1 = r["span"]
            unit = sol[s0:s1]
            reps = r["repeats"]
            corr = by_pid[r["pid"]]["correct"]["solution"]
            if not (8 <= reps <= 30) or s0 < 1 or sol[s0 - 1] != "\n":
                err(r, "loop repeats/span")
                continue
            nl = unit.count("\n") + 1
            pre = sol[:s0 - 1]
            if not (1 <= nl <= 3) or not pre.endswith(unit) or not (len(pre) == len(unit) or pre[-len(unit) - 1] == "\n"):
                err(r, "loop unit shape")
                continue
            if not corr.startswith(pre) or corr[len(pre)] != "\n":
                err(r, "loop prefix is not the correct solution cut at a line end")
                continue
            rest = sol[len(pre):]
            body = ("\n" + unit) * (reps - 1)
            if not rest.startswith(body):
                err(r, "loop copies do not match repeats")
                continue
            tail = rest[len(body):]
            if tail:
                first = unit.split("\n")[0]
                part = tail[1:]
                if not (tail[0] == "\n" and part and first.startswith(part) and len(part) < len(first)
                        and not re.search(r"\d", part)):
                    err(r, "bad unfinished tail %r" % tail)
            last_line_comps = analyse(unit.split("\n")[-1])[0]
            if not last_line_comps:
                err(r, "loop unit does not end with a computation line")
            if badru or any(not c["ok"] for c in comps):
                err(r, "loop contains a wrong computation")
            continue
        fin = final_of(lines)
        if fin is None:
            err(r, "missing #### line")
            continue
        if badru:
            err(r, "bad round-up %s" % badru)
        n = len(comps)
        if not (2 <= n <= 8):
            err(r, "computation count %d" % n)
        results = {c["val"] for c in comps} | {x[2] for x in rus}
        if v == "slip":
            results.add(F(r["right"].replace("\\$", "").replace("$", "").replace(",", "").replace("{", "").replace("}", "")))
        if F(fin) not in results:
            err(r, "final answer %s not produced by any computation" % fin)
        bad = [i for i, c in enumerate(comps) if not c["ok"]]
        if v == "correct":
            if bad:
                err(r, "correct row has wrong computation(s) %s" % [comps[i]["text"] for i in bad])
            if fin != r["final"]:
                err(r, "final mismatch %s vs %s" % (fin, r["final"]))
            continue
        # slip / carry
        if len(bad) != 1:
            err(r, "expected exactly one wrong computation, found %d" % len(bad))
            continue
        i = bad[0]
        c = comps[i]
        if r["step"] != i + 1:
            err(r, "step %s but wrong computation is #%d" % (r["step"], i + 1))
        s0, s1 = r["span"]
        lb = line_bounds(sol, c["line"])
        if [lb[0], lb[1]] != [s0, s1]:
            err(r, "span %s is not the faulted line %s" % (r["span"], lb))
        line = sol[s0:s1]
        if "✓" in line or "check" in line.lower() or "checkmark" in line:
            err(r, "fault on a check line")
        if r["kind"] not in KINDS:
            err(r, "unknown kind")
        wv, wd, _ = numval(r["wrong"].replace("\\$", "$").replace("{,}", ","))
        rv, rd, _ = numval(r["right"].replace("\\$", "$").replace("{,}", ","))
        if wv != c["val"] or r["wrong"] not in line:
            err(r, "wrong value %s not the written result %s" % (r["wrong"], c["text"]))
        if not rel_ok(c["lhs"], c["rel"], ("n", rv, rd, r["right"])):
            err(r, "right value %s is not correct" % r["right"])
        tol = F(1, 2 * 10 ** max(wd, rd))
        if abs(wv - rv) <= tol:
            err(r, "wrong within rounding tolerance")
        if not kind_ok(r["kind"], wv, rv, (wd, rd), c["leaves"]):
            err(r, "kind %s does not describe %s -> %s" % (r["kind"], r["right"], r["wrong"]))
        corr = by_pid[r["pid"]]["correct"]["solution"]
        if sol[:s0] != corr[:s0]:
            err(r, "text before the fault differs from the correct solution")
        cend = corr.find("\n", s0)
        if v == "slip":
            if c.get("ru"):
                err(r, "slip on a round-up line")
            if sol[s1:] != corr[cend:]:
                err(r, "slip changes text after the faulted line")
            if fin != r["final"]:
                err(r, "slip final %s != gold %s" % (fin, r["final"]))
        else:
            if fin == r["final"]:
                err(r, "carry final equals gold")
            later = [x for x in comps[i + 1:]]
            if not later and F(fin) != c["val"]:
                err(r, "carry: final not derived from the wrong value")

    cnt = Counter(r["variant"] for r in rows)
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    tmpls = Counter(r["template"] for r in rows if r["variant"] == "correct")
    if not (550 <= len(by_pid) <= 800):
        errors.append("problem count %d out of range" % len(by_pid))
    if len(styles) < 9 or len(tmpls) < 15:
        errors.append("too few styles/templates")
    print("rows:", len(rows), dict(cnt))
    print("templates:", len(tmpls), " styles:", len(styles), dict(sorted(styles.items())))
    if errors:
        for e in errors[:40]:
            print("ERROR", e)
        print("FAIL (%d errors)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
