#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

Re-reads every solution from its text, finds every written computation
(symbolic chains, worded operations, percent-of phrases) using the number
conventions of the row's language, and verifies the labels.

python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

COMMA_LANGS = ('es', 'fr', 'de', 'pt', 'it', 'nl')

NUM_RE = {}
for _l in COMMA_LANGS:
    _ts = r'[ \u00a0\u202f]' if _l == 'fr' else r'\.'
    NUM_RE[_l] = re.compile(r'(?<![\d.,])(?:\d{1,3}(?:' + _ts + r'\d{3})+|\d+)(?:,\d+)?(?!\d)')
NUM_RE['zh'] = re.compile(r'(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)')

WORD_OPS = {
    'es': ({'más': '+', 'menos': '-', 'por': '*', 'entre': '/'}, ['es igual a', 'son', 'da', 'es']),
    'fr': ({'plus': '+', 'moins': '-', 'fois': '*', 'divisé par': '/'}, ['égale', 'donne', 'font', 'fait']),
    'de': ({'plus': '+', 'minus': '-', 'mal': '*', 'geteilt durch': '/'}, ['ist', 'sind', 'ergibt']),
    'pt': ({'mais': '+', 'menos': '-', 'vezes': '*', 'dividido por': '/'}, ['é igual a', 'dá', 'são', 'é']),
    'it': ({'più': '+', 'meno': '-', 'per': '*', 'diviso': '/'}, ['è uguale a', 'fa', 'dà', 'è']),
    'nl': ({'plus': '+', 'min': '-', 'keer': '*', 'gedeeld door': '/'}, ['is', 'maakt']),
    'zh': ({'加上': '+', '加': '+', '减去': '-', '减': '-', '乘以': '*', '乘': '*', '除以': '/'}, ['等于', '得', '是']),
}
PCT_PREP = {'es': 'de', 'fr': 'de', 'de': 'von', 'pt': 'de', 'it': 'di', 'nl': 'van'}
SYM = {'+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '·': '*', 'x': '*', '÷': '/', '/': '/', ':': '/'}


def lang_of(style):
    return style.split('_')[0]


def parse_num(s, lang):
    if lang == 'zh':
        return F(s.replace(',', ''))
    s = re.sub(r'[ .\u00a0\u202f]', '', s).replace(',', '.')
    return F(s)


def plain_to_F(s):
    assert re.fullmatch(r'\d+(\.\d+)?', s), s
    assert '.' not in s or not s.endswith('0'), s
    return F(s)


def normalize(line, lang):
    s = line
    if lang == 'zh':
        s = (s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·')
             .replace('\\%', '%').replace('{,}', ','))
        s = re.sub(r'\\text\{([^}]*)\}', r' \1 ', s)
        s = re.sub(r'\\boxed\{([^}]*)\}', r' \1 ', s)
        for t in ('\\[', '\\]', '\\(', '\\)', '$'):
            s = s.replace(t, ' ')
        s = s.replace('＝', '=')
        s = re.sub(r'（[^（）\d]*）', '', s)
    return s


def markers(line, lang):
    """Replace numbers by markers; return (marked string, values)."""
    s = normalize(line, lang)
    vals = []

    def rep(m):
        vals.append(parse_num(m.group(0), lang))
        return '⟦%d⟧' % (len(vals) - 1)
    s = NUM_RE[lang].sub(rep, s)
    s = re.sub(r'(?:R\$|\$|€|¥)\s?(⟦\d+⟧)', r'\1', s)
    s = re.sub(r'(⟦\d+⟧)\s?(?:€|元)', r'\1', s)
    s = re.sub(r'⟦(\d+)⟧\s?%', r'⟦%\1⟧', s)
    return s, vals


def mask(line, lang):
    return NUM_RE[lang].sub('#', normalize(line, lang))


def opnd_val(tok, vals):
    m = re.fullmatch(r'⟦(%?)(\d+)⟧', tok)
    v = vals[int(m.group(2))]
    return v / 100 if m.group(1) else v


def eval_tokens(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = take()
        if t == '(':
            v = expr()
            assert take() == ')'
            return v
        return t

    def term():
        v = atom()
        while peek() in ('*', '/'):
            op = take()
            b = atom()
            v = v * b if op == '*' else v / b
        return v

    def expr():
        v = term()
        while peek() in ('+', '-'):
            op = take()
            b = term()
            v = v + b if op == '+' else v - b
        return v
    v = expr()
    assert pos[0] == len(toks)
    return v


def extract(line, lang):
    """Return list of computations found in one line."""
    s, vals = markers(line, lang)
    comps = []
    ops = r'\s*[+×*·÷/−\-]\s*|\s+x\s+'
    if lang in ('de', 'it', 'nl'):
        ops += r'|\s+:\s+'
    opnd = r'(?:\(\s*)*⟦%?\d+⟧(?:\s*\))*'
    chain = re.compile(r'%s(?:(?:%s)%s)+\s*=\s*⟦\d+⟧' % (opnd, ops, opnd))
    used = []
    for m in chain.finditer(s):
        body, res = m.group(0).rsplit('=', 1)
        toks, operands, opl = [], [], []
        for t in re.findall(r'⟦%?\d+⟧|\(|\)|[+×*·÷/−\-]|(?<=\s)x(?=\s)|(?<=\s):(?=\s)', body):
            if t.startswith('⟦'):
                v = opnd_val(t, vals)
                toks.append(v)
                operands.append(v)
            elif t in '()':
                toks.append(t)
            else:
                toks.append(SYM[t])
                opl.append(SYM[t])
        comps.append(dict(form='chain', operands=operands, ops=opl, value=eval_tokens(toks),
                          written=opnd_val(res.strip(), vals)))
        used.append(m.span())
    words, results = WORD_OPS[lang]
    sp = r'\s*' if lang == 'zh' else r'\s+'
    wre = '|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    rre = '|'.join(re.escape(w) for w in sorted(results, key=len, reverse=True))
    worded = re.compile(r'(⟦%%?\d+⟧)%s(%s)%s(⟦%%?\d+⟧)%s(?:%s)%s(⟦\d+⟧)' % (sp, wre, sp, sp, rre, sp))
    for m in worded.finditer(s):
        a, b = opnd_val(m.group(1), vals), opnd_val(m.group(3), vals)
        op = words[m.group(2)]
        v = {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else None}[op]
        comps.append(dict(form='worded', operands=[a, b], ops=[op], value=v,
                          written=opnd_val(m.group(4), vals)))
        used.append(m.span())
    if lang == 'zh':
        pre = re.compile(r'(⟦\d+⟧)\s*的\s*(⟦%\d+⟧)\s*(?:是|等于|=)\s*(⟦\d+⟧)')
        for m in pre.finditer(s):
            x, p = opnd_val(m.group(1), vals), opnd_val(m.group(2), vals)
            comps.append(dict(form='pct_of', operands=[x, p], ops=['*'], value=x * p,
                              written=opnd_val(m.group(3), vals)))
            used.append(m.span())
    else:
        pre = re.compile(r'(⟦%%\d+⟧)\s+%s\s+(⟦\d+⟧)\s*(?:=|%s)\s*(⟦\d+⟧)' % (PCT_PREP[lang], rre))
        for m in pre.finditer(s):
            p, x = opnd_val(m.group(1), vals), opnd_val(m.group(2), vals)
            comps.append(dict(form='pct_of', operands=[x, p], ops=['*'], value=x * p,
                              written=opnd_val(m.group(3), vals)))
            used.append(m.span())
    used.sort()
    for (a1, b1), (a2, b2) in zip(used, used[1:]):
        assert b1 <= a2, ('overlapping computations', line)
    # every '=' must belong to a recognised computation
    eqs = [m.start() for m in re.finditer('=', s)]
    for e in eqs:
        assert any(a <= e < b for a, b in used), ('unparsed =', line)
    return comps


def analyze(sol, lang):
    lines = sol.split('\n')
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    comps = [extract(ln, lang) for ln in lines]
    return lines, offs, comps


def last_number(line, lang):
    s, vals = markers(line, lang)
    idx = re.findall(r'⟦%?(\d+)⟧', s)
    return vals[int(idx[-1])] if idx else None


def answer_check(row, lines, comps, lang, final):
    """Check the answer line (and #### line if present) against final."""
    has_hash = lines[-1].startswith('####')
    if has_hash:
        assert lines[-1] == '#### ' + row['final'], ('hash line', row['pid'])
    idx = len(lines) - (2 if has_hash else 1)
    ans = lines[idx]
    assert ans.strip() and not comps[idx], ('answer line', row['pid'])
    assert last_number(ans, lang) == final, ('answer line', row['pid'], ans)
    assert sum(l.startswith('####') for l in lines) == (1 if has_hash else 0)
    return has_hash


def comp_line_ids(comps):
    return [i for i, c in enumerate(comps) if c]


def kind_ok(kind, w, r, comp):
    if kind == 'off_by_one':
        return abs(w - r) == 1
    if kind == 'off_by_ten':
        return abs(w - r) == 10
    if kind in ('digit_swap', 'dropped_digit'):
        if w.denominator != 1 or r.denominator != 1:
            return False
        sw, sr = str(w.numerator), str(r.numerator)
        if kind == 'digit_swap':
            if len(sw) != len(sr):
                return False
            d = [j for j in range(len(sr)) if sw[j] != sr[j]]
            return len(d) == 2 and d[1] == d[0] + 1 and sw[d[0]] == sr[d[1]] and sw[d[1]] == sr[d[0]]
        return len(sw) == len(sr) - 1 and any(sr[:j] + sr[j + 1:] == sw for j in range(len(sr)))
    if kind == 'wrong_op':
        if len(comp['operands']) != 2 or comp['form'] == 'pct_of':
            return False
        a, b = comp['operands']
        alts = {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else None}
        return any(v == w for op, v in alts.items() if op != comp['ops'][0])
    return False


def full_line(sol, span):
    a, b = span
    return (a == 0 or sol[a - 1] == '\n') and (b == len(sol) or sol[b] == '\n') and '\n' not in sol[a:b]


def check(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = defaultdict(dict)
    for r in rows:
        assert r['variant'] not in by[r['pid']], r['pid']
        by[r['pid']][r['variant']] = r
    stats = Counter()
    style_count = Counter()
    templates = set()
    kinds = Counter()
    for pid, g in by.items():
        assert set(g) == {'correct', 'slip', 'carry', 'loop'}, pid
        c = g['correct']
        for v in g.values():
            for k in ('template', 'style', 'problem'):
                assert v[k] == c[k], (pid, k)
        lang = lang_of(c['style'])
        style_count[c['style']] += 1
        templates.add(c['template'])
        assert re.search(r'\d', c['problem'])

        # ---------------- correct
        L, O, C = analyze(c['solution'], lang)
        cl = comp_line_ids(C)
        n = len(cl)
        assert 2 <= n <= 5, (pid, n)
        for i in cl:
            assert len(C[i]) == 1, (pid, 'one computation per line', L[i])
            assert C[i][0]['value'] == C[i][0]['written'], (pid, 'inexact in correct', L[i])
        final = plain_to_F(c['final'])
        assert C[cl[-1]][0]['written'] == final, (pid, 'final vs last step')
        if answer_check(c, L, C, lang, final):
            stats['hash'] += 1
        stats['correct'] += 1

        # ---------------- slip
        s = g['slip']
        Ls, Os, Cs = analyze(s['solution'], lang)
        assert len(Ls) == len(L)
        diff = [i for i in range(len(L)) if L[i] != Ls[i]]
        assert len(diff) == 1, (pid, 'slip diff lines', diff)
        d = diff[0]
        assert s['span'] == [Os[d], Os[d] + len(Ls[d])] and full_line(s['solution'], s['span']), pid
        assert d in cl and s['step'] == cl.index(d) + 1 and s['step'] < n, (pid, 'slip step')
        assert len(Cs[d]) == 1
        cs = Cs[d][0]
        w, rt = plain_to_F(s['wrong']), plain_to_F(s['right'])
        assert cs['written'] == w and cs['value'] == rt and w != rt, (pid, 'slip values')
        assert C[d][0]['written'] == rt and cs['operands'] == C[d][0]['operands']
        assert mask(Ls[d], lang) == mask(L[d], lang)
        assert s['final'] == c['final']
        for i, cc in enumerate(Cs):
            for x in cc:
                if i != d:
                    assert x['value'] == x['written'], (pid, 'slip other line')
        assert kind_ok(s['kind'], w, rt, cs), (pid, 'slip kind', s['kind'])
        kinds['slip:' + s['kind']] += 1
        answer_check(s, Ls, Cs, lang, final)

        # ---------------- carry
        k = g['carry']
        Lk, Ok, Ck = analyze(k['solution'], lang)
        a0 = k['span'][0]
        assert k['solution'][:a0] == c['solution'][:a0], (pid, 'carry prefix')
        assert full_line(k['solution'], k['span'])
        assert len(Lk) == len(L)
        d = Ok.index(a0)
        assert k['span'][1] == a0 + len(Lk[d])
        assert d in cl and k['step'] == cl.index(d) + 1, (pid, 'carry step')
        assert comp_line_ids(Ck) == cl
        ck = Ck[d][0]
        w, rt = plain_to_F(k['wrong']), plain_to_F(k['right'])
        assert ck['written'] == w and ck['value'] == rt and w != rt, (pid, 'carry values')
        assert C[d][0]['written'] == rt
        for i in range(len(L)):
            if not L[i].startswith('####'):
                assert mask(Lk[i], lang) == mask(L[i], lang), (pid, 'carry wording', Lk[i], L[i])
            for x in Ck[i]:
                if i != d:
                    assert x['value'] == x['written'], (pid, 'carry later step inexact', Lk[i])
        kf = plain_to_F(k['final'])
        assert Ck[cl[-1]][0]['written'] == kf
        assert k['correct_final'] == c['final'] and kf != final, (pid, 'carry final')
        if k['step'] < n:
            later = [op for i in cl if i > d for op in Ck[i][0]['operands']]
            assert w in later, (pid, 'wrong value not carried')
        else:
            assert kf == w
        answer_check(k, Lk, Ck, lang, kf)
        assert kind_ok(k['kind'], w, rt, ck), (pid, 'carry kind', k['kind'])
        kinds['carry:' + k['kind']] += 1

        # ---------------- loop
        lp = g['loop']
        sol = lp['solution']
        assert lp['final'] is None and '####' not in sol
        a0 = lp['span'][0]
        assert a0 > 0 and sol[a0 - 1] == '\n' and sol[:a0] == c['solution'][:a0], (pid, 'loop prefix')
        segs = re.findall(r'[^\n]*\n', sol[:a0])
        P = lp['period_lines']
        block = ''.join(segs[-P:])
        assert len(segs) >= P and block.count('\n') == P
        first = block.split('\n')[0]
        assert first.strip(), pid
        bstart = a0 - len(block)
        prev = sol[:bstart].split('\n')[-2] if bstart > 0 else ''
        prev_i = sol[:bstart].count('\n') - 1
        assert bstart == 0 or prev == '' or C[prev_i], (pid, 'block not at a step start')
        assert lp['span'][1] == a0 + len(first)
        reps = lp['repeats']
        assert 15 <= reps <= 25
        tail = sol[a0:]
        assert tail.startswith(block * reps), (pid, 'loop repeats')
        cut = tail[len(block) * reps:]
        assert len(cut) < len(first) and first.startswith(cut) and not re.search(r'\d', cut), (pid, 'loop cut')
        if cut:
            stats['loop_cut'] += 1
        bl = block.split('\n')
        ncomp_block = sum(1 for x in bl if extract(x, lang))
        assert 1 <= ncomp_block <= 2, (pid, 'block comps')
        done = sum(1 for i in cl if O[i] < a0)
        assert done < n, (pid, 'loop after last step')
        assert done >= ncomp_block

    total = len(by)
    assert 550 <= total <= 800, total
    assert 150 <= len(templates) <= 200, len(templates)
    assert len(style_count) >= 8
    assert max(style_count.values()) <= 1.5 * min(style_count.values())
    hash_share = stats['hash'] / total
    assert 0.6 <= hash_share <= 0.9, hash_share
    cut_share = stats['loop_cut'] / total
    assert 0.3 <= cut_share <= 0.7, cut_share
    print(f"problems={total} rows={len(rows)} templates={len(templates)} styles={len(style_count)}")
    print('per style:', dict(sorted(style_count.items())))
    print(f"#### share={hash_share:.2f} loop cut share={cut_share:.2f}")
    print('fault kinds:', dict(sorted(kinds.items())))
    print('PASS')


if __name__ == '__main__':
    try:
        check(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
    except AssertionError as e:
        import traceback; traceback.print_exc(); print("FAIL", e)
        sys.exit(1)
