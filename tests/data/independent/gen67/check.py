#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can find in each solution (symbolic, worded, LaTeX,
GSM8K <<calc>> annotations, markdown table rows, remainders and "round up to" conclusions) and asserts:
  correct: no wrong computation, ends with '#### <final>';
  slip:    exactly one wrong computation, on the line at `span`, final answer right;
  carry:   exactly one wrong computation, on the line at `span`, final answer differs from gold
           (so everything after the fault is consistent with the wrong value);
  loop:    no '####', the unit at `span` is repeated `repeats` times back to back, no wrong computation.
Prints PASS and exits 0, or lists failures and exits 1.
"""
import json
import math
import re
import sys
from fractions import Fraction as F

# ----------------------------------------------------------------------------- normalisation


def strip_latex(s):
    s = s.replace("{,}", ",")
    s = s.replace("\\$", "$").replace("\\%", "%")
    for _ in range(3):
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r" (\1) / (\2) ", s)
    rep = {"\\times": " × ", "\\cdot": " × ", "\\div": " ÷ ", "\\approx": " ≈ ", "\\Rightarrow": " → ",
           "\\rightarrow": " → ", "\\;": " ", "\\,": "", "\\[": " ", "\\]": " ", "\\(": " ", "\\)": " ",
           "\\left": "", "\\right": ""}
    for k, v in rep.items():
        s = s.replace(k, v)
    return s


def table_join(line):
    """'| Qty | 4 × 12 | 48 |'  ->  'Qty ; 4 × 12 = 48'."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    out = cells[0] if cells else ""
    for a, b in zip(cells, cells[1:]):
        ta = tokenize(a)
        has_op = any(t[0] == "O" for t in ta) and any(t[0] == "N" for t in ta)
        has_rel = any(t[0] == "R" for t in ta)
        if has_op and not has_rel and re.match(r"^[$≈\-−]?\s*\$?\d", b):
            out += (" " if b.startswith("≈") else " = ") + b
        else:
            out += " ; " + b
    return out


# ----------------------------------------------------------------------------- tokens

TOK = re.compile(r"""
  (?P<grade>\d+(?:-\d+){2,})                       # 10-10-10 fertilizer grade
 |(?P<cmpd>\d[\d,]*-(?=[A-Za-z]))                  # 1,000-sq-ft  12-inch
 |(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|\.\d+%?)
 |(?P<word>/?[A-Za-z_][A-Za-z0-9_²°'’/\-]*|/[a-z]+)
 |(?P<rel>=|≈)
 |(?P<op>[×*·÷/+\-−])
 |(?P<lp>\()
 |(?P<rp>\))
 |(?P<ws>\s+)
 |(?P<other>.)
""", re.X)

WORD_OPS = {"times": "×", "plus": "+", "minus": "-", "x": "×"}
WORD_RELS = {"is", "equals"}


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "ws":
            continue
        if k in ("grade", "cmpd"):
            toks.append(("W", t))
        elif k == "num":
            pct = t.endswith("%")
            v = F(t.rstrip("%").replace(",", ""))
            toks.append(("N", v / 100 if pct else v, v, pct, t))
        elif k == "word":
            lw = t.lower()
            if lw in WORD_OPS and t != "X":
                toks.append(("O", WORD_OPS[lw]))
            elif lw in WORD_RELS:
                toks.append(("R", "="))
            else:
                toks.append(("W", t))
        elif k == "rel":
            toks.append(("R", t))
        elif k == "op":
            toks.append(("O", {"−": "-", "*": "×", "·": "×", "/": "÷"}.get(t, t)))
        elif k == "lp":
            toks.append(("L", t))
        elif k == "rp":
            toks.append(("P", t))
        else:
            if t == "$":
                continue
            toks.append(("X", t))
    # multi-word operators / relations
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t[0] == "W" and nx and nx[0] == "W":
            a, b = t[1].lower(), nx[1].lower()
            if (a, b) in (("divided", "by"),):
                out.append(("O", "÷")); i += 2; continue
            if (a, b) in (("multiplied", "by"),):
                out.append(("O", "×")); i += 2; continue
            if (a, b) in (("gives", "us"), ("comes", "to")):
                out.append(("R", "=")); i += 2; continue
        if t[0] == "W" and t[1].lower() == "of" and out and out[-1][0] == "N":
            out.append(("O", "×")); i += 1; continue
        out.append(t)
        i += 1
    return out


# ----------------------------------------------------------------------------- expression parsing

def is_operand_end(t):
    return t[0] in ("N", "P")


def walk_back(toks, k):
    """Expression ending just before index k. Returns (start, end) token indices or None."""
    j = k - 1
    need_operand = True
    start = None
    while j >= 0:
        t = toks[j]
        if need_operand:
            skipped = 0
            while j >= 0 and toks[j][0] == "W" and skipped < 4:
                j -= 1
                skipped += 1
            if j < 0:
                break
            t = toks[j]
            if t[0] == "N":
                start = j
                # unary minus
                if j - 1 >= 0 and toks[j - 1] == ("O", "-") and (j - 2 < 0 or not is_operand_end(toks[j - 2])) \
                        and (j - 2 < 0 or toks[j - 2][0] != "W"):
                    start = j - 1
                    j -= 2
                else:
                    j -= 1
                need_operand = False
            elif t[0] == "P":
                depth = 0
                m = j
                while m >= 0:
                    if toks[m][0] == "P":
                        depth += 1
                    elif toks[m][0] == "L":
                        depth -= 1
                        if depth == 0:
                            break
                    m -= 1
                if m < 0:
                    break
                start = m
                j = m - 1
                need_operand = False
            else:
                break
        else:
            if t[0] == "O":
                # operator must have an operand before it (skipping unit words)
                m = j - 1
                sk = 0
                while m >= 0 and toks[m][0] == "W" and sk < 4:
                    m -= 1
                    sk += 1
                if m >= 0 and is_operand_end(toks[m]):
                    j -= 1
                    need_operand = True
                    continue
            break
    if start is None:
        return None
    return start, k


def walk_fwd(toks, k):
    """Expression starting just after index k (no unit words inside). Returns (start, end)."""
    j = k + 1
    if j < len(toks) and toks[j] == ("O", "-"):
        j += 1
    if j >= len(toks):
        return None
    if toks[j][0] == "N":
        j += 1
    elif toks[j][0] == "L":
        depth = 0
        while j < len(toks):
            if toks[j][0] == "L":
                depth += 1
            elif toks[j][0] == "P":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        j += 1
    else:
        return None
    while j + 1 < len(toks) and toks[j][0] == "O" and toks[j + 1][0] in ("N", "L"):
        j += 2
    return k + 1, j


PREC = {"+": 1, "-": 1, "×": 2, "÷": 2}


def evaluate(toks, pct_mode=True):
    """Shunting-yard over N/O/L/P tokens; words are ignored."""
    out = []
    ops = []
    prev_operand = False
    items = [t for t in toks if t[0] in ("N", "O", "L", "P")]

    def apply():
        o = ops.pop()
        if o == "neg":
            out.append(-out.pop())
            return
        b = out.pop()
        a = out.pop()
        if o == "+":
            out.append(a + b)
        elif o == "-":
            out.append(a - b)
        elif o == "×":
            out.append(a * b)
        elif o == "÷":
            if b == 0:
                raise ZeroDivisionError
            out.append(a / b)

    for t in items:
        if t[0] == "N":
            out.append(t[1] if pct_mode else t[2])
            prev_operand = True
        elif t[0] == "L":
            ops.append("(")
            prev_operand = False
        elif t[0] == "P":
            while ops and ops[-1] != "(":
                apply()
            if ops:
                ops.pop()
            prev_operand = True
        else:
            o = t[1]
            if not prev_operand and o == "-":
                ops.append("neg")
                continue
            while ops and ops[-1] not in ("(",) and (ops[-1] == "neg" or PREC[ops[-1]] >= PREC[o]):
                apply()
            ops.append(o)
            prev_operand = False
    while ops:
        if ops[-1] == "(":
            ops.pop()
            continue
        apply()
    if len(out) != 1:
        raise ValueError("bad expr")
    return out[0]


def n_ops(seg):
    return sum(1 for t in seg if t[0] == "O")


def decimals_of(tok):
    return tok


class Finding:
    def __init__(self, ok, lhs, rhs, text, rhs2=None, lhs2=None):
        self.ok = ok
        self.lhs = lhs
        self.rhs = rhs
        self.text = text
        self.rhs2 = rhs if rhs2 is None else rhs2
        self.lhs2 = lhs if lhs2 is None else lhs2


def check_line(line):
    """Return list of Finding for every computation recognised on the line."""
    found = []
    raw = line
    # GSM8K calculator annotations
    for m in re.finditer(r"<<([^<>=]*)=([^<>]*)>>\s*([\d.,]+)?", raw):
        # the visible text repeats the annotated computation (checked below); here only make sure
        # the annotation and the visible result agree
        res, vis = m.group(2), m.group(3)
        try:
            rv = F(res.replace(",", ""))
            if vis is not None:
                vv = F(vis.rstrip(".").replace(",", ""))
                if vv != rv:
                    found.append(Finding(False, rv, vv, m.group()))
        except Exception:
            pass
    line = re.sub(r"<<[^<>]*>>", "", raw)
    line = strip_latex(line)
    if line.lstrip().startswith("|") and line.count("|") >= 3:
        line = table_join(line)
    toks = tokenize(line)
    for k, t in enumerate(toks):
        if t[0] != "R":
            continue
        lb = walk_back(toks, k)
        fw = walk_fwd(toks, k)
        if lb is None or fw is None:
            continue
        lseg = toks[lb[0]:lb[1]]
        rseg = toks[fw[0]:fw[1]]
        if n_ops(lseg) == 0 and n_ops(rseg) == 0:
            continue            # "1 acre = 43,560 sq ft", restatements
        if n_ops(lseg) == 0 and len([x for x in lseg if x[0] == "N"]) == 1 and n_ops(rseg) > 0:
            # "= 48 × 5" after a word-led lhs (e.g. 'Total = 48 × 5') is handled by the next relation
            continue
        try:
            lv = evaluate(lseg)
            rv = evaluate(rseg)
            lv2 = evaluate(lseg, False)
            rv2 = evaluate(rseg, False)
        except Exception:
            continue
        approx = t[1] == "≈"
        ok = False
        rtoks = [x for x in rseg if x[0] == "N"]
        # remainder form: a ÷ b = q remainder r
        rem = None
        after = toks[fw[1]:fw[1] + 6]
        ii = 0
        while ii < len(after) and after[ii][0] == "W" and after[ii][1].lower() not in ("remainder", "r", "with") and ii < 2:
            ii += 1
        if ii < len(after) and after[ii] == ("X", ","):
            ii += 1
        if ii + 1 < len(after) and after[ii][0] == "W" and after[ii][1].lower() in ("remainder", "r") and after[ii + 1][0] == "N":
            rem = after[ii + 1][1]
        elif ii + 1 < len(after) and after[ii][0] == "W" and after[ii][1].lower() == "with" and after[ii + 1][0] == "N":
            rem = after[ii + 1][1]
        if rem is not None:
            nums = [x for x in lseg if x[0] == "N"]
            opsl = [x for x in lseg if x[0] == "O"]
            if len(nums) == 2 and len(opsl) == 1 and opsl[0][1] == "÷":
                a, b = nums[0][1], nums[1][1]
                q = rv
                ok = (a == b * q + rem) and 0 <= rem < b and q == int(q)
                found.append(Finding(ok, lv, rv, line))
                continue
        for L, R in ((lv, rv), (lv2, rv2)):
            if approx:
                if len(rtoks) != 1:
                    continue
                rawn = rtoks[0][4].rstrip("%")
                d = len(rawn.split(".")[1]) if "." in rawn else 0
                tol = F(1, 2 * 10 ** d)
                if rtoks[0][3] and L is lv:
                    tol = tol / 100
                ok = ok or abs(L - R) <= tol
            else:
                ok = ok or L == R
        found.append(Finding(ok, lv, rv, line, rv2, lv2))
        # "round up to N" conclusion right after this result
        tail = toks[fw[1]:fw[1] + 8]
        words = [x[1].lower() if x[0] == "W" else x for x in tail]
        for q in range(len(tail) - 2):
            if tail[q][0] == "W" and tail[q][1].lower() in ("round", "rounds", "rounded") and \
                    tail[q + 1][0] == "W" and tail[q + 1][1].lower() == "up":
                nn = [x for x in tail[q + 2:q + 4] if x[0] == "N"]
                if nn:
                    found.append(Finding(nn[0][1] == math.ceil(rv), rv, nn[0][1], line))
                break
    return found


# ----------------------------------------------------------------------------- row checks

def approx_decimals(s):
    s = s.replace("\\$", "").replace("$", "").replace(",", "").replace("{,}", "").replace("−", "-")
    return len(s.split(".")[1]) if "." in s else 0


def parse_val(s):
    s = s.replace("\\$", "").replace("$", "").replace("{,}", "").replace(",", "").replace("−", "-").strip()
    return F(s)


def analyse(sol):
    errs = []
    n = 0
    off = 0
    for line in sol.split("\n"):
        for f in check_line(line):
            n += 1
            if not f.ok:
                errs.append((off, off + len(line), f))
        off += len(line) + 1
    return n, errs


def final_of(sol):
    lines = sol.rstrip("\n").split("\n")
    m = re.fullmatch(r"#### (-?[\d.]+)", lines[-1])
    return m.group(1) if m else None


def main(path):
    fails = []
    counts = {}
    ncomp = 0
    keys_ok = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    pids = {}
    for ln, raw in enumerate(open(path, encoding="utf-8")):
        row = json.loads(raw)
        v = row["variant"]
        counts[v] = counts.get(v, 0) + 1
        keys = list(row.keys())
        if keys[:7] != keys_ok:
            fails.append((ln, "key order %r" % keys))
        pids.setdefault(row["pid"], set()).add(v)
        sol = row["solution"]
        n, errs = analyse(sol)
        ncomp += n
        fin = final_of(sol)
        if v == "correct":
            if errs:
                fails.append((ln, "correct row has wrong computation: %r" % errs[0][2].text[:120]))
            if fin != row["final"]:
                fails.append((ln, "final mismatch %r vs %r" % (fin, row["final"])))
            if sol.count("####") != 1:
                fails.append((ln, "#### count"))
            if n == 0:
                fails.append((ln, "no computation parsed"))
        elif v in ("slip", "carry"):
            s, e = row["span"]
            if len(errs) != 1:
                fails.append((ln, "%s: %d wrong computations %r" % (v, len(errs), [x[2].text[:100] for x in errs])))
                continue
            es, ee, f = errs[0]
            if (es, ee) != (s, e):
                fails.append((ln, "%s: error at %r, span %r" % (v, (es, ee), (s, e))))
            if row["wrong"] not in sol[s:e]:
                fails.append((ln, "wrong value not on span line"))
            try:
                if parse_val(row["wrong"]) not in (f.rhs, f.rhs2):
                    fails.append((ln, "%s: rhs %s != wrong %s" % (v, f.rhs, row["wrong"])))
                r = parse_val(row["right"])
                d = approx_decimals(row["right"])
                if all(abs(x - r) > F(1, 2 * 10 ** d) for x in (f.lhs, f.lhs2)):
                    # remainder lines: lhs is the exact quotient
                    if not (f.lhs >= r and f.lhs < r + 1):
                        fails.append((ln, "%s: true value %s does not match right %s" % (v, f.lhs, row["right"])))
            except Exception as ex:  # noqa
                fails.append((ln, "value parse %r" % ex))
            if v == "slip" and fin != row["final"]:
                fails.append((ln, "slip final %r vs %r" % (fin, row["final"])))
            if v == "carry" and (fin is None or F(fin) == F(row["final"])):
                fails.append((ln, "carry final should differ: %r" % fin))
            if not (1 <= row["step"]) or row["kind"] == "":
                fails.append((ln, "step/kind"))
        elif v == "loop":
            if "####" in sol:
                fails.append((ln, "loop has ####"))
            s, e = row["span"]
            unit = sol[s:e]
            L = len(unit) + 1
            first = s - L
            if first < 0 or sol[first:first + len(unit)] != unit or (first > 0 and sol[first - 1] != "\n"):
                fails.append((ln, "loop first copy mismatch"))
            cnt = 0
            p = first
            while sol[p:p + len(unit)] == unit and (p + len(unit) == len(sol) or sol[p + len(unit)] == "\n"):
                cnt += 1
                p += L
            if cnt != row["repeats"] or not (8 <= cnt <= 30):
                fails.append((ln, "loop repeats %d vs %d" % (cnt, row["repeats"])))
            if errs:
                fails.append((ln, "loop row has wrong computation %r" % errs[0][2].text[:100]))
    for pid, vs in pids.items():
        if vs != {"correct", "slip", "carry", "loop"}:
            fails.append((pid, "variants %r" % vs))
    if fails:
        for f in fails[:60]:
            print("FAIL", f)
        print("%d failures" % len(fails))
        return 1
    print("rows per variant:", json.dumps(counts, sort_keys=True), "computations checked:", ncomp)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
