#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only; does not import the generator).

It re-reads every computation it can find in each solution line ("a op b = c", chains,
"≈" roundings, LaTeX \\frac / \\times / \\div, worded operators, hours-and-minutes
conversions, percents) and re-evaluates it with exact fractions.  Then it asserts:
  * correct rows: no wrong computation, last line is "#### <final>";
  * slip rows: exactly one wrong computation, inside `span`, whose written value is `wrong`;
    the #### line equals the gold final;
  * carry rows: exactly one wrong computation, inside `span`, everything after it consistent,
    and the #### line differs from the gold final;
  * loop rows: no #### line, `span` is an exact second copy of the repeated unit, `repeats` copies.
Prints PASS and exits 0 when everything holds.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

# ----------------------------------------------------------------------------- preprocessing

FRAC_RE = re.compile(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}")
PLAIN_NUM = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")


def _frac_sub(m):
    a, b = m.group(1).strip(), m.group(2).strip()
    if PLAIN_NUM.match(a) and PLAIN_NUM.match(b):
        return f" {a}/{b} "
    return f" (({a})/({b})) "


def preprocess(line):
    s = line
    s = s.replace("{,}", ",")
    for _ in range(3):
        s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = FRAC_RE.sub(_frac_sub, s)
    rep = [("\\$", " "), ("\\left(", "("), ("\\right)", ")"), ("\\times", " × "), ("\\div", " ÷ "), ("\\cdot", " · "),
           ("\\approx", " ≈ "), ("\\%", "%"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "),
           ("\\quad", " ; "), ("\\qquad", " ; "), ("\\Rightarrow", " ; "), ("\\implies", " ; "),
           ("\\to", " ; "), ("\\,", " "), ("\\;", " "), ("\\!", ""), ("\\ ", " "), ("$", " "),
           ("**", " "), ("__", " "), ("✓", " ; "), ("→", " ; "), ("⇒", " ; "), ("|", " ; "),
           ("−", " − ")]
    for a, b in rep:
        s = s.replace(a, b)
    s = re.sub(r"\\[A-Za-z]+", " ; ", s)
    s = s.replace("{", " ").replace("}", " ")
    # list markers / headings at the start of a line
    s = re.sub(r"^\s*(#+|[-*•]|\d+[.)])\s+", " ", s)
    return s


# ----------------------------------------------------------------------------- tokens

TOK = re.compile(r"""
 (?P<DUR>\d+\s*(?:hours?|hrs?|h)\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|min)\b)
|(?P<MIXED>(?<![\d/.,])\d+\s+\d+/\d+(?![\d/]))
|(?P<NUM>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:/\d+)?%?|\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?%?)
|(?P<OP>[+×*·÷/−-])
|(?P<EQ>=|≈)
|(?P<LP>\()
|(?P<RP>\))
|(?P<WORD>[A-Za-z][A-Za-z'’\-]*(?:/[A-Za-z]+)?)
|(?P<SP>\s+)
|(?P<SEP>.)
""", re.X)

OPWORDS = {"times": "*", "plus": "+", "minus": "-", "of": "*", "x": "*"}
EQWORDS = {"is", "equals", "gives", "makes"}
OPMAP = {"+": "+", "−": "-", "-": "-", "×": "*", "*": "*", "·": "*", "÷": "/", "/": "/"}


def num_value(t):
    pct = t.endswith("%")
    if pct:
        t = t[:-1]
    t = t.replace(",", "")
    if "/" in t:
        a, b = t.split("/")
        v = F(a) / F(b)
    else:
        v = F(t)
    if pct:
        v /= 100
    return v


def dp_of(t):
    t = t.rstrip("%").replace(",", "")
    if "/" in t or "." not in t:
        return 0
    return len(t.split(".")[1])


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "SP":
            continue
        if k == "DUR":
            nums = re.findall(r"\d+", t)
            toks.append(("DUR", (F(int(nums[0])), F(int(nums[1]))), t))
        elif k == "MIXED":
            a, fr = t.split(None, 1)
            n, d = fr.split("/")
            if int(n) < int(d):
                toks.append(("NUM", F(int(a)) + F(int(n), int(d)), t))
            else:
                for part in (a, fr):
                    toks.append(("NUM", num_value(part), part))
        elif k == "NUM":
            toks.append(("NUM", num_value(t), t))
        elif k == "OP":
            toks.append(("OP", OPMAP[t], t))
        elif k == "EQ":
            toks.append(("EQ", t, t))
        elif k in ("LP", "RP", "SEP"):
            toks.append((k, t, t))
        else:
            toks.append(("WORD", t.lower(), t))
    # "divided by", "multiplied by"
    out = []
    i = 0
    while i < len(toks):
        k, v, t = toks[i]
        if (k == "SEP" and v == "," and i + 2 < len(toks) and toks[i + 1][1] in ("which", "that")
                and toks[i + 2][0] == "WORD" and toks[i + 2][1] in EQWORDS):
            out.append(("EQW", toks[i + 2][1], ", which " + toks[i + 2][1]))
            i += 3
            continue
        if k == "WORD" and v in ("divided", "multiplied") and i + 1 < len(toks) and toks[i + 1][1] == "by":
            out.append(("OPW", "/" if v == "divided" else "*", t))
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


def is_valstart(tok):
    return tok[0] in ("NUM", "DUR", "LP") or (tok[0] == "OP" and tok[1] == "-")


def runs(toks):
    """Split tokens into candidate arithmetic runs; unit words after numbers are dropped."""
    res = []
    cur = []
    n = len(toks)
    i = 0
    while i < n:
        k, v, t = toks[i]
        prev = cur[-1] if cur else None
        nxt = toks[i + 1] if i + 1 < n else None
        if k in ("NUM", "DUR", "OP", "LP", "RP", "EQ", "OPW", "EQW"):
            if k == "OPW":
                cur.append(("OP", v, t))
            else:
                cur.append(toks[i])
            i += 1
            continue
        if k == "WORD":
            after_val = prev is not None and prev[0] in ("NUM", "DUR", "RP")
            if v in OPWORDS and after_val and nxt is not None and is_valstart(nxt):
                cur.append(("OP", OPWORDS[v], t))
                i += 1
                continue
            if v in EQWORDS and after_val and nxt is not None and is_valstart(nxt):
                cur.append(("EQW", v, t))
                i += 1
                continue
            if after_val and (len(v) > 1 or v in ("h", "l")):
                # unit words: skip up to 5 words if an operator / equals / ')' follows
                j = i
                words = []
                while j < n and toks[j][0] == "WORD" and len(words) < 5:
                    w = toks[j][1]
                    if (w in OPWORDS or w in EQWORDS) and j + 1 < n and is_valstart(toks[j + 1]):
                        break
                    if w in ("divided", "multiplied") or (len(w) == 1 and w not in ("h", "l")):
                        break
                    words.append(w)
                    j += 1
                if j < n and (toks[j][0] in ("OP", "EQ", "RP", "OPW", "EQW") or
                              (toks[j][0] == "WORD" and (toks[j][1] in OPWORDS or toks[j][1] in EQWORDS or
                                                         toks[j][1] in ("divided", "multiplied")))):
                    cur[-1] = cur[-1] + (" ".join(words),) if len(cur[-1]) == 3 else cur[-1]
                    i = j
                    continue
                # trailing unit (end of the run): remember it for unit conversions
                if len(cur[-1]) == 3:
                    cur[-1] = cur[-1] + (" ".join(words),)
        if cur:
            res.append(cur)
        cur = []
        i += 1
    if cur:
        res.append(cur)
    return res


class PErr(Exception):
    pass


def parse_expr(seg):
    pos = [0]

    def peek():
        return seg[pos[0]] if pos[0] < len(seg) else None

    def eat():
        t = seg[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t[0] == "OP" and t[1] == "-":
            eat()
            return -atom()
        if t[0] == "NUM":
            eat()
            return t[1]
        if t[0] == "DUR":
            eat()
            h, m = t[1]
            return h + m / 60
        if t[0] == "LP":
            eat()
            v = expr()
            if peek() is None or peek()[0] != "RP":
                raise PErr()
            eat()
            return v
        raise PErr()

    def term():
        v = atom()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "*/":
            op = eat()[1]
            w = atom()
            if op == "*":
                v = v * w
            else:
                if w == 0:
                    raise PErr()
                v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == "OP" and peek()[1] in "+-":
            op = eat()[1]
            w = term()
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(seg):
        raise PErr()
    return v


def seg_info(seg):
    has_op = any(t[0] == "OP" and not (i == 0 and t[1] == "-") for i, t in enumerate(seg))
    last = seg[-1] if seg else None
    unit = last[3] if last is not None and len(last) > 3 else ""
    dur = len(seg) == 1 and seg[0][0] == "DUR"
    text = seg[-1][2] if seg else ""
    return has_op, unit, dur, text


def unit_kind(u):
    u = u.split(" ")[0] if u else ""
    if u.startswith("hour") or u in ("h", "hrs", "hr"):
        return "h"
    if u.startswith("minute") or u in ("min", "mins"):
        return "m"
    return ""


def close(a, b, eq, rhs_text):
    if eq == "≈":
        dp = dp_of(rhs_text)
        return abs(a - b) <= F(1, 2) * F(1, 10 ** dp) + F(1, 10 ** 9)
    return a == b


def computations(line):
    """[(ok, lhs_value, rhs_value, rhs_text)] for every equality the checker can read."""
    out = []
    for run in runs(tokenize(preprocess(line))):
        segs, eqs, cur = [], [], []
        for t in run:
            if t[0] in ("EQ", "EQW"):
                segs.append(cur)
                eqs.append(t)
                cur = []
            else:
                cur.append(t)
        segs.append(cur)
        vals = []
        for sg in segs:
            try:
                vals.append(parse_expr(sg) if sg else None)
            except PErr:
                vals.append(None)
        for i, eq in enumerate(eqs):
            a, b = vals[i], vals[i + 1]
            if a is None or b is None:
                continue
            ha, ua, da, _ = seg_info(segs[i])
            hb, ub, db, tb = seg_info(segs[i + 1])
            if eq[0] == "EQW" and not ha:
                continue
            if eq[0] == "EQ" and not ha and not hb and i == 0 and len(segs[i]) == 1 and segs[i][0][0] == "NUM":
                # "2.4 hours = 2 hours 24 minutes", "3/6 = 1/2", "0.4 hours = 24 minutes"
                pass
            ka, kb = unit_kind(ua), unit_kind(ub)
            if db:
                h, m = segs[i + 1][0][1]
                ok = a == h + m / 60 or a == 60 * h + m
            elif da:
                h, m = segs[i][0][1]
                ok = b == h + m / 60 or b == 60 * h + m
            elif ka == "h" and kb == "m" and not ha:
                ok = close(a * 60, b, eq[1], tb)
            elif ka == "m" and kb == "h" and not ha:
                ok = close(a / 60, b, eq[1], tb)
            else:
                ok = close(a, b, eq[1] if eq[0] == "EQ" else "=", tb)
            out.append((ok, a, b, tb))
    return out


# ----------------------------------------------------------------------------- row checks

def line_bounds(text):
    b = []
    pos = 0
    for ln in text.split("\n"):
        b.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return b


def final_line(text):
    lines = [l for l in text.split("\n") if l.startswith("####")]
    return lines[-1][4:].strip() if lines else None


def canon(v):
    v = F(v)
    for k in range(7):
        q = v * 10 ** k
        if q.denominator == 1:
            n = q.numerator
            s = str(abs(n)).rjust(k + 1, "0")
            s = s if k == 0 else s[:-k] + "." + s[-k:]
            return ("-" if n < 0 else "") + s
    return f"{v.numerator}/{v.denominator}"


def bad_list(text):
    bad = []
    n_comp = 0
    for s, e, ln in line_bounds(text):
        for ok, a, b, tb in computations(ln):
            n_comp += 1
            if not ok:
                bad.append((s, e, ln, a, b, tb))
    return bad, n_comp


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = []
    stats = Counter()
    keys_order = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    by_pid = {}
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r

    def err(r, msg):
        errors.append(f"{r['pid']} {r['variant']} [{r['style']}]: {msg}")

    for r in rows:
        if list(r.keys())[:7] != keys_order:
            err(r, "key order")
        v = r["variant"]
        stats[v] += 1
        text = r["solution"]
        bad, n_comp = bad_list(text)
        stats["computations_read"] += n_comp
        fl = final_line(text)
        if v == "correct":
            if bad:
                err(r, f"wrong computation in correct row: {bad[0][2]!r} ({bad[0][3]} vs {bad[0][4]})")
            if n_comp == 0:
                err(r, "no computation read")
            if not text.split("\n")[-1].startswith("####") or fl != r["final"]:
                err(r, f"final line {fl!r} != {r['final']!r}")
        elif v in ("slip", "carry"):
            s0, s1 = r["span"]
            lines = line_bounds(text)
            if not any(s == s0 and e == s1 for s, e, _ in lines):
                err(r, "span is not a full line")
            if len(bad) != 1:
                err(r, f"expected exactly one wrong computation, found {len(bad)}: {[b[2] for b in bad][:3]}")
            else:
                s, e, ln, a, b, tb = bad[0]
                if not (s0 <= s and e <= s1):
                    err(r, "wrong computation outside span")
                if F(b) != F(r["wrong"]) and not (r["wrong"] in tb.replace(",", "")):
                    err(r, f"written value {b} != wrong {r['wrong']}")
                if F(r["wrong"]) == F(r["right"]):
                    err(r, "wrong == right")
            c = by_pid[r["pid"]]["correct"]["solution"]
            if text[:s0] != c[:s0]:
                err(r, "text before the fault differs from the correct row")
            if v == "slip":
                if fl != r["final"]:
                    err(r, f"slip final {fl!r} != {r['final']!r}")
                tl, cl = text.split("\n"), c.split("\n")
                li = text[:s0].count("\n")
                if len(tl) != len(cl) or any(a != b for i, (a, b) in enumerate(zip(tl, cl)) if i != li):
                    err(r, "slip text outside the faulty line differs from the correct row")
            else:
                if fl is None or fl == r["final"]:
                    err(r, f"carry final {fl!r} should differ from gold {r['final']!r}")
                if fl is not None:
                    try:
                        if F(fl) == F(r["final"]):
                            err(r, "carry final numerically equal to gold")
                    except ValueError:
                        err(r, "carry final not a number")
            stats["kind:" + r.get("kind", "?")] += 1
        elif v == "loop":
            if fl is not None or "####" in text:
                err(r, "loop row has #### line")
            s0, s1 = r["span"]
            unit = text[s0:s1]
            n = r["repeats"]
            if not (8 <= n <= 30):
                err(r, "repeats out of range")
            # the unit must appear n times back to back, ending after the prefix
            first_start = s0 - 1 - len(unit)
            if first_start < 0 or text[first_start:s0 - 1] != unit or text[s0 - 1] != "\n":
                err(r, "span is not the second copy of the unit")
            else:
                block = "\n".join([unit] * n)
                if text[first_start:first_start + len(block)] != block:
                    err(r, "copies are not consecutive")
                rest = text[first_start + len(block):]
                if rest and not (rest.startswith("\n") and unit.startswith(rest[1:])):
                    err(r, "text after the copies is not a cut-off copy")
                c = by_pid[r["pid"]]["correct"]["solution"]
                if not c.startswith(text[:s0 - 1]):
                    err(r, "loop prefix is not the start of the correct solution")
            if bad:
                err(r, f"loop row contains wrong computation: {bad[0][2]!r}")
        else:
            err(r, "unknown variant")
    for pid, d in by_pid.items():
        if set(d) != {"correct", "slip", "carry", "loop"}:
            errors.append(f"{pid}: variants {sorted(d)}")
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    print(f"rows: {len(rows)}  problems: {len(by_pid)}  " +
          "  ".join(f"{k}={stats[k]}" for k in ("correct", "slip", "carry", "loop")))
    print("styles:", dict(sorted(styles.items())))
    print("computations read:", stats["computations_read"])
    print("fault kinds:", dict(sorted((k[5:], c) for k, c in stats.items() if k.startswith("kind:"))))
    if errors:
        for e in errors[:40]:
            print("ERROR", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
