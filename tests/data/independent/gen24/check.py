#!/usr/bin/env python3
"""Independent checker: re-reads every row from its text and verifies labels. Does not import gen.py."""
import json, re, sys

TEEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
        'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENW = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
VAL = {w: i for i, w in enumerate(TEEN)}
VAL.update({w: 20 + 10 * i for i, w in enumerate(TENW)})
ONES_ALT = '|'.join(sorted(TEEN[1:10], key=len, reverse=True))
TEEN_ALT = '|'.join(sorted(TEEN, key=len, reverse=True))
U99 = rf"(?:(?:{'|'.join(TENW)})(?:-(?:{ONES_ALT}))?|{TEEN_ALT})"
H = rf"(?:{U99} hundred(?:(?: and)? {U99}\b)?|{U99})"
NUMRE = re.compile(rf"\b(?:{H} thousand(?:(?: and)? {H}\b)?|{H})\b", re.I)

def wval(s):
    total, cur = 0, 0
    for tok in re.split(r'[ -]+', s.lower()):
        if tok == 'and': continue
        if tok == 'hundred': cur *= 100
        elif tok == 'thousand': total += cur * 1000; cur = 0
        else: cur += VAL[tok]
    return total + cur

def norm(line):
    s = NUMRE.sub(lambda m: str(wval(m.group(0))), line)
    s = re.sub(r'(?<=\d),(?=\d{3}\b)', '', s)
    s = s.replace('$', '')
    return s

N = r'(\d+)'
FRACN = {'half': 2, 'third': 3, 'thirds': 3, 'quarter': 4, 'quarters': 4}
PATS = [
    ('fracw', re.compile(rf'\b(a|\d+) (third|thirds|quarter|quarters) of {N} is {N}', re.I)),
    ('half', re.compile(rf'\bhalf of {N} is {N}', re.I)),
    ('fracs1', re.compile(rf'\b{N}/{N} of {N} = {N}')),
    ('fracs2', re.compile(rf'\b{N} [×x*] {N}/{N} = {N}')),
    ('twice', re.compile(rf'\b(?:twice as many as|twice|double) {N} is {N}', re.I)),
    ('binw', re.compile(rf'\b{N} (plus|and|minus|take away|times|multiplied by|groups of|divided by|split into) {N}'
                        rf'(?: equal groups)? (?:is|equals|makes|gives us|gives|leaves) {N}\b', re.I)),
    ('bins', re.compile(rf'\b{N} ([-+−x×÷/]) {N} = {N}\b')),
]

def binop(op, a, b):
    op = op.lower()
    if op in ('plus', 'and', '+'): return a + b
    if op in ('minus', 'take away', '-', '−'): return a - b
    if op in ('times', 'multiplied by', 'groups of', 'x', '×'): return a * b
    if op in ('divided by', 'split into', '÷', '/'): return a / b
    raise ValueError(op)

def comps(line):
    """list of (true_value, written_value) for computations in the line"""
    s = norm(line); out = []
    for name, rx in PATS:
        for m in rx.finditer(s):
            g = m.groups()
            if name == 'fracw':
                num = 1 if g[0].lower() == 'a' else int(g[0])
                v = num * int(g[2]) / FRACN[g[1].lower()]; w = int(g[3])
            elif name == 'half': v = int(g[0]) / 2; w = int(g[1])
            elif name == 'fracs1': v = int(g[0]) * int(g[2]) / int(g[1]); w = int(g[3])
            elif name == 'fracs2': v = int(g[0]) * int(g[1]) / int(g[2]); w = int(g[3])
            elif name == 'twice': v = 2 * int(g[0]); w = int(g[1])
            else: v = binop(g[1], int(g[0]), int(g[2])); w = int(g[3])
            out.append((m.start(), v, w))
        s = rx.sub(lambda m: '#' * len(m.group(0)), s)
    return [(v, w) for _, v, w in sorted(out)]

def exact(c): return c[0] == c[1]

def answer_of(lines):
    has_hash = lines[-1].startswith('#### ')
    ans_line = lines[-2] if has_hash else lines[-1]
    nums = re.findall(r'\d+', norm(ans_line))
    return has_hash, (lines[-1][5:] if has_hash else None), (nums[0] if nums else None), ans_line

def step_lines(lines):
    """indices of lines with a computation (all but the answer lines)."""
    return [i for i, l in enumerate(lines) if comps(l)]

def fail(msg, r):
    print('FAIL', r['pid'], r['variant'], msg); sys.exit(1)

OPWORD = re.compile(r'\b(plus|minus|times|multiplied|divided|half|twice|double|quarters?|thirds?|take away|groups of|split into)\b|=| [-+−x×÷/] ', re.I)

def check_body(r, lines, upto):
    # every line with digits (except answer lines) has exactly one computation
    for i in range(upto):
        l = lines[i]
        if OPWORD.search(l) and len(comps(l)) != 1:
            fail(f'line {i} has {len(comps(l))} computations: {l!r}', r)

def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = {}
    for r in rows: by.setdefault(r['pid'], {})[r['variant']] = r
    nhash = 0
    for pid, vs in by.items():
        assert sorted(vs) == ['carry', 'correct', 'loop', 'slip'], pid
        c = vs['correct']
        for v in vs.values():
            for k in ('problem', 'style', 'template'):
                if v[k] != c[k]: fail('shared field ' + k, v)
        L = c['solution'].split('\n')
        hh, hv, av, al = answer_of(L)
        nhash += hh
        nans = len(L) - (2 if hh else 1)
        check_body(c, L, nans)
        if comps(al): fail('answer line has computation', c)
        sl = step_lines(L[:nans])
        if len(sl) < 2: fail('too few steps', c)
        for i in sl:
            if not all(exact(x) for x in comps(L[i])): fail(f'inexact line {L[i]!r}', c)
        if av != c['final'] or (hh and hv != c['final']): fail('final mismatch', c)
        # slip
        s = vs['slip']; S = s['solution'].split('\n')
        a, b = s['span']
        if s['solution'][a:b] not in S or (a > 0 and s['solution'][a - 1] != '\n') or (b < len(s['solution']) and s['solution'][b] != '\n'):
            fail('span not a line', s)
        k = s['solution'][:a].count('\n')
        diff = [i for i in range(max(len(S), len(L))) if i >= len(S) or i >= len(L) or S[i] != L[i]]
        if diff != [k] or len(S) != len(L): fail(f'slip differs at {diff} not {k}', s)
        cs = comps(S[k]); cc = comps(L[k])
        if len(cs) != 1 or cs[0][0] != int(s['right']) or cs[0][1] != int(s['wrong']) or cc[0][1] != int(s['right']):
            fail(f'slip line comps {cs} {cc}', s)
        if not [i for i in sl if i > k]: fail('slip on last step', s)
        if s['final'] != c['final'] or sl.index(k) + 1 != s['step']: fail('slip final/step', s)
        # carry
        y = vs['carry']; Y = y['solution'].split('\n')
        a, b = y['span']; k = y['solution'][:a].count('\n')
        if Y[k] != y['solution'][a:b] or Y[:k] != L[:k]: fail('carry prefix/span', y)
        hh2, hv2, av2, al2 = answer_of(Y)
        n2 = len(Y) - (2 if hh2 else 1)
        check_body(y, Y, n2)
        cs = comps(Y[k]); cc = comps(L[k])
        if len(cs) != 1 or cs[0][1] != int(y['wrong']) or cc[0][1] != int(y['right']) or cs[0][0] != cc[0][0]:
            fail(f'carry line comps {cs} {cc}', y)
        for i in range(k + 1, n2):
            if not all(exact(x) for x in comps(Y[i])): fail(f'carry later inexact {Y[i]!r}', y)
        if av2 != y['final'] or (hh2 and hv2 != y['final']) or hh2 != hh: fail('carry final', y)
        if y['correct_final'] != c['final'] or y['final'] == c['final']: fail('carry correct_final', y)
        if sl.index(k) + 1 != y['step']: fail('carry step', y)
        # loop
        p = vs['loop']; P = p['solution'].split('\n')
        a, b = p['span']; k = p['solution'][:a].count('\n')
        if P[k] != p['solution'][a:b] or P[:k] != L[:k]: fail('loop prefix', p)
        per, reps = p['period_lines'], p['repeats']
        if not (1 <= per <= 2 and 15 <= reps <= 25): fail('loop params', p)
        block = P[k - per:k]
        if P[k:k + per * reps] != block * reps: fail('loop body', p)
        rest = P[k + per * reps:]
        if len(rest) > 1: fail('loop tail', p)
        if rest and (not rest[0] or re.search(r'\d', rest[0]) or not block[0].startswith(rest[0]) or rest[0] == block[0]):
            fail('loop cut-off', p)
        if not [i for i in sl if i > k - 1]: fail('loop ends at final step', p)
        if p['final'] is not None or '####' in p['solution']: fail('loop answer', p)
    print(f'{len(rows)} rows, {len(by)} problems, {nhash} correct rows with ####')
    print('PASS')

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
