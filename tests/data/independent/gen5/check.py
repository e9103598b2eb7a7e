#!/usr/bin/env python3
"""Independent checker: re-reads every rendered computation in set.jsonl from the text.
Usage: python3 check.py [path/to/set.jsonl]"""
import json, re, sys
from fractions import Fraction as F
from collections import defaultdict

NUM = r'\d+(?:\.\d+)?'
EQ = re.compile(rf'(?<![\d.])({NUM}(?:\s*[-+*/]\s*{NUM})+)\s*=\s*({NUM})(?![\d])')


def normalize(line):
    s = line.replace('<<', ' ; ').replace('>>', ' ; ')
    s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'\1 / \2', s)
    s = re.sub(r'\\text\{[^{}]*\}', ' ', s)
    for a, b in [('\\times', '*'), ('\\cdot', '*'), ('\\div', '/'), ('\\$', ''), ('\\%', '%'),
                 ('×', '*'), ('÷', '/'), ('−', '-'), ('$', '')]:
        s = s.replace(a, b)
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)
    s = re.sub(r'(?<=\d)\s+x\s+(?=\d)', ' * ', s)
    s = re.sub(r'\s+divided by\s+', ' / ', s)
    s = re.sub(r'\s+times\s+', ' * ', s)
    s = re.sub(r'\s+plus\s+', ' + ', s)
    s = re.sub(r'\s+minus\s+', ' - ', s)
    s = re.sub(r',\s*which\s+(is|equals|gives)\s+', ' = ', s)
    s = re.sub(r'(\d)%', r'\1/100', s)
    return s


def evaluate(expr):
    toks = re.findall(rf'{NUM}|[-+*/]', expr)
    py = ''.join(f"F('{t}')" if t[0].isdigit() else t for t in toks)
    return eval(py, {'F': F})


def equations(sol):
    """yield (line_start, line_end, lhs, stated, computed)"""
    pos = 0
    for line in sol.split('\n'):
        for m in EQ.finditer(normalize(line)):
            yield pos, pos + len(line), m.group(1), F(m.group(2)), evaluate(m.group(1))
        # GSM8K calculator annotations: the value shown after '>>' must match the annotation
        for m in re.finditer(r'<<([^=<>]*)=([^<>]*)>>([\d.,]+)', line):
            yield pos, pos + len(line), 'shown-after-annotation', F(m.group(3).replace(',', '').rstrip('.')), F(m.group(2))
        pos += len(line) + 1


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path)]
    errs = []
    by_pid = defaultdict(dict)
    neq = 0
    for r in rows:
        by_pid[r['pid']][r['variant']] = r
        sol, v = r['solution'], r['variant']
        eqs = list(equations(sol))
        neq += len(eqs)
        bad = [e for e in eqs if e[3] != e[4]]
        tag = f"{r['pid']}/{v}/{r['style']}"
        if not eqs:
            errs.append(f"{tag}: no computation found")
        if v in ('correct', 'slip', 'carry'):
            last = sol.split('\n')[-1]
            if last != f"#### {r['final']}":
                errs.append(f"{tag}: bad last line {last!r}")
        if v == 'correct':
            if bad:
                errs.append(f"{tag}: wrong computations in correct solution: {bad}")
        elif v in ('slip', 'carry'):
            if len(bad) != 1:
                errs.append(f"{tag}: expected exactly 1 wrong computation, found {len(bad)}: {bad}")
            else:
                st, en, lhs, stated, comp = bad[0]
                if [st, en] != r['span']:
                    errs.append(f"{tag}: wrong computation at {[st, en]} but span {r['span']}")
                if stated != F(r['wrong']) or comp != F(r['right']):
                    errs.append(f"{tag}: stated {stated} computed {comp} vs record wrong={r['wrong']} right={r['right']}")
            if sol[r['span'][0]:r['span'][1]].count('\n'):
                errs.append(f"{tag}: span covers more than one line")
        elif v == 'loop':
            lines = sol.split('\n')
            if '####' in sol:
                errs.append(f"{tag}: loop has #### line")
            if len(lines) < 12 or len(set(lines[-12:])) != 1 or (len(lines) > 12 and lines[-13] == lines[-1]):
                errs.append(f"{tag}: loop does not end with exactly 12 identical lines")
            if bad:
                errs.append(f"{tag}: wrong computation in loop: {bad}")
    for pid, vs in by_pid.items():
        c = vs['correct']['solution'].split('\n')
        s = vs['slip']['solution'].split('\n')
        diff = [i for i, (a, b) in enumerate(zip(c, s)) if a != b]
        if len(c) != len(s) or len(diff) != 1:
            errs.append(f"{pid}: slip differs from correct in {len(diff)} lines")
        if vs['carry']['final'] == vs['correct']['final']:
            errs.append(f"{pid}: carry final equals correct final")
        lp = vs['loop']['solution'].split('\n')
        if c[:len(lp) - 11] != lp[:len(lp) - 11]:
            errs.append(f"{pid}: loop prefix differs from correct solution")
    print(f"rows={len(rows)} problems={len(by_pid)} computations_checked={neq} errors={len(errs)}")
    for e in errs[:40]:
        print(' ', e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
