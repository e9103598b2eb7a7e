#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).

Re-reads every rendered computation `EXPR (=|≈|is|comes to|...) RESULT` in each
solution, evaluates EXPR exactly, and asserts the variant contracts.
usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]

TOK = re.compile(r"""
 (?P<NUM>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?[%\u00a2]?|\$?\d+(?:\.\d+)?[%\u00a2]?)
|(?P<EQW>\bcomes\ to\b|\bworks\ out\ to\b|\bgives\ you\b|\bgives\b|\bequals\b|\bis\b)
|(?P<OPW>\bdivided\ by\b|\bmultiplied\ by\b|\btimes\b|\bminus\b|\bplus\b)
|(?P<APW>\babout\b|\broughly\b|\bapproximately\b|\baround\b)
|(?P<WORD>[^\W\d_][\w\u2082\u00b2\u00b3/']*)
|(?P<EQ>[=\u2248~])
|(?P<OP>[\u00d7*\u00b7\u00f7/+\u2212-])
|(?P<LP>\()|(?P<RP>\))
|(?P<SP>\s+)
|(?P<P>.)
""", re.X)

OPMAP = {"\u00d7": "*", "*": "*", "\u00b7": "*", "x": "*", "times": "*", "multiplied by": "*",
         "of": "*", "\u00f7": "/", "/": "/", "divided by": "/", "+": "+", "plus": "+",
         "\u2212": "-", "-": "-", "minus": "-"}


def latex_clean(s):
    s = s.replace("\\[", "").replace("\\]", "")
    s = re.sub(r"\\text\{\s*([^}]*)\}", lambda m: " " + m.group(1), s)
    s = s.replace("{,}", ",").replace("\\times", "\u00d7").replace("\\cdot", "\u00b7")
    s = s.replace("\\div", "\u00f7").replace("\\approx", "\u2248").replace("\\%", "%").replace("\\$", "$")
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", "(\\1) \u00f7 (\\2)", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    # number then ' ¢' from \text{¢}
    s = re.sub(r"(\d) \u00a2", "\\1\u00a2", s)
    return s


def table_clean(s):
    t = s.strip()
    if not (t.startswith("|") and t.endswith("|")):
        return s
    cells = [c.strip() for c in t.strip("|").split("|")]
    out = cells[0]
    for i in range(1, len(cells)):
        c = cells[i]
        prev = cells[i - 1]
        if re.match(r"^(\u2248\s*)?[-\u2212]?\$?\d", c) and re.search(r"[\u00d7*\u00f7/+\u2212x-]|\bof\b|\btimes\b", prev):
            out += (" " if c.startswith("\u2248") else " = ") + c
        else:
            out += " ; " + c
    return out


def tokens(line):
    toks = []
    for m in TOK.finditer(line):
        k = m.lastgroup
        v = m.group(k)
        if k == "SP":
            continue
        if k == "WORD" and v == "x":
            k = "OP"
        if k == "WORD" and v == "of" and toks and toks[-1][0] == "NUM" and toks[-1][1].endswith("%"):
            k = "OP"
        toks.append((k, v, m.start(), m.end()))
    return toks


def numval(s):
    pct = s.endswith("%")
    cent = s.endswith("\u00a2")
    body = s.rstrip("%\u00a2").replace("$", "").replace(",", "")
    v = F(body)
    dp = len(body.partition(".")[2])
    if pct or cent:
        v /= 100
    return v, dp, pct


def evaluate(ex):
    """ex: list of ('NUM', F) / ('OP', c) / ('LP',) / ('RP',). Recursive descent."""
    pos = [0]

    def peek():
        return ex[pos[0]] if pos[0] < len(ex) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == "LP":
            pos[0] += 1
            v = addsub()
            if peek() is None or peek()[0] != "RP":
                raise ValueError
            pos[0] += 1
            return v
        if t[0] == "NUM":
            pos[0] += 1
            return t[1]
        raise ValueError

    def muldiv():
        v = atom()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "*/":
            o = peek()[1]
            pos[0] += 1
            r = atom()
            v = v * r if o == "*" else v / r
        return v

    def addsub():
        v = muldiv()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            r = muldiv()
            v = v + r if o == "+" else v - r
        return v

    v = addsub()
    if pos[0] != len(ex):
        raise ValueError
    return v


def computations(line):
    """yield dicts: lhs, rhs (F), rhs_str, ok"""
    line = table_clean(latex_clean(line.replace("**", "")))
    toks = tokens(line)
    res = []
    for i, t in enumerate(toks):
        if t[0] not in ("EQ", "EQW"):
            continue
        approx = t[1] in ("\u2248", "~")
        j = i + 1
        while j < len(toks) and toks[j][0] == "APW":
            approx = True
            j += 1
        neg = False
        if j < len(toks) and toks[j][0] == "OP" and toks[j][1] in "-\u2212" and j + 1 < len(toks) \
                and toks[j + 1][0] == "NUM" and toks[j + 1][2] == toks[j][3]:
            neg = True
            j += 1
        if j >= len(toks) or toks[j][0] != "NUM":
            continue
        rs = toks[j][1]
        # collect expression backwards
        k = i - 1
        ex = []
        while k >= 0:
            tk = toks[k]
            if tk[0] in ("NUM", "LP", "RP"):
                ex.insert(0, tk)
                k -= 1
            elif tk[0] in ("OP", "OPW"):
                ex.insert(0, ("OP", OPMAP.get(tk[1], tk[1])))
                k -= 1
            elif tk[0] == "WORD":
                m = k
                while m >= 0 and toks[m][0] == "WORD":
                    m -= 1
                if k - m <= 4 and m >= 0 and toks[m][0] in ("NUM", "RP"):
                    k = m
                    continue
                break
            else:
                break
        # trim leading junk
        while ex and (ex[0][0] in ("OP", "RP")):
            ex.pop(0)
        depth = 0
        for e in ex:
            depth += 1 if e[0] == "LP" else (-1 if e[0] == "RP" else 0)
        while depth > 0 and ex and ex[0][0] == "LP":
            ex.pop(0)
            depth -= 1
        nops = sum(1 for e in ex if e[0] == "OP")
        nnum = sum(1 for e in ex if e[0] == "NUM")
        if nops == 0 or nnum < 2:
            continue
        pct_any = any(e[0] == "NUM" and e[1].endswith("%") for e in ex) or rs.endswith("%")
        ev = []
        for e in ex:
            if e[0] == "NUM":
                ev.append(("NUM", numval(e[1])[0]))
            elif e[0] == "OP":
                ev.append(("OP", e[1]))
            else:
                ev.append((e[0],))
        try:
            lhs = evaluate(ev)
        except (ValueError, ZeroDivisionError):
            continue
        body = rs.rstrip("%\u00a2").replace("$", "").replace(",", "")
        N = F(body) * (-1 if neg else 1)
        dp = len(body.partition(".")[2])
        tol = F(1, 2) / 10 ** dp
        cands = [(N, tol)]
        if rs.endswith("\u00a2"):
            cands = [(N / 100, tol / 100)]
        if pct_any:
            cands = [(N, tol), (N / 100, tol / 100)]
        ok = False
        for c, tl in cands:
            if (approx and abs(lhs - c) <= tl) or (not approx and lhs == c):
                ok = True
        res.append({"lhs": lhs, "rhs": N, "rhs_str": ("-" if neg else "") + rs, "ok": ok,
                    "approx": approx})
    return res


def scan(sol):
    out = []
    pos = 0
    for line in sol.split("\n"):
        for c in computations(line):
            c["span"] = [pos, pos + len(line)]
            out.append(c)
        pos += len(line) + 1
    return out


def last_line(sol):
    return sol.rstrip("\n").split("\n")[-1]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    pids = {}
    ncomp = 0
    for n, r in enumerate(rows):
        keys = list(r.keys())
        assert keys[:7] == KEYS_BASE, keys
        v = r["variant"]
        pids.setdefault(r["pid"], []).append(v)
        sol = r["solution"]
        cs = scan(sol)
        ncomp += len(cs)
        bad = [c for c in cs if not c["ok"]]
        tag = "%s/%s" % (r["pid"], v)
        if v == "correct":
            if bad:
                errs.append((tag, "wrong computation in correct row", bad[0]))
            if len(cs) < 2:
                errs.append((tag, "too few computations parsed", len(cs)))
            if last_line(sol) != "#### " + r["final"]:
                errs.append((tag, "final line", last_line(sol)))
        elif v in ("slip", "carry"):
            assert keys == KEYS_BASE + ["span", "wrong", "right", "step", "kind"], keys
            if len(bad) != 1:
                errs.append((tag, "expected exactly one wrong computation", [b["rhs_str"] for b in bad]))
                continue
            b = bad[0]
            if b["span"] != r["span"]:
                errs.append((tag, "wrong computation not at span", b["span"], r["span"]))
            if b["rhs"] != F(r["wrong"]):
                errs.append((tag, "wrong value mismatch", b["rhs_str"], r["wrong"]))
            if r["wrong"] == r["right"]:
                errs.append((tag, "wrong==right"))
            span_text = sol[r["span"][0]:r["span"][1]]
            if "\n" in span_text:
                errs.append((tag, "span crosses lines"))
            if v == "slip":
                if last_line(sol) != "#### " + r["final"]:
                    errs.append((tag, "slip final line", last_line(sol)))
            else:
                ll = last_line(sol)
                if not ll.startswith("#### ") or F(ll[5:]) == F(r["final"]):
                    errs.append((tag, "carry final should differ", ll))
        elif v == "loop":
            assert keys == KEYS_BASE + ["span", "repeats"], keys
            if "####" in sol:
                errs.append((tag, "loop has ####"))
            a, b = r["span"]
            unit = sol[a:b]
            if not unit.strip() or sol[a - len(unit):a] != unit:
                errs.append((tag, "span is not the second copy"))
            if not (8 <= r["repeats"] <= 30):
                errs.append((tag, "repeats out of range"))
            if sol.count(unit) < r["repeats"] - 1:
                errs.append((tag, "too few copies", sol.count(unit), r["repeats"]))
            if bad:
                errs.append((tag, "wrong computation in loop row", bad[0]))
        else:
            errs.append((tag, "bad variant"))
    for p, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append((p, "variants", vs))
    for e in errs[:40]:
        print("FAIL", *e)
    if errs:
        print("%d problems" % len(errs))
        sys.exit(1)
    print("rows=%d problems=%d computations_checked=%d" % (len(rows), len(pids), ncomp))
    print("PASS")


if __name__ == "__main__":
    main()
