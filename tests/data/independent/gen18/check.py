#!/usr/bin/env python3
"""Independent re-check of a set-18 JSONL file from the text alone.

python3 check.py [set.jsonl]

Does not import the generator.  Every line of every solution is normalised
(LaTeX, markdown, $, thousands separators, unicode and worded operators,
percent / fraction "of", worded equals) and tokenised; every chain
"expr = expr (= expr ...)" with an operator is evaluated with Fractions.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

NUMRE = r'[0-9][0-9,]*(?:\.[0-9]+)?'
ANS_RES = [
    re.compile(r'\\boxed\{\s*(?:\\\$|\$)?\s*(' + NUMRE + r')\s*\}'),
    re.compile(r'\*\*(?:Final )?Answer:\*\*\s*(?:\\\$|\$)?\s*(' + NUMRE + r')'),
    re.compile(r'\*\*(?:Final )?Answer:\s*(?:\\\$|\$)?\s*(' + NUMRE + r')\s*\*\*'),
    re.compile(r'^####\s*(?:\\\$|\$)?\s*(' + NUMRE + r')'),
    re.compile(r'(?i)\bthe (?:final )?answer is:?\s*\**\s*(?:\\\$|\$)?\s*(' + NUMRE + r')'),
]
KINDS = ('off_by', 'wrong_op', 'digit_swap', 'times10', 'div10')
VARIANTS = ['correct', 'slip', 'carry', 'loop']


def answers(text):
    out = []
    for ln in text.split('\n'):
        for rx in ANS_RES:
            for m in rx.finditer(ln):
                out.append(m.group(1).replace(',', ''))
    return out


# ------------------------------------------------------------ normalisation
def undo_latex(s):
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1/\2)', s)
    s = s.replace('\\times', '×').replace('\\cdot', '×').replace('\\div', '÷')
    s = s.replace('\\$', '$').replace('\\%', '%')
    s = re.sub(r'\\[()\[\]]', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    s = s.replace('{', ' ').replace('}', ' ')
    return s


def normalise(line):
    s = undo_latex(line)
    s = s.replace('**', '')
    s = re.sub(r'^\s*#+\s*', '', s)
    s = re.sub(r'^\s*[-*•]\s+', '', s)
    s = re.sub(r'^\s*\d+[.)]\s+', '', s)
    s = s.replace('$', '')
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'(\d),(\d{3})(?!\d)', r'\1\2', s)
    s = (s.replace('×', ' * ').replace('·', ' * ').replace('÷', ' / ').replace('−', ' - ')
         .replace('–', ' - ').replace('’', "'"))
    s = re.sub(r'\bmultiplied by\b', ' * ', s)
    s = re.sub(r'\btimes\b', ' * ', s)
    s = re.sub(r'\bdivided by\b', ' / ', s)
    s = re.sub(r'\bminus\b', ' - ', s)
    s = re.sub(r'\bplus\b', ' + ', s)
    s = re.sub(r'(?<=[\d)])\s*x\s*(?=[\d(])', ' * ', s)
    s = re.sub(r'(\d+(?:\.\d+)?)\s*%\s*of\b', r' (\1/100) * ', s)
    s = re.sub(r'(\d+(?:\.\d+)?)\s*%', r' (\1/100) ', s)
    s = re.sub(r'(\d+/\d+|\([0-9]+/[0-9]+\))\s+of\b', r' (\1) * ', s)
    s = re.sub(r'(?i),?\s*\bwhich is\b', ' = ', s)
    s = re.sub(r"(?i),?\s*\bthat's\b", ' = ', s)
    s = re.sub(r'(?i)\b(?:equals|comes to|gives|is)\b', ' = ', s)
    return s


TOK = re.compile(r"\d+(?:\.\d+)?|[-+*/()=]|[A-Za-z_']+|\S")


class ParseError(Exception):
    pass


def parse(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def factor():
        t = peek()
        if t is None:
            raise ParseError
        if t == '(':
            take()
            v = expr()
            if peek() != ')':
                raise ParseError
            take()
            return v
        if re.fullmatch(r'\d+(?:\.\d+)?', t):
            take()
            return F(t)
        raise ParseError

    def term():
        v = factor()
        while peek() in ('*', '/'):
            op = take()
            w = factor()
            if op == '*':
                v = v * w
            else:
                if w == 0:
                    raise ParseError
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in ('+', '-'):
            op = take()
            w = term()
            v = v + w if op == '+' else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ParseError
    return v


def trim(run):
    run = list(run)
    while run:
        o, c = run.count('('), run.count(')')
        if o == c:
            break
        if o > c and run[0] == '(':
            run.pop(0)
        elif c > o and run[-1] == ')':
            run.pop()
        else:
            return None
    return run


def eval_run(run):
    run = trim(run)
    if not run:
        return None
    try:
        return parse(run), any(t in '+-*/' for t in run)
    except ParseError:
        return None


def comps_in(norm):
    """Computations in a normalised string: list of value lists."""
    toks = TOK.findall(norm)
    pieces = [[[]]]  # pieces -> runs
    for t in toks:
        if re.fullmatch(r'\d+(?:\.\d+)?|[-+*/()]', t):
            pieces[-1][-1].append(t)
        elif t == '=':
            pieces[-1].append([])
        else:
            pieces.append([[]])
    out = []
    for runs in pieces:
        evs = [eval_run(r) for r in runs]
        cur = []
        for ev in evs + [None]:
            if ev is None:
                if len(cur) >= 2 and any(op for _, op in cur):
                    out.append([v for v, _ in cur])
                cur = []
            else:
                cur.append(ev)
    return out


def line_comps(line):
    out = []
    for m in re.finditer(r'<<([^<>]*)>>', line):
        out.extend(comps_in(normalise(m.group(1))))
    line = re.sub(r'<<[^<>]*>>', ' ', line)
    out.extend(comps_in(normalise(line)))
    return out


def numbers_in(line):
    line = re.sub(r'<<[^<>]*>>', ' ', line)
    s = normalise(line)
    return [F(t) for t in re.findall(r'\d+(?:\.\d+)?', s)]


def line_index(text, span):
    pos = 0
    for i, ln in enumerate(text.split('\n')):
        if [pos, pos + len(ln)] == list(span):
            return i
        pos += len(ln) + 1
    return None


# ------------------------------------------------------------ checks
class Fail(Exception):
    pass


def req(cond, msg):
    if not cond:
        raise Fail(msg)


def exact(c):
    return len(set(c)) == 1


def check_correct(r):
    lines = r['solution'].split('\n')
    n = 0
    for i, ln in enumerate(lines):
        for c in line_comps(ln):
            n += 1
            req(exact(c), f"inexact computation on line {i}: {ln!r} {c}")
    req(n >= 2, f"only {n} computations")
    a = answers(r['solution'])
    req(a, "no answer statement")
    req(all(x == r['final'] for x in a), f"answer statements {a} != final {r['final']}")
    req(re.fullmatch(r'\d+(?:\.\d{1,3})?', r['final'] or ''), "bad final format")
    return n


def fault_common(r, c):
    req(r['kind'] in KINDS, "bad kind")
    req(isinstance(r['step'], str) and r['step'], "no step")
    req(re.fullmatch(r'\d+(?:\.\d+)?', r['wrong']) and re.fullmatch(r'\d+(?:\.\d+)?', r['right']), "bad wrong/right")
    req(F(r['wrong']) != F(r['right']), "wrong == right")
    li = line_index(r['solution'], r['span'])
    req(li is not None, "span is not a full line")
    return li, F(r['wrong']), F(r['right'])


def check_slip(r, c):
    li, w, rt = fault_common(r, c)
    L, CL = r['solution'].split('\n'), c['solution'].split('\n')
    req(len(L) == len(CL), "line count differs from correct")
    diff = [i for i in range(len(L)) if L[i] != CL[i]]
    req(diff == [li], f"slip differs from correct on lines {diff}, span line {li}")
    bad = [x for x in line_comps(L[li]) if not exact(x)]
    req(bad and all(set(x) == {w, rt} for x in bad), f"span line lacks the wrong computation: {L[li]!r}")
    req(w in numbers_in(L[li]), "wrong value not on span line")
    req(rt in numbers_in(CL[li]), "right value not on correct's span line")
    for i, ln in enumerate(L):
        if i != li:
            for x in line_comps(ln):
                req(exact(x), f"other inexact computation on line {i}")
    req(any(rt in numbers_in(ln) for ln in L[li + 1:]), "right value never used after the slip")
    req(r['final'] == c['final'], "slip final differs")
    a = answers(r['solution'])
    req(a and all(x == r['final'] for x in a), "slip answers")


def check_carry(r, c):
    li, w, rt = fault_common(r, c)
    L, CL = r['solution'].split('\n'), c['solution'].split('\n')
    req(L[:li] == CL[:li], "carry differs before span")
    req(L[li] != CL[li], "span line identical to correct")
    bad = [x for x in line_comps(L[li]) if not exact(x)]
    req(bad and all(set(x) == {w, rt} for x in bad), f"span line lacks the wrong computation: {L[li]!r}")
    for i, ln in enumerate(L):
        for x in line_comps(ln):
            if not exact(x):
                req(i >= li and set(x) == {w, rt}, f"carry: unexpected inexact computation on line {i}: {ln!r}")
    req(any(w in numbers_in(ln) for ln in L[li + 1:]), "wrong value never carried")
    req(r['correct_final'] == c['final'], "correct_final mismatch")
    req(r['final'] != r['correct_final'] and F(r['final']) != F(r['correct_final']), "carry final equals correct")
    req(re.fullmatch(r'\d+(?:\.\d{1,3})?', r['final']), "bad carry final")
    a = answers(r['solution'])
    req(a and all(x == r['final'] for x in a), f"carry answers {a} vs {r['final']}")
    te = [i for i, ln in enumerate(L) if '</think>' in ln]
    if te:
        req(li < te[0], "carry fault not in the thinking part")


def check_loop(r, c):
    req(r['final'] is None, "loop final not null")
    req(15 <= r['repeats'] <= 22, "repeats out of range")
    li = line_index(r['solution'], r['span'])
    req(li is not None, "loop span not a line")
    L, CL = r['solution'].split('\n'), c['solution'].split('\n')
    p = r['period_lines']
    req(p >= 2 and li >= p, "bad period")
    req(L[:li] == CL[:li], "loop prefix differs from correct")
    block = L[li - p:li]
    req(block[-1] == '' and block[0] != '', "block must end with a blank line")
    for k in range(r['repeats']):
        req(L[li + k * p:li + (k + 1) * p] == block, f"copy {k} differs")
    rest = L[li + r['repeats'] * p:]
    if rest:
        req(len(rest) == 1, "junk after copies")
        cut = rest[0]
        req(cut and block[0].startswith(cut) and len(cut) < len(block[0]) and not re.search(r'\d', cut),
            "bad cut-off")
    req(any(line_comps(x) for x in block), "block has no computation")
    req(CL[li:li + p] != block, "loop point is at the end of the correct solution")
    req(not answers(r['solution']), "loop row has an answer statement")
    for i, ln in enumerate(L):
        for x in line_comps(ln):
            req(exact(x), f"loop inexact on line {i}")
    return rest != []


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    groups = OrderedDict()
    nrows = 0
    with open(path, encoding='utf-8') as f:
        for ln in f:
            r = json.loads(ln)
            nrows += 1
            groups.setdefault(r['pid'], []).append(r)
    fails = []
    stats = Counter()
    styles = Counter()
    templates = set()
    ncomp = 0
    for pid, rs in groups.items():
        try:
            req([r['variant'] for r in rs] == VARIANTS, f"variants {[r['variant'] for r in rs]}")
            for r in rs:
                for k in ('pid', 'template', 'style', 'problem', 'variant', 'solution', 'final'):
                    req(k in r, f"missing {k}")
                req(r['problem'] == rs[0]['problem'] and r['style'] == rs[0]['style']
                    and r['template'] == rs[0]['template'], "variants disagree on problem/style/template")
            req(re.fullmatch(re.escape(rs[0]['template']) + r'-\d+', pid), "pid format")
            c, s, k, lp = rs
            ncomp += check_correct(c)
            check_slip(s, c)
            check_carry(k, c)
            cut = check_loop(lp, c)
            stats['slip_' + s['kind']] += 1
            stats['carry_' + k['kind']] += 1
            stats['loop_cut'] += cut
            stats['loop_block%d' % lp['period_lines']] += 0
            styles[c['style']] += 1
            templates.add(c['template'])
        except Fail as e:
            fails.append((pid, str(e)))
    print(f"rows {nrows}  problems {len(groups)}  templates {len(templates)}  styles {len(styles)}  "
          f"computations in correct rows {ncomp}")
    for st, n in sorted(styles.items()):
        print(f"  style {st}: {n}")
    for k, v in sorted(stats.items()):
        if v:
            print(f"  {k}: {v}")
    for pid, msg in fails[:30]:
        print("FAIL", pid, msg)
    ok = (not fails and len(templates) >= 150 and len(groups) >= 600 and len(styles) >= 10)
    if not ok:
        print(f"FAIL ({len(fails)} problems failing)")
        sys.exit(1)
    print("PASS")


if __name__ == '__main__':
    main()
