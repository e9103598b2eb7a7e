#!/usr/bin/env python3
"""Independent re-checker for the ages / calendars / dates set (stdlib only).

It does not import the generator.  It re-reads every computation it can find in each
solution (plain, worded, LaTeX, table cells, remainders, mod / congruences), re-solves
the calendar problems from the problem text with datetime, and asserts the row contract.

    python3 check.py [set.jsonl]
"""
import calendar
import datetime
import json
import re
import sys
from fractions import Fraction as F

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
UNITS = r"(?:days?|weeks?|months?|years?(?: old)?|hours?|pages?|km|minutes?|loaves|decades?)"


def fnum(s):
    return F(s.replace(",", ""))


def normalize(line):
    s = line
    s = s.replace("**", "")
    s = re.sub(r"^\s*(?:#{1,6}\s+|[-•]\s+|\*\s+|\d+\.\s+)", " ", s)
    # LaTeX
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ").replace("$", " ")
    s = re.sub(r"\\frac\{(\d+)\}\{(\d+)\}", r"(\1/\2)", s)
    s = re.sub(r"\\boxed\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", r" \1 ", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("{,}", ",")
    s = s.replace("\\times", " * ").replace("\\cdot", " * ").replace("\\div", " / ")
    s = s.replace("\\bmod", " mod ").replace("\\equiv", " ≡ ")
    s = re.sub(r"\\pmod\{(\d+)\}", r" (mod \1) ", s)
    # symbols
    s = s.replace("×", " * ").replace("·", " * ").replace("÷", " / ").replace("−", "-")
    s = s.replace("✓", " ").replace("✔", " ")
    s = re.sub(r"(?<=\d) x (?=\d)", " * ", s)
    # words
    s = re.sub(r"\bhalf of (?=\d)", "(1/2) * ", s)
    s = re.sub(r"\ba third of (?=\d)", "(1/3) * ", s)
    s = re.sub(r"\ba quarter of (?=\d)", "(1/4) * ", s)
    s = re.sub(r"(?<=\d) of (?=\d)", " * ", s)
    s = re.sub(r"(?<=\d) plus (?=\d)", " + ", s)
    s = re.sub(r"(?<=\d) minus (?=\d)", " - ", s)
    s = re.sub(r"(?<=\d) times (?=\d)", " * ", s)
    s = re.sub(r"(?<=\d) divided by (?=\d)", " / ", s)
    s = re.sub(r"\s+", " ", s)
    return s


SPECIAL = [
    ("divrem", re.compile(r"(?<![\d,./])(%s) ?/ ?(%s) ?= ?(%s) ?(?:(?:weeks?|decades?|years?) )?(?:and|R|remainder|with a remainder of) ?(%s)(?!\d|,\d)" % (NUM, NUM, NUM, NUM))),
    ("mod", re.compile(r"(?<![\d,./])(%s) ?mod ?(%s) ?= ?(%s)(?!\d|,\d)" % (NUM, NUM, NUM))),
    ("equiv", re.compile(r"(?<![\d,./])(%s) ?≡ ?(%s) ?\( ?mod ?(%s) ?\)" % (NUM, NUM, NUM))),
]

TOK = re.compile(r"(?P<word>\d+[A-Za-z]+|[A-Za-z_']+)|(?P<num>%s)|(?P<op>[-+*/()=])|(?P<sp>\s+)|(?P<brk>.)" % NUM)


def eval_seg(toks):
    """toks: list of (kind, text). Returns Fraction or None if not a valid expression."""
    if not toks:
        return None, False
    if toks[0][1] in "+*/)" or toks[-1][1] in "+-*/(":
        return None, False
    out = []
    has_op = False
    prev = None
    for k, t in toks:
        if k == "num":
            if prev in ("num", ")"):
                return None, False
            out.append("F('%s')" % t.replace(",", ""))
            prev = "num"
        else:
            if t == "(" and prev in ("num", ")"):
                out.append("*")
            if t in "+-*/" and prev is not None:
                has_op = True
            out.append(t)
            prev = t if t in "()" else "op"
    try:
        v = eval("".join(out), {"F": F})
    except Exception:
        return None, False
    return F(v), has_op


def scan(text):
    """Return list of (ok, snippet) for every computation recognised in text."""
    res = []
    s = normalize(text)
    s = re.sub(r"(?<=\d) %s\b" % UNITS, "", s)
    for name, rx in SPECIAL:
        while True:
            m = rx.search(s)
            if not m:
                break
            g = [fnum(x) for x in m.groups()]
            if name == "divrem":
                a, b, q, r = g
                ok = (a == q * b + r) and 0 <= r < b
            elif name == "mod":
                a, b, r = g
                ok = (a % b == r)
            else:
                a, r, b = g
                ok = (a % b == r) and 0 <= r < b
            res.append((ok, m.group(0)))
            s = s[:m.start()] + " ; " + s[m.end():]
    for m in re.finditer(r"(?<![\d,./])(%s) ?([*/+-]) ?(%s) ?≈ ?(%s)" % (NUM, NUM, NUM), s):
        a, op, b, r = fnum(m.group(1)), m.group(2), fnum(m.group(3)), m.group(4)
        v = {"*": a * b, "/": a / b, "+": a + b, "-": a - b}[op]
        places = len(r.split(".")[1]) if "." in r else 0
        q = F(round(v * 10 ** places), 10 ** places)
        res.append((abs(v - fnum(r)) <= F(1, 2 * 10 ** places) and q == fnum(r), m.group(0)))
    s = re.sub(r"≈", " ; ", s)
    s = re.sub(r"(?<=\d) (?:is|equals) (?=[-\d(])", " = ", s)
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        if k == "sp":
            continue
        toks.append((k, m.group(k)))
    i = 0
    while i < len(toks):
        if toks[i][0] in ("num", "op"):
            j = i
            while j < len(toks) and toks[j][0] in ("num", "op"):
                j += 1
            run = toks[i:j]
            after_word = i > 0 and toks[i - 1][0] == "word"
            before_word = j < len(toks) and toks[j][0] == "word"
            if any(t == "=" for _, t in run):
                segs = [[]]
                for k, t in run:
                    if t == "=":
                        segs.append([])
                    else:
                        segs[-1].append((k, t))
                vals = []
                for si, sg in enumerate(segs):
                    if si == 0 and after_word:
                        vals.append((None, False))
                        continue
                    if si == len(segs) - 1 and before_word and sg and sg[-1][0] != "num":
                        vals.append((None, False))
                        continue
                    vals.append(eval_seg(sg))
                for a, b in zip(vals, vals[1:]):
                    if a[0] is None or b[0] is None or not (a[1] or b[1]):
                        continue
                    res.append((a[0] == b[0], " ".join(t for _, t in run)))
            i = j
        else:
            i += 1
    return res


def scan_line(line):
    if line.lstrip().startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            return []
        res = []
        for c in cells:
            res += scan(c)
        for a, b in zip(cells, cells[1:]):
            na = re.sub(r"(?<=\d) %s\b" % UNITS, "", normalize(a)).strip()
            nb = re.sub(r"(?<=\d) %s\b" % UNITS, "", normalize(b)).strip()
            if "=" in na or not re.fullmatch(NUM, nb):
                continue
            ta = [(m.lastgroup, m.group(m.lastgroup)) for m in TOK.finditer(na) if m.lastgroup != "sp"]
            if not ta or any(k in ("word", "brk") for k, _ in ta):
                continue
            v, op = eval_seg(ta)
            if v is None or not op:
                continue
            res.append((v == fnum(nb), na + " | " + nb))
        return res
    return scan(line)


def scan_text(text):
    out = []
    pos = 0
    for ln in text.split("\n"):
        if ln.startswith("####"):
            pos += len(ln) + 1
            continue
        for ok, snip in scan_line(ln):
            out.append((ok, snip, pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


# ------------------------------------------------------- independent solving
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MRX = "|".join(MONTHS)


def find_dates(t, default_year=None):
    """All dates in the text in order of appearance: (pos, y or None, m, d)."""
    found = []
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", t):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), m.end()))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", t):
        found.append((m.start(), int(m.group(3)), int(m.group(1)), int(m.group(2)), m.end()))
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", t):
        found.append((m.start(), None, int(m.group(1)), int(m.group(2)), m.end()))
    for m in re.finditer(r"\b(%s) (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?(?!\d)" % MRX, t):
        found.append((m.start(), int(m.group(3)) if m.group(3) else None, MONTHS.index(m.group(1)) + 1, int(m.group(2)), m.end()))
    for m in re.finditer(r"\b(\d{1,2}) (%s)(?: (\d{4}))?\b" % MRX, t):
        found.append((m.start(), int(m.group(3)) if m.group(3) else None, MONTHS.index(m.group(2)) + 1, int(m.group(1)), m.end()))
    found.sort()
    keep = []
    for f in found:
        if keep and f[0] < keep[-1][4]:
            continue
        keep.append(f)
    years = [int(y) for y in re.findall(r"\b(\d{4})\b", t)]
    out = []
    for pos, y, m, d, _ in keep:
        out.append([y, m, d])
    yy = [o[0] for o in out if o[0]] or years or [default_year]
    for o in out:
        if o[0] is None:
            o[0] = yy[0]
    return out


def solve(row):
    """Independent gold for some templates; None when not handled."""
    t = row["problem"]
    name = row["template"].rsplit("-", 1)[0]
    ph = int(row["template"].rsplit("-", 1)[1])
    ints = [int(x) for x in re.findall(r"(?<![\d/.-])\d+(?![\d/]|-\d)", t)]
    years4 = [int(x) for x in re.findall(r"(?<![\d/])\d{4}(?![\d/])", t)]
    try:
        if name in ("dow_same_month", "dow_across_months"):
            ds = find_dates(t)
            if name == "dow_same_month" and ph == 1:
                m = MONTHS.index(re.search(MRX, t).group(0)) + 1
                y = int(re.search(r"\d{4}", t).group(0))
                dd = [int(x) for x in re.findall(r"(\d+)(?:st|nd|rd|th)", t)]
                ds = [[y, m, dd[0]], [y, m, dd[1]]]
            given = [x for x in WD if x in t]
            d1, d2 = (ds[0], ds[1])
            if name == "dow_across_months" and ph == 1:
                d1, d2 = ds[1], ds[0]
                d2[0] = d1[0]
            if name == "dow_same_month" and ph == 2:
                d1, d2 = ds[1], ds[0]
            if d1[0] is None:
                d1[0] = d2[0] = 2001
            else:
                assert WD[datetime.date(*d1).weekday()] == given[0], "given weekday wrong"
            gap = (datetime.date(*d2) - datetime.date(*d1)).days
            return WD[(WD.index(given[0]) + gap) % 7]
        if name == "next_year_same_date":
            ds = find_dates(t)
            d1 = ds[0]
            given = [x for x in WD if x in t][0]
            assert WD[datetime.date(*d1).weekday()] == given
            return WD[datetime.date(d1[0] + 1, d1[1], d1[2]).weekday()]
        if name in ("days_between", "birthday_countdown", "days_inclusive"):
            ds = find_dates(t)
            if name == "birthday_countdown" and ph == 2:
                a, b = ds[1], ds[0]
                b[0] = a[0]
            else:
                a, b = ds[0], ds[1]
            if a[0] is None:
                a[0] = 2001
            if b[0] != a[0]:
                b[0] = a[0]
            v = (datetime.date(*b) - datetime.date(*a)).days
            return str(v + (1 if name == "days_inclusive" else 0))
        if name == "day_of_year":
            d = [x for x in find_dates(t) if (x[1], x[2]) != (1, 1)][0]
            return str(datetime.date(*d).timetuple().tm_yday)
        if name == "ordinal_to_date":
            y = [x for x in ints if x > 1900][0]
            nn = [x for x in ints if x != y and x != 1][-1] if ph in (2, 3) else [x for x in ints if x != y][0]
            d = datetime.date(y, 1, 1) + datetime.timedelta(days=nn - 1)
            return "%s %d" % (MONTHS[d.month - 1], d.day)
        if name == "leap_count":
            y1, y2 = [x for x in years4 if x > 1800][:2]
            return str(sum(1 for y in range(y1, y2 + 1) if calendar.isleap(y)))
        if name == "days_in_years":
            y1, y2 = [x for x in years4 if x > 1800][:2]
            return str(sum(366 if calendar.isleap(y) else 365 for y in range(y1, y2 + 1)))
        if name == "hours_in_month":
            my = re.search(r"(\d{2})/(\d{4})", t)
            y = int(my.group(2)) if my else [x for x in years4 if x > 1800][0]
            mm = re.search(MRX, t)
            m = MONTHS.index(mm.group(0)) + 1 if mm else int(re.search(r"(\d{2})/\d{4}", t).group(1))
            return str(calendar.monthrange(y, m)[1] * 24)
        if name == "count_weekday_in_month":
            target = re.search(r"How many (\w+?)s\b|every (\w+)\b|many (\w+?)s (?:does|fall)", t)
            tname = [g for g in target.groups() if g][0]
            given = sorted([x for x in WD if x in t], key=t.index)
            if ph == 2:
                D = ints[0]
                first = WD.index(given[0])
                cnt = sum(1 for i in range(D) if (first + i) % 7 == WD.index(tname))
                return str(cnt)
            ds = find_dates(t, None)
            if ds:
                y, m = ds[0][0], ds[0][1]
            else:
                m = MONTHS.index(re.search(MRX, t).group(0)) + 1
                y = [x for x in ints if x > 1800][0]
            assert WD[datetime.date(y, m, 1).weekday()] == given[0]
            D = calendar.monthrange(y, m)[1]
            return str(sum(1 for d in range(1, D + 1) if datetime.date(y, m, d).weekday() == WD.index(tname)))
        if name in ("dow_after", "dow_before"):
            w = [x for x in WD if x in t][0]
            nn = [x for x in ints if x != 0][-1] if name == "dow_after" else [x for x in ints if x != 0][0]
            sgn = 1 if name == "dow_after" else -1
            return WD[(WD.index(w) + sgn * nn) % 7]
        if name == "born_turns":
            a, b = [x for x in ints if x > 1800][:2]
            return str(b - a)
        if name == "weeks_days_to_days":
            w, d = ints[-2], ints[-1]
            return str(7 * w + d)
        if name == "days_to_weeks":
            return str(ints[0] // 7)
        if name == "week_of_year":
            o = re.findall(r"(\d+)(?:st|nd|rd|th) day", t)
            nn = int(o[-1]) if o else int(re.findall(r"(?i)\bday (\d+)", t)[-1])
            return str((nn - 1) // 7 + 1)
        if name == "ym_to_months":
            return str(12 * ints[-2] + ints[-1])
    except (IndexError, AttributeError, ValueError) as e:
        raise AssertionError("solver failed on %s: %s" % (row["pid"], e))
    return None


# ------------------------------------------------------------------ main
def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
    n_comp = 0
    n_solved = 0
    stats = {}
    for pid, g in by.items():
        if sorted(g) != ["carry", "correct", "loop", "slip"]:
            fail("%s variants %s" % (pid, sorted(g)))
        c = g["correct"]
        for v, r in g.items():
            want = KEYS_FAULT if v in ("slip", "carry") else KEYS_LOOP if v == "loop" else KEYS_BASE
            if list(r.keys()) != want:
                fail("%s %s keys %s" % (pid, v, list(r.keys())))
            for k in ("template", "style", "problem", "final"):
                if r[k] != c[k]:
                    fail("%s %s differs in %s" % (pid, v, k))
        sol = c["solution"]
        lines = sol.split("\n")
        if lines[-1] != "#### " + c["final"]:
            fail("%s correct final line %r" % (pid, lines[-1]))
        if sum(1 for ln in lines if ln.startswith("####")) != 1:
            fail("%s several #### lines" % pid)
        comps = scan_text(sol)
        bad = [x for x in comps if not x[0]]
        if bad:
            fail("%s correct row has wrong computation %r" % (pid, bad))
        if not comps:
            fail("%s no computation recognised" % pid)
        n_comp += len(comps)
        gold = solve(c)
        if gold is not None:
            n_solved += 1
            if gold != c["final"]:
                fail("%s independent solve %r != final %r" % (pid, gold, c["final"]))
        # slip / carry
        for v in ("slip", "carry"):
            r = g[v]
            s = r["solution"]
            a, b = r["span"]
            if not (a == 0 or s[a - 1] == "\n") or not (b == len(s) or s[b] == "\n"):
                fail("%s %s span is not a whole line" % (pid, v))
            if s[:a] != sol[:a]:
                fail("%s %s text before the fault differs from the correct row" % (pid, v))
            if r["wrong"] == r["right"] or r["wrong"] not in s[a:b]:
                fail("%s %s wrong value not on span line" % (pid, v))
            comps = scan_text(s)
            bad = [x for x in comps if not x[0]]
            if len(bad) != 1:
                fail("%s %s has %d wrong computations: %r" % (pid, v, len(bad), bad))
            if not (bad[0][2] == a and bad[0][3] == b):
                fail("%s %s wrong computation not on span line" % (pid, v))
            fl = s.split("\n")[-1]
            if not fl.startswith("#### "):
                fail("%s %s no final line" % (pid, v))
            if v == "slip":
                if fl != "#### " + r["final"]:
                    fail("%s slip final changed" % pid)
                tail_c = sol[sol.index("\n", a) if "\n" in sol[a:] else len(sol):]
                tail_s = s[b:]
                if tail_c != tail_s:
                    fail("%s slip text after the faulty line differs from the correct row" % pid)
            else:
                if fl == "#### " + r["final"]:
                    fail("%s carry final not carried" % pid)
                if not any(x[0] for x in comps if x[2] >= b) and s[b:].count("=") > 0:
                    pass
            stats[(v, r["kind"])] = stats.get((v, r["kind"]), 0) + 1
        # loop
        r = g["loop"]
        s = r["solution"]
        a, b = r["span"]
        unit = s[a:b]
        if not unit or "####" in s:
            fail("%s loop has #### or empty unit" % pid)
        start = a - len(unit)
        if s[start:a] != unit:
            fail("%s loop first copy mismatch" % pid)
        k = r["repeats"]
        if not (8 <= k <= 30):
            fail("%s loop repeats %d" % (pid, k))
        if s[start:start + k * len(unit)] != unit * k:
            fail("%s loop copies" % pid)
        if s[start + (k + 0) * len(unit):].startswith(unit):
            fail("%s loop more copies than stated" % pid)
        if not sol.startswith(s[:start]):
            fail("%s loop prefix differs from correct" % pid)
        if any(not x[0] for x in scan_text(s)):
            fail("%s loop has a wrong computation" % pid)
    nv = {}
    for r in rows:
        nv[r["variant"]] = nv.get(r["variant"], 0) + 1
    print("rows:", len(rows), nv)
    print("problems:", len(by), "templates:", len({r["template"] for r in rows}),
          "styles:", len({r["style"] for r in rows}))
    print("computations re-checked in correct rows:", n_comp, "| finals re-solved independently:", n_solved)
    print("fault kinds:", dict(sorted(stats.items())))
    print("PASS")


if __name__ == "__main__":
    main()
