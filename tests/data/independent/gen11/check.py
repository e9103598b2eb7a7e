#!/usr/bin/env python3
"""Independent re-check of an mcrgen JSONL set, from the solution text alone.

    python3 check.py set.jsonl [-v]

For every line of every solution it finds the written computations (symbolic
"a × b = c" chains, LaTeX, worded forms such as "subtract 15 from 40 to get 25",
and result-first forms such as "$36 (3 × $12)"), re-evaluates them with exact
fractions and compares with the written result. It does not use the generator's
code or step data; row metadata (span, wrong, right, ...) is only used to confirm
that the text agrees with it.
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

# ----------------------------------------------------------------- normalisation

Q = r"(?:\d{1,2}:\d{2}\s*[AP]M|\(\d+/\d+\)|\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?(?:/\d+)?)"


def latex_to_text(s):
    for _ in range(3):
        s = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1/\2)", s)
    s = re.sub(r"\\(?:text|mathrm|textbf|mbox)\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    s = s.replace("\\times", " × ").replace("\\cdot", " × ").replace("\\div", " ÷ ")
    s = s.replace("\\$", "$").replace("\\%", "%").replace("{,}", ",")
    s = re.sub(r"\\[()\[\]]", " ", s)
    s = re.sub(r"\\[,;:! ]|\\quad|\\qquad", " ", s)
    s = s.replace("{", "").replace("}", "")
    return s


def worded_to_symbols(s):
    s = re.sub(rf"\b(?:[Mm]ultiply|[Mm]ultiplying)\s+({Q})\s+by\s+({Q})", r"\1 × \2", s)
    s = re.sub(rf"\b(?:[Dd]ivide|[Dd]ividing)\s+({Q})\s+by\s+({Q})", r"\1 ÷ \2", s)
    s = re.sub(rf"\b(?:[Ss]ubtract|[Ss]ubtracting)\s+({Q})\s+from\s+({Q})", r"\2 − \1", s)

    def add_repl(m):
        items = re.findall(Q, m.group(1)) + [m.group(2)]
        return " + ".join(items)
    s = re.sub(rf"\b(?:[Aa]dd|[Aa]dding)\s+((?:{Q},\s+)*{Q}),?\s+and\s+({Q})", add_repl, s)
    s = re.sub(r"\s+(?:times|multiplied by)\s+(?=[\d$(])", " × ", s)
    s = re.sub(r"\s+divided by\s+(?=[\d$(])", " ÷ ", s)
    s = re.sub(r"\s+plus\s+(?=[\d$(])", " + ", s)
    s = re.sub(r"\s+minus\s+(?=[\d$(])", " − ", s)
    s = re.sub(r",?\s+(?:which is|which gives(?: us)?|giving(?: us)?|to get|equals|is equal to|gives(?: us)?"
               r"|makes|leaves(?: us with)?|leaving|comes to|is)\s+(?=[\d$(])", " = ", s)
    return s


def normalize(line):
    s = line.replace("**", "")
    s = re.sub(r"^\s*#+\s*", "", s)
    s = re.sub(r"^\s*(?:[-*+•]|\d+\.)\s+", "", s)
    s = latex_to_text(s)
    s = worded_to_symbols(s)
    return s


# ----------------------------------------------------------------- tokens

TOK = re.compile(r"""
    (?P<clock>\d{1,2}:\d{2}\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.))
  | (?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)%?)
  | (?P<unitslash>/[A-Za-z]+)
  | (?P<word>[A-Za-z][A-Za-z'’²³\-]*)
  | (?P<op>[-+−×*·÷/])
  | (?P<eq>=)
  | (?P<lp>\()
  | (?P<rp>\))
  | (?P<dollar>\$)
  | (?P<ws>\s+)
  | (?P<punct>.)
""", re.X)

OPMAP = {'-': '-', '−': '-', '+': '+', '×': '*', '*': '*', '·': '*', '÷': '/', '/': '/'}


class Tok:
    __slots__ = ('t', 'v', 's')

    def __init__(self, t, v, s):
        self.t, self.v, self.s = t, v, s

    def __repr__(self):
        return f"{self.t}:{self.s}"


def clock_minutes(s):
    m = re.match(r"(\d{1,2}):(\d{2})\s*([AaPp])", s)
    h, mm, ap = int(m.group(1)), int(m.group(2)), m.group(3).lower()
    h = h % 12 + (12 if ap == 'p' else 0)
    return F(h * 60 + mm)


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        x = m.group(0)
        if k == 'ws':
            continue
        if k == 'clock':
            out.append(Tok('num', clock_minutes(x), x))
        elif k == 'num':
            pct = x.endswith('%')
            v = F(x.rstrip('%').replace(',', ''))
            out.append(Tok('num', v / 100 if pct else v, x))
        elif k == 'unitslash':
            out.append(Tok('word', None, x))
        elif k == 'word':
            out.append(Tok('word', None, x))
        elif k == 'op':
            out.append(Tok('op', OPMAP[x], x))
        else:
            out.append(Tok(k, None, x))
    # words that act as operators: "of" after a number/percent/fraction, "x" between quantities
    for i, t in enumerate(out):
        if t.t == 'word' and t.s in ('of', 'x', 'X') and 0 < i < len(out) - 1:
            prev, nxt = out[i - 1], out[i + 1]
            if t.s == 'of':
                ok_prev = prev.t in ('num', 'rp')
            else:
                ok_prev = prev.t in ('num', 'rp', 'word')
            if ok_prev and nxt.t in ('num', 'dollar', 'lp'):
                out[i] = Tok('op', '*', t.s)
    return out


# ----------------------------------------------------------------- expression parser

class Fail(Exception):
    pass


def parse(toks, i, j):
    """Value and operand list of toks[i:j] if it is one complete expression, else None."""
    st = {'p': i, 'ops': 0, 'nums': []}

    def peek():
        return toks[st['p']] if st['p'] < j else None

    def units():
        while peek() is not None and peek().t == 'word':
            st['p'] += 1

    def primary():
        t = peek()
        if t is None:
            raise Fail
        if t.t == 'dollar':
            st['p'] += 1
            t = peek()
            if t is None or t.t != 'num':
                raise Fail
        if t.t == 'num':
            st['p'] += 1
            st['nums'].append(t.v)
            units()
            return t.v
        if t.t == 'lp':
            st['p'] += 1
            v = expr()
            t = peek()
            if t is None or t.t != 'rp':
                raise Fail
            st['p'] += 1
            units()
            return v
        raise Fail

    def term():
        v = primary()
        while peek() is not None and peek().t == 'op' and peek().v in '*/':
            o = peek().v
            st['p'] += 1
            st['ops'] += 1
            w = primary()
            if o == '*':
                v = v * w
            else:
                if w == 0:
                    raise Fail
                v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek().t == 'op' and peek().v in '+-':
            o = peek().v
            st['p'] += 1
            st['ops'] += 1
            w = term()
            v = v + w if o == '+' else v - w
        return v

    if i >= j or toks[i].t not in ('num', 'dollar', 'lp'):
        return None
    try:
        v = expr()
    except Fail:
        return None
    if st['p'] != j:
        return None
    return v, st['ops'] > 0, st['nums']


def longest_suffix(toks, lo, hi):
    for s in range(lo, hi):
        r = parse(toks, s, hi)
        if r:
            return r
    return None


def longest_prefix(toks, lo, hi):
    for e in range(hi, lo, -1):
        r = parse(toks, lo, e)
        if r:
            return r, e
    return None, lo


class Comp:
    __slots__ = ('line', 'computed', 'stated', 'ok', 'operands', 'src')

    def __init__(self, line, computed, stated, operands, src):
        self.line, self.computed, self.stated = line, computed, stated
        self.ok = computed == stated
        self.operands, self.src = operands, src


def line_computations(line, ln):
    toks = tokenize(normalize(line))
    comps = []
    eqs = [i for i, t in enumerate(toks) if t.t == 'eq']
    k = 0
    while k < len(eqs):
        e = eqs[k]
        lo = eqs[k - 1] + 1 if k > 0 else 0
        left = longest_suffix(toks, lo, e)
        chain = [left] if left else []
        while True:
            hi = eqs[k + 1] if k + 1 < len(eqs) else len(toks)
            right, end = longest_prefix(toks, e + 1, hi)
            if right is None:
                break
            chain.append(right)
            if end == hi and k + 1 < len(eqs):
                k += 1
                e = eqs[k]
                continue
            break
        k += 1
        base = next((c for c in chain if c[1]), None)
        if base is None:
            continue
        after = chain[chain.index(base) + 1:]
        if not after:
            continue
        stated = next((c[0] for c in after if c[0] != base[0]), after[-1][0])
        comps.append(Comp(ln, base[0], stated, base[2], line))
    # result-first: "<number> [words] (<expression>)"
    for i, t in enumerate(toks):
        if t.t != 'lp':
            continue
        depth, j = 0, i
        while j < len(toks):
            if toks[j].t == 'lp':
                depth += 1
            elif toks[j].t == 'rp':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= len(toks):
            continue
        inner = toks[i + 1:j]
        if any(x.t == 'eq' for x in inner):
            continue
        a = i + 1
        while a < j and toks[a].t in ('word', 'punct'):
            a += 1
        r = parse(toks, a, j)
        if not r or not r[1]:
            continue
        if j + 1 < len(toks) and toks[j + 1].t in ('op', 'eq'):
            continue
        b, nw = i - 1, 0
        while b >= 0 and toks[b].t == 'word' and nw < 4:
            b -= 1
            nw += 1
        if b < 0 or toks[b].t != 'num':
            continue
        if i - 1 >= 0 and toks[i - 1].t == 'op':
            continue
        comps.append(Comp(ln, r[0], toks[b].v, r[2], line))
    return comps


def solution_computations(text):
    out = []
    for ln, line in enumerate(text.split("\n")):
        out.extend(line_computations(line, ln))
    return out


FINAL_RE = re.compile(r"(?:####\s*|\\boxed\{\s*|[Aa]nswer(?:\s+is)?\s*:?\s*)\$?\s*"
                      r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def final_marker(text):
    ms = list(FINAL_RE.finditer(text.replace("**", "")))
    return ms[-1].group(1).replace(",", "") if ms else None


def line_index(text, span):
    a, b = span
    if not (0 <= a <= b <= len(text)):
        return None
    if a > 0 and text[a - 1] != "\n":
        return None
    if b < len(text) and text[b] != "\n":
        return None
    if "\n" in text[a:b]:
        return None
    return text[:a].count("\n")


def near(x, s):
    """Written value x equals plain number s (also allowing the percent reading of s)."""
    v = F(s)
    return x == v or x == v / 100


# ----------------------------------------------------------------- checks

def check_group(rows, errs):
    by = {r['variant']: r for r in rows}
    pid = rows[0]['pid']

    def err(msg):
        errs.append(f"{pid}: {msg}")

    if sorted(by) != ['carry', 'correct', 'loop', 'slip'] or len(rows) != 4:
        return err(f"variants {sorted(by)}")
    if len({r['style'] for r in rows}) != 1 or len({r['problem'] for r in rows}) != 1:
        err("variants differ in style or problem")
    c, s, k, lp = by['correct'], by['slip'], by['carry'], by['loop']
    cl = c['solution'].split("\n")

    # correct
    cc = solution_computations(c['solution'])
    if len(cc) < 2:
        err(f"correct: only {len(cc)} computations found")
    bad = [x for x in cc if not x.ok]
    if bad:
        err(f"correct: wrong computation on line {bad[0].line}: {bad[0].src!r}")
    fm = final_marker(c['solution'])
    if fm is None or fm != c['final'].replace(",", ""):
        err(f"correct: final marker {fm} vs field {c['final']}")
    elif cc and cc[-1].stated != F(fm):
        err(f"correct: final {fm} is not the last computed result {cc[-1].stated}")

    # slip and carry
    for r in (s, k):
        v = r['variant']
        li = line_index(r['solution'], r['span'])
        if li is None:
            err(f"{v}: span is not a whole line")
            continue
        comps = solution_computations(r['solution'])
        bad = [x for x in comps if not x.ok]
        if len(bad) != 1:
            err(f"{v}: {len(bad)} wrong computations (expected 1): {[b.src for b in bad][:3]}")
            continue
        b = bad[0]
        if b.line != li:
            err(f"{v}: wrong computation on line {b.line}, span on line {li}")
        if not near(b.stated, r['wrong']):
            err(f"{v}: written result {b.stated} != wrong {r['wrong']}")
        if not near(b.computed, r['right']):
            err(f"{v}: recomputed {b.computed} != right {r['right']}")
        if len(comps) != len(cc):
            err(f"{v}: {len(comps)} computations vs {len(cc)} in correct")
        rl = r['solution'].split("\n")
        if rl[:li] != cl[:li]:
            err(f"{v}: text before the span differs from the correct solution")
        fmk = final_marker(r['solution'])
        if fmk is None or fmk != r['final'].replace(",", ""):
            err(f"{v}: final marker {fmk} vs field {r['final']}")
        if v == 'slip':
            if len(rl) != len(cl) or any(a != b_ for i, (a, b_) in enumerate(zip(rl, cl)) if i != li):
                err("slip: lines other than the span differ from the correct solution")
            if r['final'] != c['final']:
                err("slip: final differs from the correct final")
            if r['span'][0] != k['span'][0] or r['wrong'] != k['wrong'] or r['step'] != k['step']:
                err("slip and carry disagree on the fault")
        else:
            if r.get('correct_final') != c['final']:
                err("carry: correct_final does not match the correct row")
            if F(r['final']) == F(c['final']):
                err("carry: final answer did not change")
            w = F(r['wrong'])
            later = [x for x in comps if x is not b and (x.line > li or (x.line == li and comps.index(x) > comps.index(b)))]
            if not any(any(o == w or o == w / 100 for o in x.operands) for x in later):
                err("carry: wrong value is not used by any later computation")

    # loop
    text = lp['solution']
    if final_marker(text) is not None:
        err("loop: has a final answer")
    li = line_index(text, lp['span'])
    if li is None:
        err("loop: span is not a whole line")
    else:
        ll = text.split("\n")
        per, rep = lp['period_lines'], lp['repeats']
        if not (15 <= rep <= 22) or per < 1 or per > li:
            err(f"loop: repeats={rep} period={per}")
        else:
            tail = ll[li:]
            if any(t != ll[li - per + (i % per)] for i, t in enumerate(tail)):
                err("loop: tail is not a repetition of the period")
            ncopies = -(-len(tail) // per)
            if ncopies != rep:
                err(f"loop: {ncopies} copies, field says {rep}")
            if ll[:li] != cl[:li]:
                err("loop: text before the loop differs from the correct solution")
            if not any(x.strip() for x in ll[li - per:li]):
                err("loop: period is blank")
        lc = solution_computations(text)
        if any(not x.ok for x in lc):
            err("loop: contains a wrong computation")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('-') else 'set.jsonl'
    verbose = '-v' in sys.argv
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errs = []
    groups = {}
    order = []
    for r in rows:
        if r['pid'] not in groups:
            groups[r['pid']] = []
            order.append(r['pid'])
        groups[r['pid']].append(r)
    for pid in order:
        check_group(groups[pid], errs)
    var = Counter(r['variant'] for r in rows)
    styles = Counter(r['style'] for r in rows if r['variant'] == 'correct')
    tmpl = {r['template'] for r in rows}
    kinds = Counter(r['kind'] for r in rows if r['variant'] == 'slip')
    cats = Counter(r['category'] for r in rows if r['variant'] == 'correct')
    if len(tmpl) < 140:
        errs.append(f"only {len(tmpl)} templates")
    if len(order) < 560:
        errs.append(f"only {len(order)} problems")
    ncomp = sum(len(solution_computations(g[0]['solution'])) for g in groups.values())
    print(f"rows={len(rows)} problems={len(order)} templates={len(tmpl)} computations(correct)={ncomp}")
    print("variants:", dict(sorted(var.items())))
    print("styles:", dict(sorted(styles.items())))
    print("categories:", dict(sorted(cats.items())))
    print("fault kinds:", dict(sorted(kinds.items())))
    if errs:
        for e in errs[: (len(errs) if verbose else 40)]:
            print("FAIL", e)
        print(f"{len(errs)} problem(s) found")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == '__main__':
    main()
