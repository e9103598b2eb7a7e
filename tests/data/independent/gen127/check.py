#!/usr/bin/env python3
"""Independent verifier for set.jsonl:  python3 check.py set.jsonl
Re-parses every computation written in each solution (after normalising markdown, LaTeX, worded operators,
GSM8K calculator annotations and table rows), re-evaluates it with exact fractions, and checks that every row
is exactly as labelled.  Prints PASS and exits 0 only if all rows are consistent.  Standard library only."""
import json
import math
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}

NUM = r"\$?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)%?"
NUM_RE = re.compile(NUM)


def rhu(v, dp):
    q = v * 10 ** dp
    return F(math.floor(q + F(1, 2)), 10 ** dp)


def plain(v, dp):
    v = rhu(v, dp)
    n = int(v * 10 ** dp)
    s = str(abs(n)).rjust(dp + 1, "0")
    if dp:
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if n < 0 else "") + s


def numinfo(raw):
    """(value, shown magnitude, decimals, is_pct)"""
    s = raw.replace("$", "").replace(",", "")
    pct = s.endswith("%")
    s = s.rstrip("%")
    dp = len(s.split(".")[1]) if "." in s else 0
    mag = F(s)
    return (mag / 100 if pct else mag), mag, dp, pct


# ----------------------------------------------------------------------------- normalisation

WORD_OPS = [(r"\s+multiplied by\s+", " × "), (r"\s+times\s+", " × "), (r"\s+divided by\s+", " ÷ "),
            (r"\s+plus\s+", " + "), (r"\s+minus\s+", " − ")]
REL_WORDS = r"(?:which is|that gives us|gives us|comes to|that's|that is|equals|makes|is)"


def strip_latex(s):
    s = s.replace("{,}", ",")
    s = s.replace("\\$", "$").replace("\\%", "%")
    for _ in range(3):
        s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
    reps = [("\\left(", "("), ("\\right)", ")"), ("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"),
            ("\\approx", "≈"), ("\\rightarrow", "→"), ("\\to", "→"), ("\\quad", " "), ("\\checkmark", "✓"),
            ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\,", " ")]
    for a, b in reps:
        s = s.replace(a, b)
    return s


def normalise(line):
    s = line.replace("**", "")
    s = strip_latex(s)
    for pat, rep in WORD_OPS:
        s = re.sub(pat, rep, s, flags=re.I)
    s = re.sub(r"(?:,\s*|\s+)\b" + REL_WORDS + r"\s+(?:about|approximately)\s+(?=\$?\.?\d)", " ≈ ", s, flags=re.I)
    s = re.sub(r"(?:,\s*|\s+)\b" + REL_WORDS + r"\s+(?=\$?\.?\d)", " = ", s, flags=re.I)
    s = re.sub(r"=\s*(?:about|approximately)\s+", "≈ ", s)
    s = re.sub(r"(\d%)\s+of\s+", r"\1 × ", s)
    s = re.sub(r"(?<=\S)\s+x\s+(?=[\$\d(.])", " × ", s)
    s = s.replace("*", "×").replace("·", "×").replace("−", "-")
    # table rows: | label | calculation | result |
    if s.lstrip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"[+×÷/]|\s-\s", cells[1]):
            res = cells[2]
            rel = "="
            if res.startswith("≈"):
                rel, res = "≈", res[1:].strip()
            s = cells[1] + " " + rel + " " + res
    return s


def gsm_annotations(line):
    """verify <<expr=result>> annotations agree with the visible result; return line without them"""
    errs = []
    for m in re.finditer(r"<<([^<>]*)>>", line):
        inner = m.group(1)
        after = line[m.end():]
        mm = NUM_RE.match(after)
        r = inner.rsplit("=", 1)
        if not mm or len(r) != 2 or numinfo(r[1])[0] != numinfo(mm.group(0))[0]:
            errs.append("annotation/visible mismatch: " + m.group(0))
        comps = computations(normalise(inner))
        if len(comps) != 1:
            errs.append("bad annotation: " + inner)
    return re.sub(r"<<[^<>]*>>", "", line), errs


# ----------------------------------------------------------------------------- tokenizer / parser

TOK = re.compile(r"(?P<num>" + NUM + r")|(?P<usuf>/[A-Za-z]+)|(?P<op>[+×÷/]|-(?=[\s\d$(.]))|(?P<lp>\()|(?P<rp>\))"
                 r"|(?P<rel>[=≈])|(?P<word>[A-Za-z][A-Za-z'’\-]*)|(?P<ws>\s+)|(?P<other>.)")


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        if k == "ws":
            continue
        out.append((k, m.group(0)))
    return out


class Parser:
    def __init__(self, toks):
        self.t = toks

    def kind(self, i):
        return self.t[i][0] if i < len(self.t) else None

    def unit(self, i):
        if self.kind(i) == "usuf":
            return i + 1
        if self.kind(i) == "word":
            i += 1
            if self.kind(i) == "usuf":
                i += 1
        return i

    def term(self, i):
        k = self.kind(i)
        if k == "num":
            return ("num", self.t[i][1]), self.unit(i + 1)
        if k == "lp":
            e, j = self.expr(i + 1)
            if e is not None and self.kind(j) == "rp":
                return ("par", e), self.unit(j + 1)
        return None, i

    def expr(self, i):
        t, i = self.term(i)
        if t is None:
            return None, i
        items, ops = [t], []
        while self.kind(i) == "op":
            t2, j = self.term(i + 1)
            if t2 is None:
                break
            ops.append(self.t[i][1])
            items.append(t2)
            i = j
        return ("expr", items, ops), i


def val(node):
    if node[0] == "num":
        return numinfo(node[1])[0]
    if node[0] == "par":
        return val(node[1])
    items = [val(x) for x in node[1]]
    return evaluate(items, node[2])


def evaluate(vals, ops):
    vals = list(vals)
    ops = ["-" if o == "-" else o for o in ops]
    # multiplication/division first
    v2, o2 = [vals[0]], []
    for o, x in zip(ops, vals[1:]):
        if o in "×÷/":
            if o == "×":
                v2[-1] = v2[-1] * x
            else:
                if x == 0:
                    return None
                v2[-1] = v2[-1] / x
        else:
            o2.append(o)
            v2.append(x)
    r = v2[0]
    for o, x in zip(o2, v2[1:]):
        r = r + x if o == "+" else r - x
    return r


def has_op(node):
    return node[0] == "expr" and (len(node[2]) > 0 or any(x[0] == "par" and has_op(x[1]) for x in node[1]))


def single_num(node):
    if node[0] == "expr" and len(node[1]) == 1 and node[1][0][0] == "num":
        return node[1][0][1]
    return None


def pair_ok(lv, rnode, rel):
    raw = single_num(rnode)
    if lv is None:
        return False
    if raw is None:
        rv = val(rnode)
        return rv is not None and (rv == lv or (rel == "≈" and abs(rv - lv) < F(1, 100)))
    v, mag, dp, pct = numinfo(raw)
    lvs = lv * 100 if pct else lv
    if rel == "≈":
        return rhu(lvs, dp) == mag
    return lvs == mag or (dp >= 1 and rhu(lvs, dp) == mag)


def computations(line):
    """list of dicts for computations found in a normalised line"""
    P = Parser(tokenize(line))
    n = len(P.t)
    out = []
    i = 0
    while i < n:
        if P.kind(i) not in ("num", "lp"):
            i += 1
            continue
        e, j = P.expr(i)
        if e is None:
            i += 1
            continue
        segs, rels = [e], []
        while P.kind(j) == "rel":
            e2, k = P.expr(j + 1)
            if e2 is None:
                break
            rels.append(P.t[j][1])
            segs.append(e2)
            j = k
        if len(segs) >= 2 and has_op(segs[0]):
            oks = [pair_ok(val(segs[a]), segs[a + 1], rels[a]) for a in range(len(rels))]
            out.append(dict(segs=segs, rels=rels, ok=all(oks), result=single_num(segs[-1])))
            i = j
        else:
            i = max(j, i + 1) if len(segs) >= 2 else i + 1
    return out


def roundups(line):
    """verify round-up statements; returns list of bools"""
    res = []
    s = line
    for m in re.finditer(r"\bround (" + NUM + r")(?:\s+[A-Za-z]+)?\s+up to\s+(" + NUM + ")", s):
        res.append(math.ceil(numinfo(m.group(1))[0]) == numinfo(m.group(2))[0])
    s = re.sub(r"\bround (" + NUM + r")(?:\s+[A-Za-z]+)?\s+up to\s+(" + NUM + ")", " ", s)
    for m in re.finditer(r"rounds? up to\s+(" + NUM + ")", s):
        before = NUM_RE.findall(s[: m.start()])
        if not before:
            res.append(False)
            continue
        res.append(math.ceil(numinfo(before[-1])[0]) == numinfo(m.group(1))[0])
    for m in re.finditer(r"(" + NUM + r")\s*(?:[A-Za-z]+\s*)?→\s*(" + NUM + ")", s):
        res.append(math.ceil(numinfo(m.group(1))[0]) == numinfo(m.group(2))[0])
    return res


def analyse(text):
    """-> (comps with line index, errors, roundup-results)"""
    comps, errs, rounds = [], [], []
    for li, line in enumerate(text.split("\n")):
        if line.startswith("####"):
            continue
        l2, e = gsm_annotations(line)
        errs += e
        nl = normalise(l2)
        for c in computations(nl):
            c["line"] = li
            comps.append(c)
        rounds += roundups(nl)
    return comps, errs, rounds


# ----------------------------------------------------------------------------- fault kinds


def digits(raw_mag, dp):
    return plain(raw_mag, dp).replace(".", "")


def kind_ok(kind, comp, wrong_raw, right_str):
    wv, wmag, wdp, pct = numinfo(wrong_raw)
    rmag = F(right_str)
    if kind == "off_by_one":
        return abs(wmag - rmag) == 1
    if kind == "off_by_ten":
        return abs(wmag - rmag) == 10
    if kind == "decimal_shift":
        return wmag == rmag * 10 or wmag * 10 == rmag
    wd, rd = digits(wmag, wdp), digits(rmag, wdp)
    if kind == "swap_digits":
        if len(wd) != len(rd):
            return False
        diff = [i for i in range(len(wd)) if wd[i] != rd[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and wd[diff[0]] == rd[diff[1]] and wd[diff[1]] == rd[diff[0]]
    if kind == "drop_digit":
        return len(wd) == len(rd) - 1 and any(rd[:i] + rd[i + 1:] == wd for i in range(len(rd)))
    if kind == "double_digit":
        return len(wd) == len(rd) + 1 and any(wd[:i] + wd[i + 1:] == rd and (wd[i] == wd[i - 1] if i else
                                                                               wd[0] == wd[1]) for i in range(len(wd)))
    if kind == "wrong_op":
        seg = comp["segs"][-2]
        if seg[0] != "expr" or not seg[2]:
            return False
        vals = [val(x) for x in seg[1]]
        for j in range(len(seg[2])):
            for alt in ["+", "-", "×", "÷"]:
                if alt == seg[2][j] or (alt == "÷" and seg[2][j] == "/"):
                    continue
                ops = list(seg[2])
                ops[j] = alt
                v = evaluate(vals, ops)
                if v is None:
                    continue
                vs = v * 100 if pct else v
                if rhu(vs, wdp) == wmag:
                    return True
        return False
    return False


# ----------------------------------------------------------------------------- main checks


def final_line(text):
    lines = text.split("\n")
    m = re.fullmatch(r"#### (\d+(?:\.\d+)?)", lines[-1])
    return m.group(1) if m else None


def check_correct(r, errs):
    comps, e, rounds = analyse(r["solution"])
    errs += e
    if not (2 <= len(comps) <= 9):
        errs.append(f"computation count {len(comps)}")
    bad = [i for i, c in enumerate(comps) if not c["ok"]]
    if bad:
        errs.append(f"correct row has wrong computations at {[i + 1 for i in bad]}")
    if not all(rounds):
        errs.append("bad round-up")
    fl = final_line(r["solution"])
    if fl != r["final"]:
        errs.append(f"final line {fl!r} != {r['final']!r}")
    if sum(1 for l in r["solution"].split("\n") if l.startswith("####")) != 1:
        errs.append("#### count")
    for m in re.finditer(r"\\boxed\{([^{}]*)\}", r["solution"].replace("{,}", ",")):
        b = strip_latex(m.group(1)).strip()
        if numinfo(b)[0] != F(r["final"]) and numinfo(b)[1] != F(r["final"]):
            errs.append("boxed != final")
    return comps


def check_fault(r, corr, errs):
    text = r["solution"]
    comps, e, rounds = analyse(text)
    errs += e
    if not all(rounds):
        errs.append("bad round-up")
    bad = [i for i, c in enumerate(comps) if not c["ok"]]
    if len(bad) != 1:
        errs.append(f"expected exactly one faulty computation, found {len(bad)}")
        return
    b = bad[0]
    c = comps[b]
    if b + 1 != r["step"]:
        errs.append(f"step {r['step']} but faulty computation is #{b + 1}")
    s0, s1 = r["span"]
    if not ((s0 == 0 or text[s0 - 1] == "\n") and (s1 == len(text) or text[s1] == "\n") and "\n" not in text[s0:s1]):
        errs.append("span is not a whole line")
    if text[:s0].count("\n") != c["line"]:
        errs.append("span line does not hold the faulty computation")
    if r["wrong"] not in text[s0:s1]:
        errs.append("wrong value not in span line")
    if c["result"] is None or numinfo(normalise(r["wrong"]).strip())[0] != numinfo(c["result"])[0]:
        errs.append("wrong value != written result")
    # right value from written operands
    lv = val(c["segs"][-2])
    wv, wmag, wdp, pct = numinfo(c["result"])
    lvs = lv * 100 if pct else lv
    if F(r["right"]) != rhu(lvs, wdp) or plain(rhu(lvs, wdp), wdp) != r["right"]:
        errs.append(f"right {r['right']} != {plain(rhu(lvs, wdp), wdp)}")
    if abs(wmag - F(r["right"])) <= F(1, 2 * 10 ** wdp):
        errs.append("wrong within rounding tolerance")
    if r["kind"] not in KINDS or not kind_ok(r["kind"], c, normalise(r["wrong"]).strip(), r["right"]):
        errs.append(f"kind {r['kind']} does not describe {r['wrong']} vs {r['right']}")
    fl = final_line(text)
    ct = corr["solution"]
    if r["variant"] == "slip":
        if fl != r["final"]:
            errs.append("slip final differs from gold")
        lines_c, lines_s = ct.split("\n"), text.split("\n")
        if len(lines_c) != len(lines_s) or [i for i in range(len(lines_c)) if lines_c[i] != lines_s[i]] != [c["line"]]:
            errs.append("slip differs from correct outside the faulted line")
    else:
        if fl is None or F(fl) == F(r["final"]):
            errs.append("carry final equals gold")
        if text[:s0] != ct[:s0]:
            errs.append("carry prefix differs from correct solution")
        # the wrong value must actually be used downstream: the rest differs from the correct text
        if text[s1:] == ct[len(ct) - (len(text) - s1):]:
            errs.append("carry suffix identical to correct")


def check_loop(r, corr, errs):
    text = r["solution"]
    s0, s1 = r["span"]
    unit = text[s0:s1]
    if not unit or s0 < len(unit) + 1 or text[s0 - 1] != "\n":
        errs.append("bad loop span")
        return
    if text[s0 - 1 - len(unit):s0 - 1] != unit:
        errs.append("span is not a repeat of the preceding unit")
        return
    first = s0 - 1 - len(unit)
    head = text[:s0 - 1]
    if not corr["solution"].startswith(head + "\n"):
        errs.append("loop head is not a prefix of the correct solution")
    if first != 0 and text[first - 1] != "\n":
        errs.append("unit does not start at a line start")
    pos, n = s0, 1
    while text.startswith(unit, pos):
        n += 1
        pos += len(unit)
        if text.startswith("\n", pos) and text.startswith(unit, pos + 1):
            pos += 1
        else:
            break
    rest = text[pos:]
    if n != r["repeats"] or not (8 <= n <= 30):
        errs.append(f"repeats {r['repeats']} vs counted {n}")
    if rest:
        if not rest.startswith("\n"):
            errs.append("junk after last copy")
        tail = rest[1:]
        if not tail or not unit.split("\n")[0].startswith(tail) or tail == unit.split("\n")[0] \
                or re.search(r"\d", tail):
            errs.append("bad unfinished tail")
    if "####" in text:
        errs.append("loop has ####")
    ucomps = [c for ln in unit.split("\n") for c in computations(normalise(gsm_annotations(ln)[0]))]
    if not ucomps or not unit.split("\n")[-1] or not computations(normalise(gsm_annotations(unit.split("\n")[-1])[0])):
        errs.append("loop unit does not end with a computation line")
    comps, e, rounds = analyse(text)
    errs += e
    if not all(c["ok"] for c in comps):
        errs.append("loop row has a wrong computation")


def main():
    path = sys.argv[1]
    rows = []
    errors = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            r = json.loads(line, object_pairs_hook=OrderedDict)
            rows.append(r)
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r["pid"], []).append(r)
    for pid, g in groups.items():
        if [r["variant"] for r in g] != ["correct", "slip", "carry", "loop"]:
            errors.append((pid, "variants", [r["variant"] for r in g]))
            continue
        for r in g:
            want = KEYS_BASE if r["variant"] == "correct" else KEYS_LOOP if r["variant"] == "loop" else KEYS_FAULT
            if list(r.keys()) != want:
                errors.append((pid, r["variant"], "key order " + ",".join(r.keys())))
            for k in ("template", "style", "problem", "final"):
                if r[k] != g[0][k]:
                    errors.append((pid, r["variant"], "field differs: " + k))
            if not re.fullmatch(r"\d+(?:\.\d+)?", r["final"]):
                errors.append((pid, r["variant"], "final not plain"))
        corr = g[0]
        for r in g:
            errs = []
            try:
                if r["variant"] == "correct":
                    check_correct(r, errs)
                elif r["variant"] in ("slip", "carry"):
                    check_fault(r, corr, errs)
                else:
                    check_loop(r, corr, errs)
            except Exception as ex:  # noqa
                errs.append("exception " + repr(ex))
            for e in errs:
                errors.append((pid, r["variant"], e))
    n = len(groups)
    styles = Counter(g[0]["style"] for g in groups.values())
    temps = Counter(g[0]["template"] for g in groups.values())
    vc = Counter(r["variant"] for r in rows)
    kinds = Counter(r["kind"] for r in rows if "kind" in r)
    print(f"problems: {n}  rows: {len(rows)}  variants: {dict(vc)}")
    print(f"templates: {len(temps)}  styles: {len(styles)} {dict(styles)}")
    print(f"fault kinds: {dict(kinds)}")
    loops = [r for r in rows if r["variant"] == "loop"]
    tails = sum(1 for r in loops if not r["solution"].endswith(r["solution"][r["span"][0]:r["span"][1]]))
    print(f"loops with unfinished tail: {tails}/{len(loops)}")
    if not (550 <= n <= 800):
        errors.append(("*", "*", f"problem count {n} outside 550-800"))
    if len(temps) < 15 or len(styles) < 9:
        errors.append(("*", "*", "too few templates/styles"))
    if len(set(r["pid"] for r in rows)) != n:
        errors.append(("*", "*", "pid not unique"))
    if errors:
        for e in errors[:60]:
            print("ERROR", *e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
