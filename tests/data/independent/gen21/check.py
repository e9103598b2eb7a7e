#!/usr/bin/env python3
"""Independent re-check of a set-21 JSONL file from the solution text alone.

Does not import the generator.  For every line: strip step labels, undo
currency marks, parse numbers (western 1,250 / Indian 1,50,000 / decimal-comma
1.250 and 2,5 by style / lakh and crore words), map worded operators
("into", "less", "minus off", "take out", "divided on", "multiply .. with",
"add up", "subtract .. from", "divide .. by" ...) and evaluate every
computation 'a op b = c' with Fractions.

python3 check.py [set.jsonl]   -> prints PASS and exits 0, or lists problems.
"""
import json
import re
import sys
from collections import OrderedDict
from fractions import Fraction as F

COMMA_STYLES = {"spanish", "indonesian"}          # decimal comma, dot thousands
KNOWN_STYLES = {"indian_tutor", "indian_forum", "pakistani", "nigerian", "kenyan", "filipino", "chinese",
                "spanish", "indonesian", "arabic", "model_tutor"}

NUM_DOT = re.compile(r"\d+(?:,\d+)*(?:\.\d+)?")
NUM_COMMA = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")
TOKEN = re.compile(r"(?P<num>\d)|(?P<word>[A-Za-z]+)|(?P<eq>=)|(?P<op>[+\-−–×*/÷:·])|(?P<other>.)")

INFIX_WORDS = {"into": "*", "times": "*", "x": "*", "plus": "+", "minus": "-", "less": "-", "divide": "/"}
PHRASES = [("multiplied by", "OP*"), ("divided by", "OP/"), ("divided on", "OP/"), ("minus off", "VSUB"),
           ("take out", "VSUB"), ("we get", "EQ"), ("add up", "VADD")]
SINGLE = {"multiply": "VMUL", "add": "VADD", "subtract": "VSUB", "is": "EQ", "gives": "EQ", "equals": "EQ",
          "come": "EQ", "comes": "EQ"}
OPSYM = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "*", "*": "*", "·": "*", "/": "/", "÷": "/", ":": "/"}


def parse_num(s, comma):
    if comma:
        return F(s.replace(".", "").replace(",", "."))
    return F(s.replace(",", ""))


def clean(line):
    s = re.sub(r"^\s*Step[- ]?\d+\s*:", " ", line)
    s = s.replace("/-", " ")
    s = re.sub(r"\b(?:Rs|N|PHP|RMB|Ksh|KES|AED|Rp|Tk)\.?\s?(?=\d)", " ", s)
    s = re.sub(r"[₹₦₱¥€$]", " ", s)
    return s


def tokenize(line, comma):
    s = clean(line)
    numre = NUM_COMMA if comma else NUM_DOT
    toks = []
    i = 0
    while i < len(s):
        m = TOKEN.match(s, i)
        if m.group("num"):
            n = numre.match(s, i)
            toks.append(["NUM", parse_num(n.group(0), comma), n.group(0)])
            i = n.end()
            continue
        if m.group("word"):
            toks.append(["W", m.group(0).lower(), m.group(0)])
        elif m.group("eq"):
            toks.append(["EQ", "=", "="])
        elif m.group("op"):
            toks.append(["OP", OPSYM[m.group(0)], m.group(0)])
        i = m.end()
    # lakh / crore multipliers
    out = []
    for t in toks:
        if t[0] == "W" and t[1] in ("lakh", "lakhs", "crore", "crores") and out and out[-1][0] == "NUM":
            out[-1] = ["NUM", out[-1][1] * (10 ** 5 if t[1].startswith("lakh") else 10 ** 7), out[-1][2] + " " + t[2]]
            continue
        out.append(t)
    toks = out
    # phrases
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "W":
            nxt = toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][0] == "W" else None
            hit = None
            for ph, kind in PHRASES:
                a, b = ph.split()
                if t[1] == a and nxt == b:
                    hit = kind
            if hit:
                out.append(["OP", hit[2], ph] if hit.startswith("OP") else [hit, None, ph])
                i += 2
                continue
            if t[1] in SINGLE:
                out.append([SINGLE[t[1]], None, t[2]])
                i += 1
                continue
        out.append(t)
        i += 1
    toks = out
    # infix words become operators only between two numbers; 'divide' before a number is a verb
    for i, t in enumerate(toks):
        if t[0] == "W" and t[1] in INFIX_WORDS:
            prev_num = i > 0 and toks[i - 1][0] == "NUM"
            next_num = i + 1 < len(toks) and toks[i + 1][0] == "NUM"
            if prev_num and next_num:
                toks[i] = ["OP", INFIX_WORDS[t[1]], t[2]]
            elif t[1] == "divide" and next_num:
                toks[i] = ["VDIV", None, t[2]]
    return toks


def ev(op, a, b):
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[op]


def find_comps(toks):
    """Return list of (a, op, b, c, tokidx) and leftover problems."""
    comps = []
    used = [False] * len(toks)
    i = 0

    def typ(j):
        return toks[j][0] if 0 <= j < len(toks) else None

    def word(j):
        return toks[j][1] if typ(j) == "W" else None

    while i < len(toks):
        t = typ(i)
        m = None
        if t in ("VMUL", "VADD", "VSUB", "VDIV") and typ(i + 1) == "NUM" and typ(i + 3) == "NUM" \
                and typ(i + 4) == "EQ" and typ(i + 5) == "NUM":
            conj = word(i + 2)
            a, b, c = toks[i + 1][1], toks[i + 3][1], toks[i + 5][1]
            if t == "VMUL" and conj in ("with", "by", "and"):
                m = (a, "*", b, c)
            elif t == "VADD" and conj in ("and", "to", "with"):
                m = (a, "+", b, c)
            elif t == "VSUB" and conj == "from":
                m = (b, "-", a, c)
            elif t == "VDIV" and conj == "by":
                m = (a, "/", b, c)
            if m:
                comps.append(m + (i,))
                for j in range(i, i + 6):
                    used[j] = True
                i += 6
                continue
        if t == "NUM" and typ(i + 1) == "OP" and typ(i + 2) == "NUM" and typ(i + 3) == "EQ" and typ(i + 4) == "NUM":
            comps.append((toks[i][1], toks[i + 1][1], toks[i + 2][1], toks[i + 4][1], i))
            for j in range(i, i + 5):
                used[j] = True
            i += 5
            continue
        i += 1
    problems = []
    for a, op, b, c, i in comps:
        end = i + (6 if toks[i][0] != "NUM" else 5)
        if typ(end) == "NUM":          # e.g. "= Rs 1,50,000/- (1.5 lakh)"
            used[end] = True
            if toks[end][1] != c:
                problems.append("restated result {} != {}".format(toks[end][2], c))
    for j in range(len(toks)):
        if used[j]:
            continue
        if typ(j) == "OP" and typ(j - 1) == "NUM" and typ(j + 1) == "NUM" and not used[j - 1]:
            problems.append("unparsed arithmetic near " + toks[j][2])
        if typ(j) in ("VMUL", "VADD", "VSUB", "VDIV") and typ(j + 1) == "NUM":
            problems.append("unparsed verbal computation: " + toks[j][2])
        if typ(j) == "EQ" and toks[j][2] == "=" and typ(j - 1) == "NUM" and typ(j + 1) == "NUM" \
                and not used[j - 1] and not used[j + 1] and toks[j - 1][1] != toks[j + 1][1]:
            problems.append("false equality {} = {}".format(toks[j - 1][2], toks[j + 1][2]))
    return comps, problems


ANS = re.compile(r"(?i)\bans(?:wer)?\b")


def analyse(row):
    comma = row["style"] in COMMA_STYLES
    lines = row["solution"].split("\n")
    info = []
    for ln in lines:
        toks = tokenize(ln, comma)
        comps, probs = find_comps(toks)
        nums = [t[1] for t in toks if t[0] == "NUM"]
        info.append(dict(line=ln, comps=comps, probs=probs, nums=nums, ans=bool(ANS.search(ln)) and bool(nums)))
    return lines, info


def dec_ok(v):
    return v > 0 and (v * 1000).denominator == 1


def pnum(s):
    return F(s)


PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def digits_aligned(a, b):
    da = len(str(a).partition(".")[2]) if "." in str(a) else 0
    db = len(str(b).partition(".")[2]) if "." in str(b) else 0
    d = max(da, db)
    return str(int(F(a) * 10 ** d)), str(int(F(b) * 10 ** d))


def kind_ok(kind, wrong, right, comp):
    w, r = F(wrong), F(right)
    if kind == "off_by":
        return abs(w - r) in (1, 2, 3, 10, F(1, 10), F(1, 100))
    if kind == "wrong_op":
        a, op, b = comp[0], comp[1], comp[2]
        return any(ev(o, a, b) == w for o in "+-*/" if o != op)
    if kind == "digit_swap":
        sw, sr = digits_aligned(wrong, right)
        if len(sw) != len(sr):
            sw = sw.rjust(len(sr), "0")
        diff = [i for i in range(len(sr)) if sw[i] != sr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and sw[diff[0]] == sr[diff[1]] and sw[diff[1]] == sr[diff[0]]
    if kind == "times10":
        return w == r * 10
    if kind == "div10":
        return w * 10 == r
    return False


def line_index_of_span(sol, span):
    s, e = span
    if not (0 <= s <= e <= len(sol)):
        return None
    if s > 0 and sol[s - 1] != "\n":
        return None
    if e < len(sol) and sol[e] != "\n":
        return None
    if "\n" in sol[s:e]:
        return None
    return sol[:s].count("\n")


def main(path):
    errs = []
    groups = OrderedDict()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for k, l in enumerate(fh):
            row = json.loads(l)
            n += 1
            groups.setdefault(row["pid"], []).append(row)

    def err(pid, msg):
        errs.append("{}: {}".format(pid, msg))

    templates = OrderedDict()
    for pid, rows in groups.items():
        vs = [r["variant"] for r in rows]
        if vs != ["correct", "slip", "carry", "loop"]:
            err(pid, "variants " + str(vs))
            continue
        C, S, K, L = rows
        tmpl = C["template"]
        templates.setdefault(tmpl, []).append(pid)
        if not re.fullmatch(re.escape(tmpl) + r"-\d+", pid):
            err(pid, "pid format")
        for r in rows:
            for key in ("pid", "template", "style", "problem", "variant", "solution", "final"):
                if key not in r:
                    err(pid, "missing " + key)
            if (r["template"], r["style"], r["problem"]) != (C["template"], C["style"], C["problem"]):
                err(pid, "template/style/problem differ across variants")
        if C["style"] not in KNOWN_STYLES:
            err(pid, "unknown style " + C["style"])
        for r in (C, S, K):
            if not (isinstance(r["final"], str) and PLAIN.match(r["final"])):
                err(pid, "final not plain number: {!r}".format(r["final"]))
        # ---------------- correct
        cl, ci = analyse(C)
        ncomp = sum(len(x["comps"]) for x in ci)
        if ncomp < 2:
            err(pid, "correct has {} computations".format(ncomp))
        for j, x in enumerate(ci):
            for p in x["probs"]:
                err(pid, "correct line {}: {}".format(j, p))
            for a, op, b, c, _ in x["comps"]:
                if ev(op, a, b) != c:
                    err(pid, "correct line {} inexact: {!r}".format(j, x["line"]))
                for v in (a, b, c):
                    if not dec_ok(v):
                        err(pid, "correct line {} bad number {}".format(j, v))
        ans = [x for x in ci if x["ans"]]
        if not ans:
            err(pid, "correct has no answer line")
        for x in ans:
            if any(v != F(C["final"]) for v in x["nums"]):
                err(pid, "answer {!r} != final {}".format(x["line"], C["final"]))
        last_ans = max(j for j, x in enumerate(ci) if x["ans"]) if ans else -1
        last_comp = max((j for j, x in enumerate(ci) if x["comps"]), default=-1)
        if last_ans < last_comp:
            err(pid, "answer line before last computation")
        if last_comp >= 0 and ci[last_comp]["comps"][-1][3] != F(C["final"]):
            err(pid, "last computation result != final")
        # ---------------- slip & carry
        for R in (S, K):
            tag = R["variant"]
            for key in ("span", "wrong", "right", "step", "kind"):
                if key not in R:
                    err(pid, tag + " missing " + key)
            if any(key not in R for key in ("span", "wrong", "right", "kind")):
                continue
            if not (PLAIN.match(R["wrong"]) and PLAIN.match(R["right"])) or F(R["wrong"]) == F(R["right"]):
                err(pid, tag + " wrong/right malformed")
                continue
            sol = R["solution"]
            li = line_index_of_span(sol, R["span"])
            if li is None:
                err(pid, tag + " span is not a whole line")
                continue
            rl, ri = analyse(R)
            if rl[:li] != cl[:li]:
                err(pid, tag + " differs from correct before span line")
            bad = []
            for j, x in enumerate(ri):
                for p in x["probs"]:
                    err(pid, "{} line {}: {}".format(tag, j, p))
                for comp in x["comps"]:
                    if ev(comp[1], comp[0], comp[2]) != comp[3]:
                        bad.append((j, comp))
            if len(bad) != 1 or bad[0][0] != li:
                err(pid, "{} inexact lines {} (span line {})".format(tag, [b[0] for b in bad], li))
                continue
            comp = bad[0][1]
            if comp[3] != F(R["wrong"]) or ev(comp[1], comp[0], comp[2]) != F(R["right"]):
                err(pid, tag + " span computation does not show wrong/right")
            if R["kind"] not in ("off_by", "wrong_op", "digit_swap", "times10", "div10"):
                err(pid, tag + " unknown kind")
            elif not kind_ok(R["kind"], R["wrong"], R["right"], comp):
                err(pid, "{} kind {} does not match {} -> {}".format(tag, R["kind"], R["right"], R["wrong"]))
            span_nums = ri[li]["nums"]
            operand_nums = [comp[0], comp[2]]
            if span_nums.count(F(R["right"])) > operand_nums.count(F(R["right"])):
                err(pid, tag + " right value still written on span line")
            if not dec_ok(F(R["wrong"])):
                err(pid, tag + " wrong value not positive / >3 dp")
            later = [c for x in ri[li + 1:] for c in x["comps"]]
            ans = [x for x in ri if x["ans"]]
            if not ans:
                err(pid, tag + " has no answer line")
            for x in ans:
                if any(v != F(R["final"]) for v in x["nums"]):
                    err(pid, "{} answer {!r} != final {}".format(tag, x["line"], R["final"]))
            if tag == "slip":
                if len(rl) != len(cl) or any(rl[j] != cl[j] for j in range(len(cl)) if j != li):
                    err(pid, "slip differs from correct outside span line")
                if R["final"] != C["final"]:
                    err(pid, "slip final != correct final")
                if not later:
                    err(pid, "slip on last step")
                elif not any(F(R["right"]) in (c[0], c[2]) for c in later):
                    err(pid, "slip value not used later with the right value")
            else:
                if R.get("correct_final") != C["final"]:
                    err(pid, "carry correct_final mismatch")
                if F(R["final"]) == F(C["final"]):
                    err(pid, "carry final equals correct final")
                if later and not any(F(R["wrong"]) in (c[0], c[2]) for c in later):
                    err(pid, "carry wrong value not propagated")
                if rl == cl:
                    err(pid, "carry identical to correct")
        # ---------------- loop
        for key in ("span", "repeats", "period_lines"):
            if key not in L:
                err(pid, "loop missing " + key)
        if L["final"] is not None:
            err(pid, "loop final not null")
        if all(key in L for key in ("span", "repeats", "period_lines")):
            sol = L["solution"]
            li = line_index_of_span(sol, L["span"])
            reps, per = L["repeats"], L["period_lines"]
            ll, li_info = analyse(L)
            if li is None:
                err(pid, "loop span not a line")
            elif not (15 <= reps <= 22 and per >= 1):
                err(pid, "loop repeats/period out of range")
            else:
                if ll[:li] != cl[:li]:
                    err(pid, "loop prefix differs from correct")
                block = ll[li - per:li]
                if li - per < 0 or ll[li:li + per * reps] != block * reps:
                    err(pid, "loop copies not verbatim")
                rest = ll[li + per * reps:]
                if len(rest) > 1:
                    err(pid, "loop trailing lines")
                elif rest:
                    cut = rest[0]
                    if not cut or re.search(r"\d", cut) or not block[0].startswith(cut) or cut == block[0]:
                        err(pid, "loop cut-off not a digit-free proper prefix: {!r}".format(cut))
                if not block or not block[0].strip():
                    err(pid, "loop block starts with blank line")
                if any(x["ans"] for x in li_info):
                    err(pid, "loop has answer line")
                for j, x in enumerate(li_info):
                    for p in x["probs"]:
                        err(pid, "loop line {}: {}".format(j, p))
                    for a, op, b, c, _ in x["comps"]:
                        if ev(op, a, b) != c:
                            err(pid, "loop line {} inexact".format(j))
                if not any(x["comps"] for x in ci[li:]):
                    err(pid, "loop stops after the final step")
                if not any(x["comps"] for x in li_info[li - per:li]):
                    err(pid, "loop block has no computation")
    problems_per_template = [len(v) for v in templates.values()]
    if len(templates) < 150:
        errs.append("only {} templates".format(len(templates)))
    if min(problems_per_template or [0]) < 4:
        errs.append("a template has fewer than 4 problems")
    styles = sorted({g[0]["style"] for g in groups.values()})
    if len(styles) < 10:
        errs.append("only {} styles".format(len(styles)))
    print("rows {}  problems {}  templates {}  styles {}".format(n, len(groups), len(templates), len(styles)))
    if errs:
        for e in errs[:60]:
            print("FAIL", e)
        print("{} problems".format(len(errs)))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
