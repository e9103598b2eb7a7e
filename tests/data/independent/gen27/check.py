#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

It re-reads every solution from its text alone: strips markdown / LaTeX /
step labels, maps the worded operations of each language to symbols, parses
locale numbers, extracts every written computation chain (a = b = c) and
evaluates it exactly.  Then it verifies the labels of every variant against
the correct row of the same problem.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

# ------------------------------------------------------------------ locale tables
DOT_GROUP = r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
SPACE_GROUP = r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
COMMA_GROUP = r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?'

LANG_NUM = {
    'es': DOT_GROUP, 'de': DOT_GROUP, 'ptbr': DOT_GROUP, 'it': DOT_GROUP, 'nl': DOT_GROUP,
    'tr': DOT_GROUP, 'id': DOT_GROUP,
    'fr': SPACE_GROUP, 'ptpt': SPACE_GROUP, 'ru': SPACE_GROUP, 'pl': SPACE_GROUP,
    'zh': COMMA_GROUP, 'ja': COMMA_GROUP,
}
DEC_COMMA = {'es', 'de', 'ptbr', 'it', 'nl', 'tr', 'id', 'fr', 'ptpt', 'ru', 'pl'}

# worded operations / equality, longest first
WORDS = {
    'es': [('dividido entre', '÷'), ('dividido por', '÷'), ('es igual a', '='), ('por', '×'), ('más', '+'),
           ('menos', '-'), ('son', '='), ('da', '='), ('es', '=')],
    'fr': [('multiplié par', '×'), ('divisé par', '÷'), ('fois', '×'), ('plus', '+'), ('moins', '-'),
           ('font', '='), ('égale', '='), ('égalent', '='), ('donne', '=')],
    'de': [('geteilt durch', '÷'), ('ist gleich', '='), ('mal', '×'), ('plus', '+'), ('minus', '-'),
           ('ergibt', '='), ('macht', '='), ('sind', '=')],
    'ptbr': [('dividido por', '÷'), ('é igual a', '='), ('vezes', '×'), ('mais', '+'), ('menos', '-'),
             ('dá', '='), ('são', '=')],
    'ptpt': [('a dividir por', '÷'), ('dividido por', '÷'), ('é igual a', '='), ('vezes', '×'), ('mais', '+'),
             ('menos', '-'), ('dá', '='), ('são', '=')],
    'it': [('è uguale a', '='), ('diviso', '÷'), ('per', '×'), ('più', '+'), ('meno', '-'), ('fa', '='),
           ('dà', '='), ('è', '=')],
    'nl': [('gedeeld door', '÷'), ('keer', '×'), ('is gelijk aan', '=')],
    'ru': [('умножить на', '×'), ('разделить на', '÷'), ('плюс', '+'), ('минус', '-'), ('равно', '=')],
    'tr': [('çarpı', '×'), ('bölü', '÷'), ('artı', '+'), ('eksi', '-'), ('eşittir', '=')],
    'pl': [('podzielić przez', '÷'), ('równa się', '='), ('razy', '×'), ('plus', '+'), ('minus', '-'),
           ('daje', '='), ('to', '=')],
    'id': [('sama dengan', '='), ('dikali', '×'), ('dibagi', '÷'), ('ditambah', '+'), ('dikurangi', '-'),
           ('adalah', '=')],
    'zh': [('乘以', '×'), ('除以', '÷'), ('加上', '+'), ('减去', '-'), ('等于', '=')],
    'ja': [('掛ける', '×'), ('割る', '÷'), ('足す', '+'), ('引く', '-')],
}
OF_WORDS = {'de', 'von', 'di', 'del', 'z', 'dari', 'от', 'of', 'van'}
L = r'[^\W\d_]'

STEP_LABEL = re.compile(
    r'^(?:(?:Paso|Étape|Schritt|Passo|Passaggio|Stap|Шаг|Adım|Krok|Langkah|ステップ|Step)\s*\d+\s*[:：.]?'
    r'|\d+[.)](?=\s)|（\d+）)')


def lang_of(style):
    if style.startswith('pt_br'):
        return 'ptbr'
    if style.startswith('pt_pt'):
        return 'ptpt'
    return style.split('_')[0]


def parse_num(s, lang):
    s = s.replace(' ', '').replace('\u00a0', '').replace('\u202f', '')
    if lang in DEC_COMMA:
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '')
    return F(s)


# ------------------------------------------------------------------ line normalisation
def delatex(s):
    s = s.replace('\\,', '\u202f').replace('{,}', ',')
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1)/(\2)', s)
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = s.replace('\\times', '×').replace('\\cdot', '·').replace('\\div', '÷').replace('\\%', '%')
    s = s.replace('\\[', ' ').replace('\\]', ' ').replace('\\(', ' ').replace('\\)', ' ')
    s = re.sub(r'(?<!R)\$', ' ', s)
    return s


def normalise(line, lang):
    s = delatex(line)
    s = s.replace('**', '')
    s = re.sub(r'^\s*#+\s*', '', s)
    s = s.strip()
    s = STEP_LABEL.sub(' ', s, count=1)
    for w, sym in WORDS.get(lang, []):
        if lang in ('zh', 'ja'):
            s = s.replace(w, f' {sym} ')
        else:
            s = re.sub(rf'(?<!{L}){re.escape(w)}(?!{L})', f' {sym} ', s, flags=re.IGNORECASE)
    if lang == 'ja':
        s = re.sub(r'は(?=[\d¥])', ' = ', s)
    return s


CUR = r'R\$|(?<![^\W\d_])(?:Rp|TL|zł|руб\.?)(?![^\W\d_])|₺|₽|€|\$|元|円|¥'


def tokenize(s, lang):
    pat = re.compile(
        rf'(?P<NUM>{LANG_NUM[lang]})|(?P<CUR>{CUR})|(?P<OP>[+\-−–×·*/÷＋－])|(?P<EQ>[=＝])|(?P<PCT>[%％])'
        rf'|(?P<LP>[(（])|(?P<RP>[)）])|(?P<WORD>{L}+)|(?P<SP>\s+)|(?P<OTHER>.)')
    toks = []
    for m in pat.finditer(s):
        k = m.lastgroup
        if k == 'SP':
            continue
        v = m.group(k)
        if k == 'NUM':
            toks.append(['NUM', parse_num(v, lang), v])
        elif k == 'OP':
            toks.append(['OP', {'−': '-', '–': '-', '－': '-', '＋': '+', '·': '×', '*': '×', '/': '÷'}.get(v, v), v])
        else:
            toks.append([k, v, v])
    return toks


def clean(toks):
    # parenthesised text without a number -> break  ("（元）", "(руб.)")
    out = []
    i = 0
    while i < len(toks):
        if toks[i][0] == 'LP':
            j = i + 1
            while j < len(toks) and toks[j][0] not in ('RP', 'LP'):
                j += 1
            if j < len(toks) and toks[j][0] == 'RP' and not any(t[0] == 'NUM' for t in toks[i + 1:j]):
                out.append(['BRK', None, None])
                i = j + 1
                continue
        out.append(toks[i])
        i += 1
    toks = [t for t in out if t[0] != 'CUR']

    def is_end(t):
        return t is not None and t[0] in ('NUM', 'RP', 'PCT')

    def is_start(t):
        return t is not None and t[0] in ('NUM', 'LP')

    res = []
    for i, t in enumerate(toks):
        prev = res[-1] if res else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t[0] == 'WORD' and t[1].lower() == 'x' and is_end(prev) and is_start(nxt):
            res.append(['OP', '×', 'x'])
        elif t[0] == 'OTHER' and t[1] in (':', '：') and is_end(prev) and prev[0] != 'PCT' and is_start(nxt):
            res.append(['OP', '÷', ':'])
        elif t[0] == 'WORD' and t[1].lower() in OF_WORDS and prev is not None and prev[0] == 'PCT' and is_start(nxt):
            res.append(['OP', '×', t[1]])
        elif t[0] == 'WORD' and is_end(prev) and nxt is not None and nxt[0] in ('OP', 'EQ'):
            continue                                    # unit word between a number and an operator
        elif t[0] == 'PCT' and not is_end(prev) and nxt is not None and nxt[0] == 'NUM':
            res.append(['PPCT', '%', '%'])              # Turkish prefix percent
        elif t[0] in ('WORD', 'OTHER', 'BRK'):
            res.append(['BRK', None, None])
        else:
            res.append(t)
    return res


# ------------------------------------------------------------------ expressions
class Bad(Exception):
    pass


def parse_expr(toks):
    """parse a full token list; returns (value, n_ops, leaves)"""
    pos = [0]
    ops = [0]
    leaves = []

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def factor():
        t = peek()
        if t is None:
            raise Bad()
        if t[0] == 'PPCT':
            pos[0] += 1
            t2 = peek()
            if t2 is None or t2[0] != 'NUM':
                raise Bad()
            pos[0] += 1
            ops[0] += 1
            leaves.append((t2[1], True))
            return t2[1] / 100
        if t[0] == 'NUM':
            pos[0] += 1
            v = t[1]
            if peek() is not None and peek()[0] == 'PCT':
                pos[0] += 1
                ops[0] += 1
                leaves.append((v, True))
                return v / 100
            leaves.append((v, False))
            return v
        if t[0] == 'LP':
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[0] != 'RP':
                raise Bad()
            pos[0] += 1
            return v
        raise Bad()

    def term():
        v = factor()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in ('×', '÷'):
            o = peek()[1]
            pos[0] += 1
            ops[0] += 1
            w = factor()
            if o == '×':
                v = v * w
            else:
                if w == 0:
                    raise Bad()
                v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in ('+', '-'):
            o = peek()[1]
            pos[0] += 1
            ops[0] += 1
            w = term()
            v = v + w if o == '+' else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise Bad()
    return v, ops[0], leaves


def try_parse(toks):
    try:
        return parse_expr(toks)
    except Bad:
        return None


def chains(toks):
    """yield computation chains: list of (value, nops, leaves) parts"""
    segs, cur = [], []
    for t in toks:
        if t[0] == 'BRK':
            segs.append(cur)
            cur = []
        else:
            cur.append(t)
    segs.append(cur)
    out = []
    for seg in segs:
        if not any(t[0] == 'EQ' for t in seg):
            continue
        parts, cur = [], []
        for t in seg:
            if t[0] == 'EQ':
                parts.append(cur)
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        # first part: longest parseable suffix; last part: longest parseable prefix
        first = None
        for i in range(len(parts[0])):
            first = try_parse(parts[0][i:])
            if first:
                break
        last = None
        for j in range(len(parts[-1]), 0, -1):
            last = try_parse(parts[-1][:j])
            if last:
                break
        parsed = [first] + [try_parse(p) for p in parts[1:-1]] + [last]
        chain = []
        for p in parsed:
            if p is None:
                if len(chain) >= 2:
                    out.append(chain)
                chain = []
            else:
                chain.append(p)
        if len(chain) >= 2:
            out.append(chain)
    return [c for c in out if any(p[1] > 0 for p in c)]


def computations(text, lang):
    """list of dict(line, ok, lhs, stated, leaves) for every computation chain"""
    res = []
    for i, line in enumerate(text.split('\n')):
        for ch in chains(clean(tokenize(normalise(line, lang), lang))):
            vals = [p[0] for p in ch]
            ok = all(v == vals[0] for v in vals)
            leaves = [lf for p in ch[:-1] for lf in p[2]]
            res.append(dict(line=i, ok=ok, lhs=vals[0], stated=vals[-1], vals=vals, leaves=leaves))
    return res


def numbers(s, lang):
    return [parse_num(m.group(0), lang) for m in re.finditer(LANG_NUM[lang], delatex(s))]


def skeleton(s, lang):
    return re.sub(LANG_NUM[lang], '#', delatex(s))


# ------------------------------------------------------------------ checks
class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def num_diff(a, b, lang):
    """numbers-only difference between line a (correct) and b; returns list of (x, y) pairs"""
    need(skeleton(a, lang) == skeleton(b, lang), f'non-numeric difference:\n  {a}\n  {b}')
    na, nb = numbers(a, lang), numbers(b, lang)
    need(len(na) == len(nb), 'number count differs')
    return [(x, y) for x, y in zip(na, nb) if x != y]


def span_line(sol, span):
    s, e = span
    need(0 <= s <= e <= len(sol), 'span out of range')
    need(s == 0 or sol[s - 1] == '\n', 'span does not start a line')
    need(e == len(sol) or sol[e] == '\n', 'span does not end a line')
    need('\n' not in sol[s:e], 'span crosses lines')
    return sol[:s].count('\n')


def check_answer(sol, final, lang, comps):
    lines = sol.split('\n')
    fv = F(final)
    need(comps, 'no computations')
    need(comps[-1]['stated'] == fv, f'last computation {comps[-1]["stated"]} != final {final}')
    has_hash = lines[-1].startswith('#### ')
    if has_hash:
        need(lines[-1] == '#### ' + final, 'bad #### line')
        need(sum(1 for l in lines if l.startswith('####')) == 1, 'several #### lines')
    last_comp = comps[-1]['line']
    tail = [l for l in lines[last_comp + 1:] if l.strip() and not l.startswith('####')]
    need(tail, 'no answer line')
    need(any(fv in numbers(l, lang) for l in tail), 'answer line does not contain the final value')
    return has_hash


def grounded(problem, comps, lang):
    pn = set(numbers(problem, lang))
    known = set(pn) | {F(x) for x in (1, 2, 5, 7, 12, 30, 60, 100)}
    for c in comps:
        for v, is_pct in c['leaves']:
            ok = v in known or (is_pct and (v in pn or v / 10 in pn))
            ok = ok or any(v == p / 100 for p in pn)
            need(ok, f'operand {v} not from problem or earlier results')
        known.add(c['stated'])


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = defaultdict(dict)
    for r in rows:
        need(r['variant'] not in by[r['pid']], 'duplicate variant ' + r['pid'])
        by[r['pid']][r['variant']] = r
    fails = []
    stats = Counter()
    kinds = Counter()
    for pid, vs in by.items():
        try:
            need(set(vs) == {'correct', 'slip', 'carry', 'loop'}, 'variants missing')
            c = vs['correct']
            for v in vs.values():
                for k in ('template', 'style', 'problem'):
                    need(v[k] == c[k], 'shared field differs: ' + k)
            lang = lang_of(c['style'])
            # ---------- correct
            comps = computations(c['solution'], lang)
            need(len(comps) >= 2, 'fewer than 2 computations')
            need(all(x['ok'] for x in comps), 'correct row has a wrong computation')
            check_answer(c['solution'], c['final'], lang, comps)
            grounded(c['problem'], comps, lang)
            clines = c['solution'].split('\n')
            stats['hash' if clines[-1].startswith('#### ') else 'nohash'] += 1
            # ---------- slip
            s = vs['slip']
            need(s['final'] == c['final'], 'slip final differs')
            li = span_line(s['solution'], s['span'])
            slines = s['solution'].split('\n')
            need(len(slines) == len(clines), 'slip line count differs')
            diff = [i for i in range(len(clines)) if clines[i] != slines[i]]
            need(diff == [li], f'slip differs on lines {diff}, span line {li}')
            pairs = num_diff(clines[li], slines[li], lang)
            need(pairs and all(x == F(s['right']) and y == F(s['wrong']) for x, y in pairs), 'slip numbers')
            sc = computations(s['solution'], lang)
            bad = [x for x in sc if not x['ok']]
            need(len(bad) == 1 and bad[0]['line'] == li, 'slip must have exactly one bad computation on span line')
            need(bad[0]['lhs'] == F(s['right']) and bad[0]['stated'] == F(s['wrong']), 'slip bad computation values')
            need(li < comps[-1]['line'], 'slip on last step')
            need(any(x['line'] > li for x in sc), 'slip has no later step')
            check_answer(s['solution'], s['final'], lang, sc)
            kinds['slip:' + s['kind']] += 1
            # ---------- carry
            r = vs['carry']
            need(r['correct_final'] == c['final'], 'carry correct_final')
            need(F(r['final']) != F(c['final']), 'carry final unchanged')
            li = span_line(r['solution'], r['span'])
            rlines = r['solution'].split('\n')
            need(len(rlines) == len(clines), 'carry line count differs')
            need(rlines[:li] == clines[:li], 'carry differs before span')
            pairs = num_diff(clines[li], rlines[li], lang)
            need(pairs and all(x == F(r['right']) and y == F(r['wrong']) for x, y in pairs), 'carry numbers')
            rc = computations(r['solution'], lang)
            bad = [x for x in rc if not x['ok']]
            need(len(bad) == 1 and bad[0]['line'] == li, 'carry must have exactly one bad computation on span line')
            need(bad[0]['lhs'] == F(r['right']) and bad[0]['stated'] == F(r['wrong']), 'carry bad computation values')
            last_comp = rc[-1]['line']
            for i in range(li + 1, len(clines)):
                if i <= last_comp:
                    num_diff(clines[i], rlines[i], lang)
            check_answer(r['solution'], r['final'], lang, rc)
            kinds['carry:' + r['kind']] += 1
            stats['carry_last_step'] += int(li == last_comp)
            # ---------- loop
            p = vs['loop']
            need(p['final'] is None, 'loop final')
            need(not any(l.startswith('####') for l in p['solution'].split('\n')), 'loop has ####')
            li = span_line(p['solution'], p['span'])
            plines = p['solution'].split('\n')
            per, reps = p['period_lines'], p['repeats']
            need(15 <= reps <= 25 and per >= 1, 'loop params')
            need(plines[:li] == clines[:li], 'loop prefix differs from correct')
            block = plines[li - per:li]
            need(block and block[0].strip(), 'loop block')
            body = plines[li:]
            full = block * reps
            while full and full[-1] == '':
                full.pop()
            need(body[:len(full)] == full, 'loop repeats not verbatim')
            rest = body[len(full):]
            if rest:
                rest = [x for x in rest if x != '']
                need(len(rest) == 1 and block[0].startswith(rest[0]) and rest[0] != block[0]
                     and not re.search(r'[0-9]', rest[0]), 'bad loop cut-off')
                stats['loop_cut'] += 1
            # the block must end where the correct solution continues with the next step
            need(clines[li - per:li] == block or clines[li - per:li - 1] == block[:-1], 'loop block not from correct')
            need(all(x['ok'] for x in computations(p['solution'], lang)), 'loop has a wrong computation')
            stats['rows'] += 4
        except Fail as e:
            fails.append((pid, str(e)))
    for pid, msg in fails[:30]:
        print('FAIL', pid, msg)
    print(f'problems: {len(by)}  rows: {len(rows)}  hash-styles(problems): {stats["hash"]}  '
          f'no-hash: {stats["nohash"]}  loop cut-offs: {stats["loop_cut"]}  '
          f'carry on last step: {stats["carry_last_step"]}')
    print('kinds:', dict(sorted(kinds.items())))
    if fails:
        print(f'{len(fails)} problems failed')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
