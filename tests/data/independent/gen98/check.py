#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can find ("<expr> = <result>", "<expr> ≈ <result>",
worded operators, LaTeX, GSM8K <<...>> annotations, remainders) and asserts:
  * correct rows: no wrong computation, and the #### line equals `final`;
  * slip rows: exactly one wrong computation, on the line given by `span`, whose written result is
    `wrong`, and the #### line equals `final`;
  * carry rows: exactly one wrong computation, at `span`; every later computation is right when
    re-computed from the numbers actually written (the wrong value carried), and the #### line differs
    from `final`;
  * loop rows: no #### line, `span` is the second copy of a unit repeated `repeats` times.
Prints PASS and exits 0 on success.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

UNITS = set("""
knot knots kn kt kts nm nmi nautical mile miles statute hour hours h hr hrs minute minutes min mins
gallon gallons gal liter liters litre litres l kg kilograms lb lbs pound pounds m meter meters metre metres
ft foot feet km fathom fathoms sq bag bags can cans bait baits pack packs fish trap traps lobster lobsters
angler anglers day days night nights person people coat coats twelfth twelfths coil coils kayak kayaks
kayak-hour kayak-hours adult adults child children trip trips dock line lines crew
""".split())
PER_UNITS = set("h hr hour gal gallon ft foot night day kg lb l".split())

NUM_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
TOKEN_RE = re.compile(
    r"(?P<time>\b\d{1,2}:\d{2}\b)"
    r"|(?P<num>\$?(?:" + NUM_RE + r")%?)"
    r"|(?P<dollar>\$)"
    r"|(?P<word>[A-Za-z][A-Za-z\-]*)"
    r"|(?P<rel>=|≈)"
    r"|(?P<op>[+\-×÷/*·])"
    r"|(?P<lp>\()|(?P<rp>\))"
    r"|(?P<sp>\s+)"
    r"|(?P<other>.)"
)


def latex_clean(s):
    s = s.replace("{,}", ",")
    for _ in range(4):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
        s = re.sub(r"\\(?:text|mathrm|boxed|textbf)\{([^{}]*)\}", r" \1 ", s)
    rep = [("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"), ("\\approx", "≈"), ("\\left(", "("),
           ("\\right)", ")"), ("\\$", "$"), ("\\%", "%"), ("\\(", " "), ("\\)", " "), ("\\[", " "),
           ("\\]", " "), ("$$", " "), ("\\,", " "), ("\\quad", " "), ("\\;", " ")]
    for a, b in rep:
        s = s.replace(a, b)
    return s


def normalize(line):
    s = re.sub(r"<<[^<>]*>>", "", line)
    s = latex_clean(s)
    s = s.replace("**", " ").replace("−", "-").replace("\u2009", " ")
    s = re.sub(r"\bdivided by\b", "÷", s)
    s = re.sub(r"\btimes\b", "×", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"\bminus\b", "-", s)
    s = re.sub(r"\bequals\b", "=", s)
    return s


def parse_num(txt):
    t = txt.replace("$", "").replace(",", "")
    pct = t.endswith("%")
    t = t.rstrip("%")
    v = F(t)
    dec = len(t.split(".")[1]) if "." in t else 0
    if pct:
        v = v / 100
        dec += 2
    return v, dec, pct


def tokenize(s):
    """Return list of (type, value, extra). Units after numbers are dropped."""
    raw = []
    for m in TOKEN_RE.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "sp":
            continue
        raw.append((k, t, m.start(), m.end()))
    out = []
    i = 0
    while i < len(raw):
        k, t = raw[i][0], raw[i][1]
        prev = out[-1][0] if out else None
        if k == "num":
            v, dec, pct = parse_num(t)
            out.append(("NUM", v, (dec, pct)))
            i += 1
            # swallow units (and /unit, per unit) following a number or ')'
            while i < len(raw):
                k2, t2 = raw[i][0], raw[i][1]
                if k2 == "word" and t2.lower() in UNITS:
                    i += 1
                    continue
                if k2 == "op" and t2 == "/" and i + 1 < len(raw) and raw[i + 1][0] == "word" \
                        and raw[i + 1][1].lower() in PER_UNITS:
                    i += 2
                    continue
                if k2 == "word" and t2.lower() == "per" and i + 1 < len(raw) and raw[i + 1][0] == "word" \
                        and raw[i + 1][1].lower() in PER_UNITS:
                    i += 2
                    continue
                break
            continue
        if k == "op" and t == "-" and prev not in ("NUM", "RP") and i + 1 < len(raw) and raw[i + 1][0] == "num" \
                and raw[i + 1][2] == raw[i][3]:
            # unary minus glued to a number: treat as negative literal
            v, dec, pct = parse_num(raw[i + 1][1])
            out.append(("NUM", -v, (dec, pct)))
            i += 2
            while i < len(raw) and raw[i][0] == "word" and raw[i][1].lower() in UNITS:
                i += 1
            continue
        if k == "op":
            out.append(("OP", {"*": "×", "·": "×", "/": "÷"}.get(t, t), None))
        elif k == "word" and t == "x" and prev in ("NUM", "RP"):
            out.append(("OP", "×", None))
        elif k == "word" and t == "of" and prev == "NUM" and out[-1][2][1]:
            out.append(("OP", "×", None))
        elif k == "word" and t in ("remainder", "R", "r") and prev == "NUM":
            out.append(("REM", t, None))
        elif k == "rel":
            out.append(("REL", t, None))
        elif k == "lp":
            out.append(("LP", t, None))
        elif k == "rp":
            out.append(("RP", t, None))
            # units after a closing paren, e.g. "(... ) m"
            i += 1
            while i < len(raw) and raw[i][0] == "word" and raw[i][1].lower() in UNITS:
                i += 1
            continue
        elif k == "dollar":
            pass
        else:
            out.append(("OTHER", t, None))
        i += 1
    return out


MATH = ("NUM", "OP", "LP", "RP")


class PErr(Exception):
    pass


def parse_expr(toks):
    """Parse a full token slice; return (value, n_ops)."""
    pos = [0]
    nops = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None, None)

    def factor():
        k, v, _ = peek()
        if k == "NUM":
            pos[0] += 1
            return v
        if k == "LP":
            pos[0] += 1
            x = expr()
            if peek()[0] != "RP":
                raise PErr
            pos[0] += 1
            return x
        if k == "OP" and v == "-":
            pos[0] += 1
            return -factor()
        raise PErr

    def term():
        x = factor()
        while peek()[0] == "OP" and peek()[1] in ("×", "÷"):
            o = peek()[1]
            pos[0] += 1
            y = factor()
            nops[0] += 1
            if o == "×":
                x = x * y
            else:
                if y == 0:
                    raise PErr
                x = x / y
        return x

    def expr():
        x = term()
        while peek()[0] == "OP" and peek()[1] in ("+", "-"):
            o = peek()[1]
            pos[0] += 1
            y = term()
            nops[0] += 1
            x = x + y if o == "+" else x - y
        return x

    if not toks:
        raise PErr
    val = expr()
    if pos[0] != len(toks):
        raise PErr
    return val, nops[0]


def find_lhs(toks, i):
    j0 = i
    while j0 > 0 and toks[j0 - 1][0] in MATH:
        j0 -= 1
    for j in range(j0, i):
        try:
            v, n = parse_expr(toks[j:i])
            return v, n
        except PErr:
            continue
    return None


def find_rhs(toks, i):
    k0 = i + 1
    while k0 < len(toks) and toks[k0][0] in MATH:
        k0 += 1
    for k in range(k0, i + 1, -1):
        try:
            v, n = parse_expr(toks[i + 1:k])
            return v, n, k
        except PErr:
            continue
    return None


def computations(line):
    """Yield dicts: ok (bool), lhs, rhs for every checkable relation in the line."""
    toks = tokenize(normalize(line))
    res = []
    for i, t in enumerate(toks):
        if t[0] != "REL":
            continue
        L = find_lhs(toks, i)
        R = find_rhs(toks, i)
        if L is None or R is None:
            continue
        lv, ln = L
        rv, rn, k = R
        # remainder form: a ÷ b = q remainder r
        if rn == 0 and k + 1 < len(toks) and toks[k][0] == "REM" and toks[k + 1][0] == "NUM":
            j0 = i
            while j0 > 0 and toks[j0 - 1][0] in MATH:
                j0 -= 1
            sl = toks[j0:i]
            if len(sl) >= 3 and sl[-2][0] == "OP" and sl[-2][1] == "÷":
                a, b = sl[-3][1], sl[-1][1]
                r = toks[k + 1][1]
                ok = rv == int(rv) and rv * b + r == a and 0 <= r < b
                res.append(dict(ok=ok, lhs=a / b, rhs=rv, kind="rem"))
                continue
        if ln == 0 and rn == 0:
            if t[1] == "≈":
                d = toks[k - 1][2][0] if toks[k - 1][0] == "NUM" else 0
                ok = abs(lv - rv) <= F(1, 2 * 10 ** d)
                res.append(dict(ok=ok, lhs=lv, rhs=rv, kind="round"))
            continue  # "2.5 h = 2 h 30 min" style restatement, or a definition
        if ln == 0:
            continue  # "36 = 12 × 3" style: ignore
        if t[1] == "≈":
            if rn != 0:
                continue
            d = toks[k - 1][2][0]
            ok = abs(lv - rv) <= F(1, 2 * 10 ** d)
        else:
            ok = lv == rv
        res.append(dict(ok=ok, lhs=lv, rhs=rv, kind="calc"))
    return res


def line_bounds(text, span):
    a, b = span
    return a == 0 or text[a - 1] == "\n", b == len(text) or text[b] == "\n"


def final_of(text):
    m = re.findall(r"^#### (.+)$", text, flags=re.M)
    return m


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    errors = []
    stats = Counter()
    by_pid = {}
    keyorder = {
        "correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
        "slip": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind"],
        "carry": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind"],
        "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"],
    }
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r
    for r in rows:
        pid, var, text = r["pid"], r["variant"], r["solution"]
        err = lambda m: errors.append(f"{pid}/{var}: {m}")  # noqa: E731
        if list(r.keys()) != keyorder[var]:
            err("key order " + str(list(r.keys())))
            continue
        stats[var] += 1
        lines = text.split("\n")
        comps = []
        off = 0
        for ln in lines:
            for c in computations(ln):
                c["start"], c["end"] = off, off + len(ln)
                comps.append(c)
            off += len(ln) + 1
        stats["comps"] += len(comps)
        bad = [c for c in comps if not c["ok"]]
        fin = final_of(text)
        if var == "correct":
            if bad:
                err(f"wrong computation in correct row: {bad[0]} line={text[bad[0]['start']:bad[0]['end']]!r}")
            if fin != [r["final"]]:
                err(f"final {fin} != {r['final']}")
            if not comps:
                err("no computation parsed")
            if not text.endswith("#### " + r["final"]):
                err("does not end with #### line")
        elif var in ("slip", "carry"):
            sp = r["span"]
            if not all(line_bounds(text, sp)):
                err("span is not a whole line")
            if len(bad) != 1:
                err(f"{len(bad)} wrong computations: {[text[c['start']:c['end']] for c in bad]}")
            else:
                b = bad[0]
                if [b["start"], b["end"]] != sp:
                    err(f"wrong computation not at span: {text[b['start']:b['end']]!r}")
                if b["rhs"] != F(r["wrong"]):
                    err(f"written {b['rhs']} != wrong {r['wrong']}")
                if abs(b["lhs"] - F(r["right"])) > F(1, 200):
                    err(f"true {b['lhs']} != right {r['right']}")
                stats["fault_" + r["kind"]] += 1
            corr = by_pid[pid]["correct"]["solution"]
            if text[:sp[0]] != corr[:sp[0]]:
                err("prefix before the fault differs from the correct solution")
            if var == "slip":
                if fin != [r["final"]]:
                    err(f"slip final {fin} != {r['final']}")
            else:
                if len(fin) != 1 or fin[0] == r["final"]:
                    err(f"carry final {fin} should differ from gold {r['final']}")
                if F(r["wrong"]) == F(r["right"]):
                    err("carry wrong == right")
        elif var == "loop":
            if fin:
                err("loop row has #### line")
            a, b = r["span"]
            unit = text[a:b]
            if not unit or text[a - 1] != "\n":
                err("loop span does not start a line")
            first = text[a - 1 - len(unit):a - 1]
            if first != unit:
                err("first copy does not precede span")
            p = a - 1 - len(unit)
            n = 0
            while True:
                if text.startswith(unit, p):
                    n += 1
                    p += len(unit) + 1
                elif p < len(text) and unit.startswith(text[p:]):
                    n += 1
                    break
                else:
                    break
            if n != r["repeats"] or not (8 <= r["repeats"] <= 30):
                err(f"repeats {r['repeats']} but counted {n}")
            corr = by_pid[pid]["correct"]["solution"]
            if not corr.startswith(text[:a - 1]):
                err("loop prefix is not the correct solution")
        if len(errors) > 30:
            break
    pids = set(by_pid)
    for pid, d in by_pid.items():
        if set(d) != {"correct", "slip", "carry", "loop"}:
            errors.append(f"{pid}: variants {sorted(d)}")
    stats["problems"] = len(pids)
    stats["templates"] = len(set(r["template"] for r in rows))
    stats["styles"] = len(set(r["style"] for r in rows))
    for e in errors[:30]:
        print("ERROR", e)
    print(dict(sorted(stats.items())))
    if errors:
        print("FAIL", len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
