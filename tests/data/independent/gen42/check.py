#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in a solution:
  * inline chains  `a op b ... = r`, `≈ r`, `~ r`  (money, %, "of", x/×/*/·, ÷,/ , words times/plus/minus)
  * GSM8K-style annotations <<expr=r>>
  * markdown item tables (Qty x Unit Price = Total, Subtotal row) and ledger tables (Balance column)
  * receipt/statement code blocks (item lines `q @ $p  $amt`, rule-then-sum lines, `TAX r%`,
    `(÷ n)`, CASH/CHANGE, two-amount ledger rows)
Rounding rule: results may be exact, or rounded HALF UP to the decimals shown.
"""
import json
import re
import sys
from fractions import Fraction as F

NUM_RE = re.compile(r"\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)%?")
OPS = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "*", "*": "*", "·": "*", "÷": "/", "/": "/",
       "(": "(", ")": ")"}
WORD_OPS = {"times": "*", "plus": "+", "minus": "-", "x": "*"}
REL = {"=": "=", "≈": "≈", "~": "≈"}


def rhu(x, d):
    q = F(10) ** d
    y = x * q
    if y >= 0:
        return F(int(y + F(1, 2)), 1) / q
    return -F(int(-y + F(1, 2)), 1) / q


def parse_num(s):
    pct = s.endswith("%")
    s2 = s.rstrip("%").lstrip("$").replace(",", "")
    d = len(s2.split(".")[1]) if "." in s2 else 0
    v = F(s2)
    if pct:
        v = v / 100
    return v, d, s.startswith("$"), pct


def normalize(line):
    s = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r"\1", s)
    for a, b in [("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\times", "×"), ("\\cdot", "·"),
                 ("\\div", "÷"), ("\\approx", "≈"), ("\\$", "$"), ("\\%", "%"), ("{,}", ","), ("**", ""),
                 ("←", " ; ")]:
        s = s.replace(a, b)
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
        m = NUM_RE.match(s, i)
        if m and (c.isdigit() or c in "$."):
            if c == "." and not (i + 1 < n and s[i + 1].isdigit()):
                toks.append(("B", c))
                i += 1
                continue
            toks.append(("N", parse_num(m.group(0))))
            i = m.end()
            continue
        if c in REL:
            toks.append(("R", REL[c]))
            i += 1
            continue
        if c in OPS:
            toks.append(("O", OPS[c]))
            i += 1
            continue
        if c.isalpha():
            j = i
            while j < n and (s[j].isalpha() or s[j] == "'"):
                j += 1
            w = s[i:j]
            toks.append(("W", w))
            i = j
            continue
        toks.append(("B", c))
        i += 1
    # merge "divided by"
    out = []
    for t in toks:
        if t == ("W", "by") and out and out[-1] == ("W", "divided"):
            out[-1] = ("O", "/")
            continue
        out.append(t)
    return out


def clean_lhs(toks):
    """Turn raw tokens into a list of ('N',v) / ('O',op) items, dropping unit words after numbers.
    Returns list or None if a structural break exists (then caller tries shorter suffixes)."""
    out = []
    i = 0
    while i < len(toks):
        k, v = toks[i]
        if k == "N":
            out.append(("N", v[0]))
            i += 1
            # unit words / "/unit"
            skipped = 0
            while i < len(toks) and skipped < 2:
                if toks[i][0] == "W" and toks[i][1] not in WORD_OPS and toks[i][1] not in ("of", "divided"):
                    i += 1
                    skipped += 1
                    continue
                if toks[i] == ("O", "/") and i + 1 < len(toks) and toks[i + 1][0] == "W":
                    i += 2
                    skipped += 1
                    continue
                break
            continue
        if k == "O":
            out.append(("O", v))
            i += 1
            continue
        if k == "W":
            if v in WORD_OPS:
                out.append(("O", WORD_OPS[v]))
                i += 1
                continue
            if v == "of" and out and out[-1][0] == "N":
                out.append(("O", "*"))
                i += 1
                continue
            return None
        return None
    return out


class P:
    def __init__(self, items):
        self.t = items
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() in (("O", "+"), ("O", "-")):
            op = self.t[self.i][1]
            self.i += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() in (("O", "*"), ("O", "/")):
            op = self.t[self.i][1]
            self.i += 1
            w = self.unary()
            v = v * w if op == "*" else v / w
        return v

    def unary(self):
        if self.peek() == ("O", "-"):
            self.i += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        p = self.peek()
        if p is None:
            raise ValueError
        if p == ("O", "("):
            self.i += 1
            v = self.expr()
            if self.peek() != ("O", ")"):
                raise ValueError
            self.i += 1
            return v
        if p[0] == "N":
            self.i += 1
            return p[1]
        raise ValueError


def eval_items(items):
    if not items or not any(k == "N" for k, _ in items):
        return None
    p = P(items)
    try:
        v = p.expr()
    except (ValueError, ZeroDivisionError):
        return None
    if p.i != len(items):
        return None
    return v


def check_chains(line):
    """Return list of (ok, lhs_value, shown) for every relation in the line."""
    res = []
    toks = tokenize(line)
    # find relation tokens
    start = 0
    prev_rhs = None
    prev_rel_end = -1
    for e, t in enumerate(toks):
        if t[0] != "R":
            continue
        # rhs
        j = e + 1
        neg = False
        if j < len(toks) and toks[j] == ("O", "-"):
            neg = True
            j += 1
        if j >= len(toks) or toks[j][0] != "N":
            prev_rhs = None
            continue
        rv, rd, _, _ = toks[j][1]
        if neg:
            rv = -rv
        # lhs: tokens between last barrier/relation and e
        b = e - 1
        while b >= 0 and toks[b][0] not in ("B", "R"):
            b -= 1
        seg = toks[b + 1:e]
        val = None
        if b >= 0 and toks[b][0] == "R" and b == prev_rel_end and prev_rhs is not None:
            # chain: a = b ≈ c, lhs is exactly previous rhs
            if len(seg) == 1 or (len(seg) == 2 and seg[0] == ("O", "-")):
                val = prev_rhs
        if val is None:
            for s0 in range(len(seg)):
                items = clean_lhs(seg[s0:])
                if items is None:
                    continue
                v = eval_items(items)
                if v is not None:
                    # need at least one operator unless chain
                    if any(k == "O" and x not in ("(", ")") for k, x in items) and not (
                            len(items) == 2 and items[0] == ("O", "-")):
                        val = v
                    break
        if val is not None:
            ok = (val == rv) or (rhu(val, rd) == rv and (t[1] == "≈" or rd >= 2))
            res.append((ok, val, rv))
        prev_rhs = rv
        prev_rel_end = e
    return res


ANN = re.compile(r"<<([^<>]*)>>")


def line_flags(line):
    bad = False
    for a in ANN.findall(line):
        for ok, _v, _r in check_chains(a):
            bad |= not ok
    s = ANN.sub("", line)
    s = normalize(s)
    for ok, _v, _r in check_chains(s):
        bad |= not ok
    return bad


MONEY = re.compile(r"([-−]?)\$(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def moneys(s):
    out = []
    for m in MONEY.finditer(s):
        v = F(m.group(2).replace(",", ""))
        if m.group(1):
            v = -v
        out.append(v)
    return out


def cell_num(c):
    c = c.replace("**", "").strip()
    m = re.search(r"[+\-−]?\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)", c)
    if not m:
        return None
    v = F(m.group(1).replace(",", ""))
    if m.group(0).startswith(("-", "−")):
        v = -v
    return v


def ok_round(exact, shown):
    d = len(str(shown).split(".")[1]) if "." in str(shown) else 2
    return exact == shown or rhu(exact, 2) == shown


def check_tables(lines):
    bad = set()
    i = 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.match(r"^\|[-:| ]+\|$", lines[i + 1]):
            hdr = [h.strip().lower() for h in lines[i].strip("|").split("|")]
            j = i + 2
            rows = []
            while j < len(lines) and lines[j].startswith("|"):
                rows.append((j, [c.strip() for c in lines[j].strip("|").split("|")]))
                j += 1
            if "qty" in hdr and "total" in hdr:
                qi, pi, ti = hdr.index("qty"), hdr.index("unit price"), hdr.index("total")
                acc = F(0)
                for ln, cells in rows:
                    if len(cells) < len(hdr):
                        continue
                    q, p, t = cell_num(cells[qi]), cell_num(cells[pi]), cell_num(cells[ti])
                    if q is None and p is None and t is not None:
                        if t != acc:
                            bad.add(ln)
                    elif q is not None and p is not None and t is not None:
                        if not (q * p == t or rhu(q * p, 2) == t):
                            bad.add(ln)
                        acc += t
            elif "balance" in hdr and "amount" in hdr:
                ai, bi = hdr.index("amount"), hdr.index("balance")
                bal = None
                for ln, cells in rows:
                    if len(cells) < len(hdr):
                        continue
                    a, b = cell_num(cells[ai]), cell_num(cells[bi])
                    if a is None:
                        bal = b
                        continue
                    if bal is not None and bal + a != b:
                        bad.add(ln)
                    bal = b
            i = j
            continue
        i += 1
    return bad


def check_fences(lines):
    bad = set()
    infence = False
    for i, raw in enumerate(lines):
        if raw.startswith("```"):
            infence = not infence
            group, last_sum, after_rule, prev_amt, bal = [], None, False, None, None
            continue
        if not infence:
            continue
        s = raw.strip()
        if re.match(r"^[-=]{5,}$", s):
            after_rule = True
            continue
        if "=" in s or "≈" in s or "~" in s:
            group, after_rule = [], False
            continue
        ms = moneys(s)
        if not ms:
            group = []
            continue
        m = ms[-1]
        up = s.upper()
        if "OPENING BALANCE" in up:
            bal = m
        elif "@" in s:
            mq = re.search(r"(\d+(?:\.\d+)?)\s*(?:[A-Za-z]+\s*)?@", s)
            q = F(mq.group(1))
            p = ms[0]
            if not (q * p == m or rhu(q * p, 2) == m):
                bad.add(i)
            group.append(m)
        elif len(ms) == 2 and bal is not None:
            if bal + ms[0] != ms[1]:
                bad.add(i)
            bal = ms[1]
        elif after_rule:
            if m != sum(group):
                bad.add(i)
            group, last_sum, after_rule = [m], m, False
        elif "%" in s:
            r = F(re.search(r"(\d+(?:\.\d+)?)%", s).group(1)) / 100
            if last_sum is None or abs(m) != rhu(last_sum * r, 2):
                bad.add(i)
            group.append(m)
        elif "÷" in s:
            n = int(re.search(r"÷\s*(\d+)", s).group(1))
            if last_sum is None or m != rhu(last_sum / n, 2):
                bad.add(i)
        elif up.startswith("CHANGE"):
            if prev_amt is None or last_sum is None or m != prev_amt - last_sum:
                bad.add(i)
        else:
            group.append(m)
        prev_amt = m
    return bad


def flagged_lines(sol):
    lines = sol.split("\n")
    bad = set(i for i, l in enumerate(lines) if line_flags(l))
    bad |= check_tables(lines)
    bad |= check_fences(lines)
    return lines, bad


def line_of(sol, off):
    return sol[:off].count("\n")


def num_in(line, val):
    plain = normalize(ANN.sub("", line)).replace(",", "").replace("$", "").replace("{,}", "")
    v = F(val)
    for m in re.finditer(r"\d+(?:\.\d+)?", plain):
        if F(m.group(0)) == abs(v):
            return True
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    correct = {}
    errs = []
    n_checked = 0
    for r in rows:
        assert list(r.keys())[:7] == keys, r["pid"]
        if r["variant"] == "correct":
            correct[r["pid"]] = r
    for r in rows:
        sol = r["solution"]
        pid, v = r["pid"], r["variant"]
        lines, bad = flagged_lines(sol)
        n_checked += 1
        last = lines[-1]
        if v == "correct":
            if bad:
                errs.append((pid, v, "flagged correct lines", [lines[i] for i in sorted(bad)]))
            if last != f"#### {r['final']}":
                errs.append((pid, v, "bad final", last))
            fin = F(r["final"])
            if not num_in(lines[-3], fin) and not any(num_in(l, fin) for l in lines[-4:-2]):
                errs.append((pid, v, "answer line does not state final", lines[-3]))
        elif v in ("slip", "carry"):
            li = line_of(sol, r["span"][0])
            if sol[r["span"][0]:r["span"][1]] != lines[li]:
                errs.append((pid, v, "span is not a whole line"))
            if bad != {li}:
                errs.append((pid, v, "flags", sorted(bad), li, [lines[i] for i in sorted(bad | {li})]))
            if not num_in(lines[li], r["wrong"]):
                errs.append((pid, v, "wrong value not on span line", lines[li], r["wrong"]))
            c = correct[pid]["solution"].split("\n")
            if lines[:li] != c[:li]:
                errs.append((pid, v, "prefix differs from correct solution"))
            if v == "slip":
                if len(lines) != len(c) or any(a != b for k, (a, b) in enumerate(zip(lines, c)) if k != li):
                    errs.append((pid, v, "slip changes more than its line"))
                if last != f"#### {r['final']}":
                    errs.append((pid, v, "slip final"))
            else:
                if last == f"#### {r['final']}" or not last.startswith("#### "):
                    errs.append((pid, v, "carry final not carried", last))
                wf = F(last[5:])
                if not any(num_in(l, wf) for l in lines[-4:-1]):
                    errs.append((pid, v, "carry answer line inconsistent"))
        elif v == "loop":
            if "####" in sol:
                errs.append((pid, v, "loop has ####"))
            a, b = r["span"]
            unit = sol[a:b]
            first = sol.find(unit)
            if not (first < a and sol[first:first + len(unit)] == unit):
                errs.append((pid, v, "loop span"))
            k = sol.count(unit + "\n")
            if not (8 <= r["repeats"] <= 30) or sol.count(unit) < r["repeats"]:
                errs.append((pid, v, "loop repeats", r["repeats"], sol.count(unit)))
            if any(i < line_of(sol, a) for i in bad):
                errs.append((pid, v, "loop has bad computation before the loop"))
    for e in errs[:40]:
        print(e)
    if errs:
        print(f"FAIL: {len(errs)} problems in {n_checked} rows")
        sys.exit(1)
    print(f"PASS ({n_checked} rows)")


if __name__ == "__main__":
    main()
