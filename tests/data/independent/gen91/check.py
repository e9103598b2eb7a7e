#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py)."""
import json
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40

NUM_RE = re.compile(r"[$£€]?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)")
UNIT_RE = re.compile(r"\s*(?:/(?:hour|hr|h|mile|mi|day)\b|(?:per hour|per mile|per day)\b|\s?(?:hours|hour|hrs|h|minutes|min|miles|mi|days|months)\b)")
WORD_OPS = [("divided by", "/"), ("times", "*"), ("plus", "+"), ("minus", "-")]
RELS = [("≈", "~"), ("=", "="), ("comes to", "="), ("works out to", "=")]


def normalize(line):
    s = line
    s = re.sub(r"\\text\{([^}]*)\}", r"\1", s)
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = s.replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷").replace("\\approx", "≈")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("**", "")
    return s


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = None
        if c in "$£€" or c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            m = NUM_RE.match(s, i)
            if m and (m.group(1) or m.group(2)):
                txt = (m.group(1) or "0").replace(",", "") + (m.group(2) or "")
                v = D(txt)
                dp = len(m.group(2)) - 1 if m.group(2) else 0
                pct = m.group(3) == "%"
                if pct:
                    v = v / 100
                    dp += 2
                j = m.end()
                u = UNIT_RE.match(s, j)
                if u:
                    j = u.end()
                toks.append(("N", v, dp))
                i = j
                continue
        hit = False
        for w, o in WORD_OPS:
            if s.startswith(w, i) and (i == 0 or not s[i - 1].isalpha()):
                toks.append(("O", o))
                i += len(w)
                hit = True
                break
        if hit:
            continue
        if s.startswith("of ", i) and toks and toks[-1][0] == "N" and i >= 2 and s[i - 2] == "%":
            toks.append(("O", "*"))
            i += 2
            continue
        if s.startswith("of ", i) and toks and toks[-1][0] == "N":
            # "% of" also when the % was attached: check previous char
            pass
        for w, r in RELS:
            if s.startswith(w, i):
                toks.append(("R", r))
                i += len(w)
                hit = True
                break
        if hit:
            continue
        if c in "×*·x" and (c != "x" or (i + 1 < n and s[i + 1] == " " and i > 0 and s[i - 1] == " ")):
            toks.append(("O", "*"))
            i += 1
            continue
        if c in "÷/":
            toks.append(("O", "/"))
            i += 1
            continue
        if c == "+":
            toks.append(("O", "+"))
            i += 1
            continue
        if c in "-−":
            if toks and toks[-1][0] in ("N", ")"):
                toks.append(("O", "-"))
            else:
                toks.append(("W", c))
            i += 1
            continue
        if c in "()":
            toks.append((c,))
            i += 1
            continue
        m = re.match(r"[A-Za-z][A-Za-z'’-]*", s[i:])
        if m:
            toks.append(("W", m.group(0)))
            i += m.end()
            continue
        toks.append(("W", c))
        i += 1
    return toks


def evaluate(etoks):
    # shunting: only + - * / with precedence
    vals = []
    ops = []
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}

    def app():
        o = ops.pop()
        b = vals.pop()
        a = vals.pop()
        vals.append(a + b if o == "+" else a - b if o == "-" else a * b if o == "*" else a / b)

    expect_num = True
    for t in etoks:
        if t[0] == "N":
            if not expect_num:
                return None
            vals.append(t[1])
            expect_num = False
        elif t[0] == "O":
            if expect_num:
                return None
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t[1]]:
                app()
            ops.append(t[1])
            expect_num = True
        elif t[0] == "(":
            ops.append("(")
        elif t[0] == ")":
            while ops and ops[-1] != "(":
                app()
            if not ops:
                return None
            ops.pop()
    if expect_num:
        return None
    while ops:
        if ops[-1] == "(":
            return None
        app()
    return vals[0] if vals else None


def check_tokens(toks, rounding_note):
    """Return (n_checked, n_wrong)."""
    checked = wrong = 0
    i = 0
    n = len(toks)
    while i < n:
        # find an expression run
        if toks[i][0] not in ("N", "("):
            i += 1
            continue
        j = i
        while j < n and toks[j][0] in ("N", "O", "(", ")"):
            j += 1
        run = toks[i:j]
        has_op = any(t[0] == "O" for t in run)
        if has_op and j + 1 < n and toks[j][0] == "R" and toks[j + 1][0] == "N":
            v = evaluate(run)
            if v is not None:
                k = j
                while k + 1 < n and toks[k][0] == "R" and toks[k + 1][0] == "N":
                    rel = toks[k][1]
                    shown, dp = toks[k + 1][1], toks[k + 1][2]
                    if rel == "~" or rounding_note:
                        ok = abs(v - shown) <= D(5) / (D(10) ** (dp + 1)) + D("1e-12")
                    else:
                        ok = v == shown
                    checked += 1
                    if not ok:
                        wrong += 1
                        break
                    if rel == "=":
                        v = v if not rounding_note else v
                    k += 2
                i = k
                continue
        i = j if j > i else i + 1
    return checked, wrong


def check_line(line):
    checked = wrong = 0
    # gsm8k calculator annotations
    for m in re.finditer(r"<<([^=>]+)=([^>]+)>>", line):
        t = tokenize(m.group(1) + " = " + m.group(2))
        c, w = check_tokens(t, False)
        checked += c
        wrong += w
    line = re.sub(r"<<[^>]*>>", "", line)
    s = normalize(line)
    note = "round" in s
    if s.strip().startswith("|"):
        cells = [c.strip() for c in s.strip().strip("|").split("|")]
        for c in cells:
            cc, w = check_tokens(tokenize(c), note)
            checked += cc
            wrong += w
        if len(cells) >= 3 and "=" not in cells[-2]:
            et = tokenize(cells[-2])
            last = cells[-1]
            rel = "="
            if last.startswith("≈"):
                rel = "~"
                last = last[1:]
            lt = tokenize(last)
            if any(t[0] == "O" for t in et) and len(lt) == 1 and lt[0][0] == "N":
                cc, w = check_tokens(et + [("R", rel)] + lt, note)
                checked += cc
                wrong += w
        return checked, wrong
    cc, w = check_tokens(tokenize(s), note)
    return checked + cc, wrong + w


def lines_with_offsets(text):
    out = []
    pos = 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def canon(x):
    d = D(x)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    byp = {}
    errors = []
    total_checked = 0
    for r in rows:
        assert list(r.keys())[:7] == keys, r["pid"]
        byp.setdefault(r["pid"], {})[r["variant"]] = r
        sol = r["solution"]
        bad = []
        for a, b, ln in lines_with_offsets(sol):
            c, w = check_line(ln)
            total_checked += c
            if w:
                bad.append((a, b))
        fin = re.findall(r"^#### (.+)$", sol, re.M)
        v = r["variant"]
        if v == "correct":
            if bad:
                errors.append((r["pid"], v, "wrong computation", [sol[a:b] for a, b in bad]))
            if fin != [r["final"]]:
                errors.append((r["pid"], v, "final", fin))
        elif v in ("slip", "carry"):
            sp = tuple(r["span"])
            if len(bad) != 1 or not (bad[0][0] <= sp[0] and sp[1] <= bad[0][1]):
                errors.append((r["pid"], v, "bad count/span", bad, sp, [sol[a:b] for a, b in bad]))
            elif r["wrong"] not in sol[sp[0]:sp[1]].replace(",", "").replace("{}", ""):
                errors.append((r["pid"], v, "wrong value not on line"))
            if len(fin) != 1:
                errors.append((r["pid"], v, "final line", fin))
        elif v == "loop":
            a, b = r["span"]
            unit = sol[a:b]
            if "####" in sol or not unit.strip():
                errors.append((r["pid"], v, "loop form"))
            else:
                cnt = 0
                pos = a - len(unit) - 1
                while sol.startswith(unit, pos):
                    cnt += 1
                    pos += len(unit) + 1
                if cnt != r["repeats"] or not (8 <= cnt <= 30) or not sol.endswith(unit):
                    errors.append((r["pid"], v, "repeats", cnt, r["repeats"]))
            if bad:
                errors.append((r["pid"], v, "wrong computation in loop row"))
    for pid, vs in byp.items():
        if set(vs) != {"correct", "slip", "carry", "loop"}:
            errors.append((pid, "variants"))
            continue
        c, s, k = vs["correct"], vs["slip"], vs["carry"]
        if s["final"] != c["final"] or re.findall(r"^#### (.+)$", s["solution"], re.M) != [c["final"]]:
            errors.append((pid, "slip final"))
        kf = re.findall(r"^#### (.+)$", k["solution"], re.M)
        if kf != [k["final"]] or k["final"] == c["final"]:
            errors.append((pid, "carry final"))
        if s["wrong"] == s["right"] or k["wrong"] == k["right"]:
            errors.append((pid, "wrong==right"))
        # the carried fault must really change the gold answer and the text must contain it
    for e in errors[:40]:
        print(e)
    print("rows=%d computations_checked=%d errors=%d" % (len(rows), total_checked, len(errors)))
    if errors:
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
