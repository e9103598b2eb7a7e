"""Ten writing styles imitating families of real model outputs."""
import random
from fractions import Fraction as F
from core import N, dec_str, group, sci_parts, round_dp

STYLES = ['markdown_steps', 'bold_labels', 'bullets', 'prose', 'latex_inline',
          'latex_display', 'table', 'gsm', 'chatty', 'numbered_sci']

SUP = str.maketrans('0123456789-', '⁰¹²³⁴⁵⁶⁷⁸⁹⁻')

CFG = {
    'markdown_steps': dict(ops={'+': '+', '-': '−', '*': '×', '/': '÷'}, comma=',', sci='caret', uexpr=True),
    'bold_labels': dict(ops={'+': '+', '-': '-', '*': '×', '/': '/'}, comma=',', sci='caret', uexpr=False),
    'bullets': dict(ops={'+': '+', '-': '-', '*': 'x', '/': '/'}, comma=',', sci='caret', uexpr=True),
    'prose': dict(ops={'+': '+', '-': '−', '*': '×', '/': '÷'}, comma=',', sci='caret', uexpr=True),
    'latex_inline': dict(ops={'+': '+', '-': '-', '*': r'\times', '/': r'\div'}, comma='{,}', sci='latex', uexpr=False),
    'latex_display': dict(ops={'+': '+', '-': '-', '*': r'\times', '/': r'\div'}, comma='{,}', sci='latex', uexpr=True),
    'table': dict(ops={'+': '+', '-': '−', '*': '×', '/': '÷'}, comma=',', sci='caret', uexpr=False),
    'gsm': dict(ops={'+': '+', '-': '-', '*': '*', '/': '/'}, comma='', sci=None, uexpr=False),
    'chatty': dict(ops={'+': '+', '-': '-', '*': '×', '/': '÷'}, comma=',', sci='caret', uexpr=False),
    'numbered_sci': dict(ops={'+': '+', '-': '−', '*': '·', '/': '/'}, comma=',', sci='sup', uexpr=True),
}

WORD_OPS = {'+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by'}


def plain(v, cfg, nocomma=False):
    s = dec_str(v)
    if nocomma or not cfg['comma']:
        return s
    if abs(v) < 10000 and cfg['comma'] == ',' and not cfg.get('comma4'):
        # models usually write 4-digit numbers both ways; keep grouping from 1,000
        pass
    if abs(v) >= 1000:
        return group(s, cfg['comma'])
    return s


def sci(v, cfg, mant=None, exp=None):
    if mant is None:
        mant, exp = sci_parts(v)
    m = dec_str(mant)
    kind = cfg['sci']
    if kind == 'latex':
        return m + r' \times 10^{' + str(exp) + '}'
    if kind == 'sup':
        return m + ' × 10' + str(exp).translate(SUP)
    return m + ' × 10^' + str(exp)


def unit_s(u, cfg):
    if not u:
        return ''
    if cfg['sci'] == 'latex':
        return r' \text{ ' + u + '}'
    return ' ' + u


def numtok(t, cfg, uexpr):
    if t.unit == '%':
        return dec_str(t.v * 100) + ('\\%' if cfg['sci'] == 'latex' else '%')
    if t.sci and cfg['sci']:
        s = sci(t.v, cfg)
    else:
        s = plain(t.v, cfg, t.nocomma)
    if uexpr and t.unit:
        s += unit_s(t.unit, cfg)
    return s


def expr(toks, cfg, rng, worded=False, uexpr=None):
    if uexpr is None:
        uexpr = cfg['uexpr']
    if worded and len(toks) == 3 and isinstance(toks[0], N) and toks[0].unit != '%' and isinstance(toks[2], N) \
            and not toks[0].sci and not toks[2].sci and toks[2].v >= 0:
        a, op, b = toks
        return '%s %s %s' % (numtok(a, cfg, False), WORD_OPS[op], numtok(b, cfg, False))
    if cfg['sci'] == 'latex' and len(toks) == 3 and toks[1] == '/' and rng.random() < 0.5:
        a, _, b = toks
        return r'\frac{%s}{%s}' % (numtok(a, cfg, uexpr), numtok(b, cfg, uexpr))
    out = []
    prev = None
    for i, t in enumerate(toks):
        if isinstance(t, N):
            s = numtok(t, cfg, uexpr)
            adj = (i > 0 and toks[i - 1] in ('*', '/', '+', '-')) or \
                  (i + 1 < len(toks) and toks[i + 1] in ('*', '/', '+', '-'))
            if t.sci and cfg['sci'] and adj:
                s = (r'\left(' + s + r'\right)') if cfg['sci'] == 'latex' else '(' + s + ')'
            elif t.v < 0 and prev in ('*', '/', '+', '-'):
                s = '(' + s + ')'
            out.append(s)
        elif t == '*' and i > 0 and isinstance(toks[i - 1], N) and toks[i - 1].unit == '%':
            out.append(r'\text{of}' if cfg['sci'] == 'latex' else 'of')
        elif t in ('+', '-', '*', '/'):
            out.append(cfg['ops'][t])
        else:
            out.append(t)
        prev = t
    s = ' '.join(out)
    return s.replace('( ', '(').replace(' )', ')')


def result(it, cfg, rng):
    """Right-hand side (after the first relation sign) including unit."""
    v = it['val']
    u = unit_s(it['unit'], cfg)
    if it['t'] == 'rem':
        r = plain(it['r'], cfg)
        q = plain(v, cfg)
        w = rng.choice(['remainder', 'remainder', 'R'])
        if cfg['sci'] == 'latex':
            return q + r' \text{ ' + w + ' } ' + r
        return '%s %s %s' % (q, w, r)
    forms = it.get('forms')
    if forms and cfg['sci']:
        parts = []
        for f in forms:
            if f.startswith('unnorm:'):
                e = int(f.split(':')[1])
                parts.append(sci(v, cfg, v / F(10) ** e, e))
            elif f == 'sci':
                parts.append(sci(v, cfg))
            else:
                parts.append(plain(v, cfg, it['nocomma']))
        parts = list(dict.fromkeys(parts))
        return ' = '.join(parts) + u
    s = plain(v, cfg, it['nocomma']) + u
    if cfg['sci'] == 'sup' and abs(v) >= 10 ** 9 and v.denominator == 1 and it['rel'] == '=':
        m, e = sci_parts(v)
        m2 = round_dp(m, 2)
        if m2 < 10:
            s += ' ≈ ' + sci(v, cfg, m2, e) + u
    return s


def relsign(it, cfg, word=False):
    if it['t'] == 'rem':
        return '=' if not word else 'is'
    if it['rel'] == '≈':
        if cfg['sci'] == 'latex':
            return r'\approx'
        return 'is about' if word else '≈'
    return 'is' if word else '='


def line_calc(it, cfg, rng, worded=False):
    ws = worded and it['t'] == 'calc'
    return '%s %s %s' % (expr(it['toks'], cfg, rng, worded=ws), relsign(it, cfg, ws), result(it, cfg, rng))


def fill(tmpl, vals, cfg):
    return tmpl.format(*[plain(F(v), {'comma': ','}) if not isinstance(v, str) else v for v in vals])


def cap(s):
    return s[:1].upper() + s[1:]


def low(s):
    return s[:1].lower() + s[1:]


def fmt_final(it, cfg):
    return plain(it['v'], {'comma': ','}, it.get('nocomma', False)) + (' ' + it['unit'] if it['unit'] else '')


def check_line(calcs, cfg, rng):
    """An inverse check of the last plain binary step, if exact."""
    if not calcs:
        return None
    it = calcs[-1]
    if it['t'] != 'calc' or it['rel'] != '=' or len(it['toks']) != 3 or it.get('forms'):
        return None
    a, op, b = it['toks']
    if not isinstance(a, N) or not isinstance(b, N) or a.sci or b.sci:
        return None
    r = it['down']
    if op == '*' and b.v != 0:
        toks, res = [N(r), '/', N(b.v)], r / b.v
    elif op == '/':
        toks, res = [N(r), '*', N(b.v)], r * b.v
    elif op == '+':
        toks, res = [N(r), '-', N(b.v)], r - b.v
    elif op == '-':
        toks, res = [N(r), '+', N(b.v)], r + b.v
    else:
        return None
    try:
        dec_str(res, 6)
    except ValueError:
        return None
    if res != a.v:
        return None
    c2 = dict(cfg)
    return expr(toks, c2, rng, uexpr=False) + ' = ' + plain(res, cfg)


def render(style, items, pid):
    cfg = CFG[style]
    R = lambda k: random.Random('%s|%s|%s' % (pid, style, k))
    lines = []  # (text, tag)
    calcs = [it for it in items if it['t'] in ('calc', 'rem')]
    notes = [it for it in items if it['t'] == 'note']
    ans = [it for it in items if it['t'] == 'answer'][0]
    fin = fmt_final(ans, cfg)
    phrase = ans['phrase'].format(fin)
    r0 = R('intro')
    L = lines.append

    if style == 'markdown_steps':
        L((r0.choice(["Let's solve this step by step.", "We can break this into a few steps.",
                      "Here's a step-by-step solution."]), None))
        L(('', None))
        if notes:
            L(('### Given', None))
            for it in notes:
                L(('- ' + fill(it['tmpl'], it['vals'], cfg), None))
            L(('', None))
        for i, it in enumerate(calcs):
            r = R(i)
            L(('### Step %d: %s' % (i + 1, cap(it['lead'])), None))
            L(('', None))
            tail = r.choice(['', '', ' so the %s is **%s**.' % (it['label'], result(it, cfg, random.Random(0)) if it['t'] == 'calc' else plain(it['val'], cfg))])
            L((line_calc(it, cfg, r) + (',' + tail if tail else ''), it['idx']))
            L(('', None))
        ck = check_line(calcs, cfg, R('check'))
        if ck and R('ck').random() < 0.5:
            L(('**Check:** ' + ck + ' ✓', None))
            L(('', None))
        L(('### Answer', None))
        L(('', None))
        L((cap(phrase), None))
    elif style == 'bold_labels':
        if notes:
            L(('**Given:**', None))
            for it in notes:
                L(('- ' + fill(it['tmpl'], it['vals'], cfg), None))
            L(('', None))
        L(('**Solution:**', None))
        L(('', None))
        for i, it in enumerate(calcs):
            r = R(i)
            L(('**%s:** %s' % (cap(it['label']), line_calc(it, cfg, r)), it['idx']))
            L(('', None))
        ck = check_line(calcs, cfg, R('check'))
        if ck and R('ck').random() < 0.6:
            L(('**Check:** ' + ck, None))
            L(('', None))
        L(('**Answer:** ' + fin, None))
    elif style == 'bullets':
        L((r0.choice(['Here is the calculation:', 'Working:', "Let's compute:"]), None))
        L(('', None))
        for it in notes:
            L(('* ' + fill(it['tmpl'], it['vals'], cfg), None))
        for i, it in enumerate(calcs):
            r = R(i)
            L(('* %s: %s' % (cap(it['label']), line_calc(it, cfg, r)), it['idx']))
        L(('', None))
        L(('So ' + low(phrase), None))
    elif style == 'prose':
        intro = r0.choice(['', 'To answer this, we work through it in order. '])
        buf = intro + ' '.join(fill(it['tmpl'], it['vals'], cfg) for it in notes)
        if buf.strip():
            L((buf.strip(), None))
            L(('', None))
        openers = ['First, %s: ', 'Next, %s: ', 'Then %s: ', 'Now %s: ', 'After that, %s: ', 'Finally, %s: ']
        for i, it in enumerate(calcs):
            r = R(i)
            op = openers[0] if i == 0 else (openers[-1] if i == len(calcs) - 1 and i > 1 else openers[1 + (i % 4)])
            rest = r.choice(['', ' That is the %s.' % it['label']])
            L(((op % low(it['lead'])) + line_calc(it, cfg, r) + '.' + rest, it['idx']))
            L(('', None))
        L((cap(phrase), None))
    elif style == 'latex_inline':
        for it in notes:
            L((fill(it['tmpl'], it['vals'], cfg), None))
        if notes:
            L(('', None))
        for i, it in enumerate(calcs):
            r = R(i)
            L(('%d. %s: \\( %s \\)' % (i + 1, cap(it['lead']), line_calc(it, cfg, r)), it['idx']))
        L(('', None))
        L(('Therefore, ' + low(phrase), None))
    elif style == 'latex_display':
        L((r0.choice(['**Solution.**', "Let's set up the calculation.", 'We proceed in steps.']), None))
        L(('', None))
        for it in notes:
            L(('- ' + fill(it['tmpl'], it['vals'], cfg), None))
        if notes:
            L(('', None))
        for i, it in enumerate(calcs):
            r = R(i)
            L((cap(it['lead']) + ':', None))
            L(('\\[', None))
            L((line_calc(it, cfg, r), it['idx']))
            L(('\\]', None))
        L(('', None))
        L(('\\[', None))
        L(('\\boxed{%s}' % (plain(ans['v'], {'comma': '{,}'}) + (' \\text{ %s}' % ans['unit'] if ans['unit'] else '')), None))
        L(('\\]', None))
    elif style == 'table':
        if notes:
            for it in notes:
                L((fill(it['tmpl'], it['vals'], cfg), None))
            L(('', None))
        L(('| Step | Calculation | Result |', None))
        L(('|---|---|---|', None))
        for i, it in enumerate(calcs):
            r = R(i)
            res = plain(it['val'], cfg, it.get('nocomma', False))
            if it['t'] == 'rem':
                res = '%s %s' % (res, it['runit'] or it['unit'])
            elif it['unit']:
                res += ' ' + it['unit']
            L(('| %s | %s | %s |' % (cap(it['label']), line_calc(it, cfg, r), res.strip()), it['idx']))
        L(('', None))
        L(('**Answer:** ' + phrase, None))
    elif style == 'gsm':
        for i, it in enumerate(calcs):
            r = R(i)
            e = expr(it['toks'], cfg, r)
            v = plain(it['val'], cfg)
            u = (' ' + it['unit']) if it['unit'] else ''
            if it['t'] == 'rem':
                rr = plain(it['r'], cfg)
                txt = '%s: %s = %s remainder %s%s.' % (cap(it['lead']), e, v, rr, u)
            elif it['rel'] == '≈':
                txt = '%s: %s ≈ %s%s.' % (cap(it['lead']), e, v, u)
            else:
                txt = '%s: %s = <<%s=%s>>%s%s.' % (cap(it['lead']), e, e.replace(' ', ''), v, v, u)
            L((txt, it['idx']))
    elif style == 'chatty':
        L((r0.choice(["Great question! Let's figure this out together. 🚀",
                      "Ooh, a space problem! Let's work through it. 🌌",
                      "Sure thing! Let's go step by step. ✨"]), None))
        L(('', None))
        for it in notes:
            L(('Remember: ' + low(fill(it['tmpl'], it['vals'], cfg)), None))
        if notes:
            L(('', None))
        firsts = ['First, we %s. ', 'Next, we %s. ', 'Then we %s. ', "Now let's %s. "]
        for i, it in enumerate(calcs):
            r = R(i)
            worded = r.random() < 0.55
            op = firsts[0] if i == 0 else firsts[1 + (i % 3)]
            L(((op % low(it['lead'])) + line_calc(it, cfg, r, worded=worded) + r.choice(['.', '!', '.']), it['idx']))
            L(('', None))
        ck = check_line(calcs, cfg, R('check'))
        if ck and R('ck').random() < 0.5:
            L(('Quick check: ' + ck + '. Yep, that works! 👍', None))
            L(('', None))
        L(('So ' + low(phrase) + ' ' + r0.choice(['🎉', '🌍', '🪐', '🛰️']), None))
    elif style == 'numbered_sci':
        for it in notes:
            L(('Note: ' + fill(it['tmpl'], it['vals'], cfg), None))
        if notes:
            L(('', None))
        for i, it in enumerate(calcs):
            r = R(i)
            L(('%d) %s: %s' % (i + 1, cap(it['label']), line_calc(it, cfg, r)), it['idx']))
        L(('', None))
        L(('Answer: ' + fin, None))
    else:
        raise ValueError(style)
    return lines
