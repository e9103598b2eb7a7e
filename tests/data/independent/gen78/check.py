#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (does not import the generator).

Re-reads every equation chain it can find in each solution (Unicode, ASCII and LaTeX notation),
evaluates it with exact fractions and asserts the per-variant contract. Prints PASS and exits 0.
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

UNIT_RE = re.compile(r"(?<=[\d)])\s*(km/h|°C|°F|°|%|mm|cm|in|hours|years|degree days|percentage points|degrees)"
                     r"(?![A-Za-z])")


def normalize(line):
    s = line
    s = s.replace("**", "")
    for a in ("\\(", "\\)", "\\[", "\\]", "$", "✓", "\\,", "\\!"):
        s = s.replace(a, " ")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = re.sub(r"\\text\{[^{}]*\}", "", s)
    s = s.replace("^\\circ", "").replace("\\%", "")
    s = s.replace("\\times", "*").replace("\\cdot", "*").replace("\\div", "/").replace("\\approx", "≈")
    s = s.replace("\u2212", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    s = re.sub(r"(?<=[\d)])\s*x\s*(?=[\d(])", " * ", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = UNIT_RE.sub("", s)
    return s


RUN = re.compile(r"[0-9.()+\-*/=≈ ]+")


class PErr(Exception):
    pass


def parse_expr(s):
    toks = re.findall(r"\d+(?:\.\d+)?|[()+\-*/]", s)
    if "".join(toks) != s.replace(" ", ""):
        raise PErr(s)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = peek()
        if t is None:
            raise PErr(s)
        if t == "-":
            take()
            return -atom()
        if t == "(":
            take()
            v = add()
            if take() != ")":
                raise PErr(s)
            return v
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            take()
            return F(t)
        raise PErr(s)

    def mul():
        v = atom()
        while peek() in ("*", "/"):
            op = take()
            w = atom()
            v = v * w if op == "*" else v / w
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            op = take()
            w = mul()
            v = v + w if op == "+" else v - w
        return v

    v = add()
    if pos[0] != len(toks):
        raise PErr(s)
    return v


def clean_seg(seg):
    s = seg.strip()
    changed = True
    while changed and s:
        changed = False
        if s[0] in "*/+).":
            s = s[1:].strip()
            changed = True
        if s and s[-1] in "*/+-(.":
            s = s[:-1].strip()
            changed = True
        if s.count("(") > s.count(")") and s.startswith("("):
            s = s[1:].strip()
            changed = True
        if s.count(")") > s.count("(") and s.endswith(")"):
            s = s[:-1].strip()
            changed = True
    return s


def decimals(seg):
    nums = re.findall(r"\d+(?:\.(\d+))?", seg)
    return max((len(x) for x in nums), default=0)


def chains(text):
    """Yield (line_start, line_end, ok, n_links) for every equation chain found."""
    out = []
    pos = 0
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        s = normalize(line)
        for m in RUN.finditer(s):
            run = m.group(0)
            if "=" not in run and "≈" not in run:
                continue
            parts = re.split(r"([=≈])", run)
            segs = [clean_seg(x) for x in parts[0::2]]
            rels = parts[1::2]
            # drop leading/trailing segments without digits
            while segs and not re.search(r"\d", segs[0]):
                segs.pop(0)
                rels.pop(0)
            while segs and not re.search(r"\d", segs[-1]):
                segs.pop()
                rels.pop()
            if len(segs) < 2:
                continue
            try:
                vals = [parse_expr(x) for x in segs]
            except (PErr, ZeroDivisionError):
                out.append((ls, le, None, len(rels)))
                continue
            ok = True
            for i, r in enumerate(rels):
                a, b = vals[i], vals[i + 1]
                if r == "=":
                    good = a == b
                else:
                    tol = F(1, 2) / F(10) ** decimals(segs[i + 1])
                    good = abs(a - b) <= tol
                ok = ok and good
            out.append((ls, le, ok, len(rels)))
    return out


def final_of(text):
    m = re.search(r"\n#### (\S+)\Z", text)
    return m.group(1) if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    errs = []
    byp = {}
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    stats = Counter()
    for r in rows:
        byp.setdefault(r["pid"], {})[r["variant"]] = r
    for pid, vs in byp.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "variants"))
            continue
        cor = vs["correct"]
        for v, r in vs.items():
            ks = list(r)
            if ks[:7] != keys_base:
                errs.append((pid, v, "key order"))
            text = r["solution"]
            ch = chains(text)
            stats["chains"] += len(ch)
            stats["unparsed"] += sum(1 for c in ch if c[2] is None)
            bad = [c for c in ch if c[2] is False]
            if v == "correct":
                if bad:
                    errs.append((pid, v, "wrong computation", text[bad[0][0]:bad[0][1]]))
                if final_of(text) != r["final"]:
                    errs.append((pid, v, "final"))
                if not any(c[2] for c in ch):
                    errs.append((pid, v, "no checkable computation"))
            elif v in ("slip", "carry"):
                s, e = r["span"]
                if not (s == 0 or text[s - 1] == "\n") or not (e == len(text) or text[e] == "\n"):
                    errs.append((pid, v, "span not a line"))
                if len(bad) != 1:
                    errs.append((pid, v, "bad count %d" % len(bad)))
                elif (bad[0][0], bad[0][1]) != (s, e):
                    errs.append((pid, v, "fault not at span"))
                if r["wrong"] not in text[s:e] or r["wrong"] == r["right"]:
                    errs.append((pid, v, "wrong string"))
                # the prefix before the faulty line matches the correct solution
                if cor["solution"][:s] != text[:s]:
                    errs.append((pid, v, "prefix differs"))
                cl = cor["solution"][s:cor["solution"].find("\n", s) if "\n" in cor["solution"][s:] else None]
                if r["right"] not in cl:
                    errs.append((pid, v, "right not in correct line"))
                fin = final_of(text)
                if v == "slip":
                    if fin != r["final"]:
                        errs.append((pid, v, "slip final"))
                    if text[e:] != cor["solution"][len(cl) + s:]:
                        errs.append((pid, v, "slip suffix differs"))
                else:
                    if fin is None or fin == r["final"]:
                        errs.append((pid, v, "carry final"))
                stats[r["kind"]] += 1
            elif v == "loop":
                if "####" in text:
                    errs.append((pid, v, "loop has ####"))
                s, e = r["span"]
                unit = text[s:e]
                if not unit.strip():
                    errs.append((pid, v, "empty unit"))
                if not text[:s].endswith(unit + "\n"):
                    errs.append((pid, v, "first copy missing"))
                if not (8 <= r["repeats"] <= 30):
                    errs.append((pid, v, "repeats range"))
                copies = 1 + text[s:].count(unit)
                rest = text[s:]
                if not rest.startswith("\n".join([unit] * (r["repeats"] - 1))):
                    errs.append((pid, v, "repeats mismatch"))
                if copies < r["repeats"]:
                    errs.append((pid, v, "copy count"))
                if bad:
                    errs.append((pid, v, "loop has wrong computation"))
                if not cor["solution"].startswith(text[:s]):
                    errs.append((pid, v, "loop prefix differs"))
    n = len(rows)
    print("rows", n, "problems", len(byp), "chains", stats["chains"], "unparsed", stats["unparsed"])
    if errs:
        for x in errs[:30]:
            print("ERR", x)
        print("FAIL", len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
