#!/usr/bin/env python3
"""Independent checker: re-parses every rendered computation line from the
solution TEXT (LaTeX, unicode, ascii and worded forms) and re-computes it.

usage: python3 check.py OUTDIR
Checks
  correct: every computation right; #### last line == final == last result
  slip:    exactly one computation wrong, inside span, shows `wrong`;
           same number of computations as the correct version; #### unchanged
  carry:   exactly one computation wrong (the origin), inside span; every later
           computation right (so the error is carried); final == last result,
           final != correct final
  loop:    no #### line; last line repeated (>= 12 repeats)"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

WORD_OPS = [
    (r"\bsplit equally (?:among|between)\b", " ÷ "),
    (r"\bmultiplied by\b", " × "),
    (r"\bdivided by\b", " ÷ "),
    (r"\btimes\b", " × "),
    (r"\bminus\b", " − "),
    (r"\bplus\b", " + "),
    (r"\bis (?:about|approximately|roughly)\b", " ≈ "),
    (r"\b(?:equals|is|gives|makes|comes to)\b", " = "),
]

TOK = re.compile(r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?%?)"
                 r"|(?P<word>-?[A-Za-z][A-Za-z'’\-]*(?:/[A-Za-z]+)?)"
                 r"|(?P<op>[×÷+−*/=≈]|(?<=\s)-(?=\s))"
                 r"|(?P<punct>\S)")


def normalize(line):
    s = line.replace("**", " ")
    s = s.replace("{,}", ",")
    s = s.replace("\\$", "").replace("$", "")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    for _ in range(3):
        s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r" \1 / \2 ", s)
    s = s.replace("\\times", " × ").replace("\\cdot", " × ").replace("\\div", " ÷ ")
    s = s.replace("\\approx", " ≈ ").replace("\\%", "%")
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\,", "").replace("{", " ").replace("}", " ")
    for pat, rep in WORD_OPS:
        s = re.sub(pat, rep, s, flags=re.I)
    return s


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group(k)
        if k == 'num':
            pct = t.endswith('%')
            v = F(t.rstrip('%').replace(',', ''))
            out.append(('num', v / 100 if pct else v, pct))
        elif k == 'word':
            if t.lower() == 'of' and out and out[-1][0] == 'num' and out[-1][2]:
                out.append(('op', '*', None))
            else:
                out.append(('word', t, None))
        elif k == 'op':
            out.append(('op', {'−': '-', '×': '*', '÷': '/'}.get(t, t), None))
        else:
            out.append(('punct', t, None))
    return out


def evaluate(nums, ops):
    acc = [nums[0]]
    add = []
    for op, x in zip(ops, nums[1:]):
        if op == '*':
            acc[-1] *= x
        elif op == '/':
            acc[-1] /= x
        else:
            add.append(op)
            acc.append(x)
    r = acc[0]
    for op, x in zip(add, acc[1:]):
        r = r + x if op == '+' else r - x
    return r


def parse_line(line):
    """Return list of computations: dict(lhs, rhs, rel, rem, ok)."""
    toks = tokens(normalize(line))
    comps = []
    for i, (k, v, _) in enumerate(toks):
        if k != 'op' or v not in ('=', '≈'):
            continue
        # rhs: next token must be a number
        if i + 1 >= len(toks) or toks[i + 1][0] != 'num':
            continue
        rhs = toks[i + 1][1]
        # lhs: walk backwards over number (op number)*, skipping unit words
        j = i - 1
        nums, ops = [], []
        while True:
            while j >= 0 and toks[j][0] == 'word':
                j -= 1
            if j < 0 or toks[j][0] != 'num':
                break
            nums.append(toks[j][1])
            j -= 1
            while j >= 0 and toks[j][0] == 'word':
                j -= 1
            if j >= 0 and toks[j][0] == 'op' and toks[j][1] in '+-*/':
                ops.append(toks[j][1])
                j -= 1
                continue
            break
        if not ops or len(nums) != len(ops) + 1:
            continue
        nums.reverse()
        ops.reverse()
        # remainder?
        rem = None
        for t in range(i + 2, min(i + 9, len(toks))):
            if toks[t][0] == 'word' and toks[t][1].lower() == 'remainder':
                for u in range(t + 1, min(t + 4, len(toks))):
                    if toks[u][0] == 'num':
                        rem = toks[u][1]
                        break
                break
            if toks[t][0] in ('op', 'num'):
                break
        val = evaluate(nums, ops)
        if rem is not None:
            assert len(nums) == 2 and ops == ['/']
            q, rr = divmod(nums[0], nums[1])
            ok = (rhs == q and rem == rr)
        elif v == '≈':
            ok = abs(val - rhs) <= F(1, 200) and val != rhs
        else:
            ok = val == rhs
        comps.append({'rhs': rhs, 'val': val, 'rel': v, 'rem': rem, 'ok': ok})
    return comps


def analyse(sol):
    res = []
    pos = 0
    for line in sol.split("\n"):
        for c in parse_line(line):
            c['start'], c['end'] = pos, pos + len(line)
            res.append(c)
        pos += len(line) + 1
    return res


def num_of(s):
    return F(s)


def expected_step_counts():
    """Regenerate the problems (not the text) to know how many computations
    each solution must contain, so silently unparsed lines are caught."""
    import os
    import tempfile
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import gen
    with tempfile.TemporaryDirectory() as d:
        probs, _ = gen.build(d)
    return {f"p{i:03d}": len(p[3]) for i, p in enumerate(probs)}


def main(outdir):
    rows = [json.loads(l) for l in open(f"{outdir}/set.jsonl")]
    nsteps = expected_step_counts()
    by = defaultdict(dict)
    for r in rows:
        by[r['pid']][r['variant']] = r
    errs = []
    ncomp = Counter()

    def err(r, msg):
        errs.append(f"{r['pid']} {r['variant']} {r['style']} {r['template']}: {msg}")

    for pid, vs in by.items():
        c = vs['correct']
        ca = analyse(c['solution'])
        ncomp['correct'] += len(ca)
        last = c['solution'].split("\n")[-1]
        if last != f"#### {c['final']}":
            err(c, "bad #### line")
        if len(ca) != nsteps[pid]:
            err(c, f"parsed {len(ca)} computations, expected {nsteps[pid]}")
        if not ca:
            continue
        bad = [x for x in ca if not x['ok']]
        if bad:
            err(c, f"wrong computation(s) in correct solution: {bad}")
        if F(c['final']) != ca[-1]['rhs']:
            err(c, f"final {c['final']} != last result {ca[-1]['rhs']}")
        if any(x['rel'] == '≈' and x['val'] == x['rhs'] for x in ca):
            err(c, "≈ used without rounding")
        for var in ('slip', 'carry'):
            s = vs[var]
            sa = analyse(s['solution'])
            ncomp[var] += len(sa)
            if len(sa) != len(ca):
                err(s, f"{len(sa)} computations vs {len(ca)} in correct")
                continue
            bad = [x for x in sa if not x['ok']]
            if len(bad) != 1:
                err(s, f"{len(bad)} wrong computations (expected 1)")
                continue
            b = bad[0]
            if [b['start'], b['end']] != s['span']:
                err(s, f"wrong line {b['start'], b['end']} != span {s['span']}")
            if b['rhs'] != F(str(s['wrong'])):
                err(s, f"rhs {b['rhs']} != wrong {s['wrong']}")
            if b['val'] == F(str(s['wrong'])) or F(str(s['right'])) == F(str(s['wrong'])):
                err(s, "wrong equals right")
            seg = s['solution'][s['span'][0]:s['span'][1]]
            if "\n" in seg:
                err(s, "span covers several lines")
            if s['solution'].split("\n")[-1] != f"#### {s['final']}":
                err(s, "bad #### line")
            if var == 'slip':
                if s['final'] != c['final']:
                    err(s, "slip changed the final answer")
                # everything outside the faulty line identical
                a0, a1 = s['span']
                cl = c['solution']
                if s['solution'][:a0] != cl[:a0] or s['solution'][a1:] != cl[len(cl) - (len(s['solution']) - a1):]:
                    err(s, "slip changed text outside its line")
            else:
                if s['final'] == c['final']:
                    err(s, "carry did not change final")
                if F(s['final']) != sa[-1]['rhs'] and sa[-1] is not b:
                    err(s, "carry final != last result")
                idx = sa.index(b)
                if idx + 1 < len(sa) and sa[-1]['rhs'] == ca[-1]['rhs']:
                    err(s, "error not carried to the end")
        lp = vs['loop']
        L = lp['solution'].split("\n")
        if any(x.startswith("####") for x in L):
            err(lp, "loop has #### line")
        if len(L) < 13 or len(set(L[-13:])) != 1:
            err(lp, "loop tail not repeated 13x")
        if lp['final'] is not None:
            err(lp, "loop final not null")
    print(f"rows={len(rows)} problems={len(by)} computations={dict(ncomp)}")
    if errs:
        print(f"{len(errs)} ERRORS")
        for e in errs[:40]:
            print(" ", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
