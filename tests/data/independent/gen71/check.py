#!/usr/bin/env python3
"""Independent re-checker for the conversion set (stdlib only; does not import the generator).

Re-reads every computation it can parse in each solution line ("a op b = c", chains, "≈" roundings,
LaTeX, worded operators, table rows, "q remainder r") and asserts:
  correct: no wrong computation, ends with "#### <final>";
  slip:    exactly one wrong result, inside `span`, final unchanged;
  carry:   exactly one wrong result, inside `span`, later steps consistent, final changed;
  loop:    no "####", the unit at `span` is repeated `repeats` times, no wrong computation.
python3 check.py [set.jsonl]  -> prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as Fr

UNITS = set("""in inch inches ft foot feet cm mm m metre metres meter meters km kilometre kilometres kilometer kilometers
mi mile miles yd yard yards mph km/h kph m/s lb lbs pound pounds kg kilogram kilograms g gram grams oz ounce ounces
fl st stone gal gallon gallons L l litre litres liter liters mL ml millilitre millilitres cup cups tbsp tsp
° °F °C F C degrees min minutes s sec seconds h hr hours sq m² cm/in in/ft mm/in m/ft ft/yd m/yd km/mi mi/km
ft² m²/ft² lb/kg kg/lb oz/lb g/oz L/gal mL/cup mL/tbsp mL/tsp lb/st km/gal km/L mpg ft/mi mL/fl""".split())

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TOK = re.compile(r"\s*(?:(?P<num>" + NUM + r")|(?P<op>[×*·÷/+\-−()])|(?P<rel>=|≈)|(?P<cur>[$€])"
                 r"|(?P<word>[A-Za-z°²]+(?:/[A-Za-z²]+)?)|(?P<other>\S))")


def latex_clean(s):
    s = s.replace("$$", " ")
    s = s.replace("\\$", "$")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("{,}", ",")
    for _ in range(3):
        s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1", s)
    s = s.replace("^\\circ", "°").replace("^{\\circ}", "°")
    for _ in range(3):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
    s = (s.replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷").replace("\\approx", "≈")
         .replace("\\left(", "(").replace("\\right)", ")").replace("\\,", " ").replace("\\ ", " "))
    return s


WORDED = [(", which is about", " ≈"), (", or about", " ≈"), (", which rounds to", " ≈"),
          (" is approximately ", " ≈ "), (" is about ", " ≈ "), (" equals ", " = "), (" times ", " × "),
          (" divided by ", " ÷ "), (" plus ", " + "), (" minus ", " − "), ("~=", "≈"), ("~", "≈"),
          (" deg F", "°F"), (" deg C", "°C")]


def normalize(line):
    s = latex_clean(line)
    st = s.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            return ""
        if len(cells) >= 2:
            calc, res = cells[-2], cells[-1]
            if res.startswith("≈") or res.startswith("="):
                s = calc + " " + res
            else:
                s = calc + " = " + res
    for a, b in WORDED:
        s = s.replace(a, b)
    s = s.replace("**", " ")
    return s


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        if m.group('num'):
            out.append(('num', m.group('num')))
        elif m.group('op'):
            o = m.group('op')
            o = {'*': '×', '·': '×', '/': '÷', '−': '-'}.get(o, o)
            out.append(('op', o))
        elif m.group('rel'):
            out.append(('rel', m.group('rel')))
        elif m.group('cur'):
            out.append(('cur', m.group('cur')))
        elif m.group('word'):
            w = m.group('word')
            if w == 'x':
                out.append(('op', '×'))
            elif w in UNITS:
                out.append(('unit', w))
            elif w in ('remainder', 'R'):
                out.append(('rem', w))
            else:
                out.append(('brk', w))
        else:
            out.append(('brk', m.group('other')))
    return out


MATH = ('num', 'op', 'unit', 'cur')


class PErr(Exception):
    pass


def parse(toks):
    """toks: list of math tokens. Returns (value, info) or raises PErr."""
    ts = [t for t in toks if t[0] in ('num', 'op')]
    # juxtaposition check: number directly after number (ignoring units/currency) is invalid
    pos = [0]
    nums = []

    def peek():
        return ts[pos[0]] if pos[0] < len(ts) else None

    def eat():
        t = peek()
        pos[0] += 1
        return t

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t == ('op', '('):
            eat()
            v = expr()
            if eat() != ('op', ')'):
                raise PErr()
            return v
        if t == ('op', '-'):
            eat()
            return -atom()
        if t[0] == 'num':
            eat()
            nums.append(t[1])
            return Fr(t[1].replace(',', ''))
        raise PErr()

    def term():
        v = atom()
        while peek() in (('op', '×'), ('op', '÷')):
            o = eat()[1]
            b = atom()
            if o == '×':
                v = v * b
            else:
                if b == 0:
                    raise PErr()
                v = v / b
        return v

    info = {}

    def expr():
        v = term()
        while peek() in (('op', '+'), ('op', '-')):
            o = eat()[1]
            b = term()
            v = v + b if o == '+' else v - b
        return v

    if not ts:
        raise PErr()
    # top-level division operands for remainder checks
    v = expr()
    if pos[0] != len(ts):
        raise PErr()
    for a, b in zip(toks, toks[1:]):
        if a[0] in ('num', 'unit') and b[0] == 'num':
            raise PErr()
    ops = [t for t in ts if t[0] == 'op' and t[1] not in '()']
    single = len(nums) == 1 and all(t[1] in '()-' for t in ops)
    unit = None
    for t in toks:
        if t[0] == 'unit':
            unit = t[1]
            break
    if any(t[0] == 'cur' for t in toks):
        unit = unit or 'cur'
    info.update(units=set(t[1] for t in toks if t[0] == 'unit'), single=single, unit=unit, text=nums[-1].replace(',', '') if nums else None, ts=ts)
    if single and ts and ts[0] == ('op', '-'):
        info['text'] = '-' + info['text']
    return v, info


def trailing(seg):
    run = []
    for t in reversed(seg):
        if t[0] in MATH:
            run.insert(0, t)
        else:
            break
    for k in range(len(run)):
        sub = run[k:]
        if sub[0][0] == 'unit':
            continue
        try:
            v, info = parse(sub)
        except PErr:
            continue
        if k > 0 and run[k - 1][0] in ('num', 'unit'):
            return None
        if k > 0 and run[k - 1] == ('op', '-') and (k == 1 or run[k - 2][0] not in ('num', 'unit')):
            continue
        return v, info
    return None


def leading(seg):
    run = []
    for t in seg:
        if t[0] in MATH:
            run.append(t)
        else:
            break
    for k in range(len(run), 0, -1):
        sub = run[:k]
        try:
            v, info = parse(sub)
        except PErr:
            continue
        if k < len(run) and run[k][0] == 'num':
            return None
        rest = seg[k:]
        return v, info, rest
    return None


def tol_ok(written, exact):
    w = Fr(written)
    if '.' in written:
        d = len(written.split('.')[1])
        tol = Fr(1, 2 * 10 ** d)
    else:
        digits = written.lstrip('-')
        k = len(digits) - len(digits.rstrip('0')) if digits != '0' else 0
        tol = Fr(10 ** k, 2)
    return abs(w - exact) <= tol


def check_line(line):
    """Returns (n_checked, n_wrong)."""
    s = normalize(line)
    if not s.strip():
        return 0, 0
    lenient = bool(re.search(r"round|d\.p\.", line))
    toks = tokenize(s)
    segs = [[]]
    rels = []
    for t in toks:
        if t[0] == 'rel':
            rels.append(t[1])
            segs.append([])
        else:
            segs[-1].append(t)
    checked = wrong = 0
    prev = None  # (value of side i as left, was_wrong, value of side i-1)
    for i, r in enumerate(rels):
        L = trailing(segs[i])
        R = leading(segs[i + 1])
        if L is None or R is None:
            prev = None
            continue
        lv, li = L
        rv, ri, rest = R
        if li['single'] and ri['single'] and li['unit'] and ri['unit'] and li['unit'] != ri['unit']:
            prev = None
            continue
        if li['single'] and li['unit'] and ri['units'] and li['unit'] not in ri['units']:
            prev = None
            continue
        # remainder form: a ÷ b = q remainder r
        if rest and rest[0][0] == 'rem':
            m = [t for t in rest[1:3] if t[0] == 'num']
            ts = li['ts']
            if m and len(ts) == 3 and ts[1] == ('op', '÷'):
                a, b = Fr(ts[0][1].replace(',', '')), Fr(ts[2][1].replace(',', ''))
                rr = Fr(m[0][1].replace(',', ''))
                checked += 1
                if not (rv * b + rr == a and 0 <= rr < b):
                    wrong += 1
            prev = None
            continue

        def ok(target):
            if r == '=' and not lenient:
                return rv == target
            if ri['single']:
                return tol_ok(ri['text'], target)
            return rv == target

        checked += 1
        good = ok(lv)
        if not good and prev is not None and prev[1]:
            good = ok(prev[0])
        if not good:
            wrong += 1
        prev = (lv, not good)
    return checked, wrong


def analyse(sol):
    res = []
    off = 0
    for ln in sol.split("\n"):
        c, w = check_line(ln)
        res.append((off, off + len(ln), c, w, ln))
        off += len(ln) + 1
    return res


def num_eq(a, b):
    try:
        return Fr(a.replace(',', '').replace('−', '-')) == Fr(b.replace(',', '').replace('−', '-'))
    except (ValueError, ZeroDivisionError):
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    total_checked = 0
    by_pid = {}
    for row in rows:
        v = row["variant"]
        pid = row["pid"]
        by_pid.setdefault(pid, {})[v] = row
        exp = keys + {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                      "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if list(row.keys()) != exp:
            errs.append((pid, v, "keys", list(row.keys())))
            continue
        sol = row["solution"]
        if v == "loop":
            s0, s1 = row["span"]
            body = sol[:s0 - 1 - (s1 - s0) + (s1 - s0 + 1) * row["repeats"] - 1]
            an = analyse(body)
        else:
            an = analyse(sol)
        total_checked += sum(a[2] for a in an)
        wrongs = [a for a in an if a[3]]
        nwrong = sum(a[3] for a in an)
        last = sol.rstrip("\n").split("\n")[-1]
        if v == "correct":
            if nwrong:
                errs.append((pid, v, "wrong computation in correct row", [a[4] for a in wrongs]))
            if not last.startswith("#### ") or last[5:] != row["final"]:
                errs.append((pid, v, "final line", last))
            if sum(a[2] for a in an) == 0:
                errs.append((pid, v, "nothing checked"))
        elif v in ("slip", "carry"):
            s0, s1 = row["span"]
            if nwrong != 1:
                errs.append((pid, v, f"{nwrong} wrong", [a[4] for a in wrongs]))
            elif not (wrongs[0][0] == s0 and wrongs[0][1] == s1):
                errs.append((pid, v, "wrong outside span", wrongs[0][4], sol[s0:s1]))
            seg = sol[s0:s1]
            if "\n" in seg:
                errs.append((pid, v, "span not one line"))
            nums = re.findall(NUM, latex_clean(seg).replace("{,}", ","))
            if not any(num_eq(n, row["wrong"].lstrip('-')) for n in nums):
                errs.append((pid, v, "wrong value not in span", seg, row["wrong"]))
            if not last.startswith("#### "):
                errs.append((pid, v, "no final line"))
            elif v == "slip" and last[5:] != row["final"]:
                errs.append((pid, v, "slip final changed", last))
            elif v == "carry" and num_eq(last[5:], row["final"]):
                errs.append((pid, v, "carry final unchanged", last))
        elif v == "loop":
            s0, s1 = row["span"]
            unit = sol[s0:s1]
            n = row["repeats"]
            if "####" in sol:
                errs.append((pid, v, "#### in loop"))
            start = s0 - len(unit) - 1
            if start < 0 or sol[start:s0 - 1] != unit:
                errs.append((pid, v, "first copy mismatch"))
            else:
                block = "\n".join([unit] * n)
                if sol[start:start + len(block)] != block:
                    errs.append((pid, v, "repeats mismatch"))
                elif sol[start + len(block):start + len(block) + len(unit) + 1] == "\n" + unit:
                    errs.append((pid, v, "more copies than repeats"))
            if not (8 <= n <= 30):
                errs.append((pid, v, "repeats range"))
            if nwrong:
                errs.append((pid, v, "wrong computation in loop", [a[4] for a in wrongs]))
    for pid, d in by_pid.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "-", "variants", sorted(d)))
            continue
        c = d["correct"]["solution"]
        if not d["loop"]["solution"].startswith(c[:d["loop"]["span"][0] - 1].rsplit("\n", 0)[0][:20]):
            errs.append((pid, "loop", "prefix"))
        if len(set(r["final"] for r in d.values())) != 1:
            errs.append((pid, "-", "final fields differ"))
    if errs:
        for e in errs[:40]:
            print("FAIL", e)
        print(f"{len(errs)} problems in {len(rows)} rows")
        sys.exit(1)
    print(f"PASS ({len(rows)} rows, {total_checked} computations checked)")


if __name__ == "__main__":
    main()
