"""Renderers: turn Sol items into text lines, tagging the line that holds each step's result."""
import random
import re
from core import UNITS, fmt_val, num_str, F

STYLES = ['gsm8k', 'gpt_latex', 'llama_steps', 'claude_bold', 'bullets', 'terse', 'tutor',
          'numbered', 'table', 'qwen_latex', 'worded']

CFG = {
    'gsm8k':       dict(mul='*', div='/', sub='-', sp='', lu=True, cu=False, tex=False, commas=False),
    'gpt_latex':   dict(mul='\\times', div='\\div', sub='-', sp=' ', lu=True, cu=True, tex=True, commas=True, frac=True),
    'llama_steps': dict(mul='*', div='/', sub='-', sp=' ', lu=True, cu=False, tex=False, commas=False),
    'claude_bold': dict(mul='×', div='÷', sub='−', sp=' ', lu=False, cu=True, tex=False, commas=True),
    'bullets':     dict(mul='x', div='/', sub='-', sp=' ', lu=False, cu=True, tex=False, commas=True),
    'terse':       dict(mul='·', div='/', sub='-', sp=' ', lu=False, cu=False, tex=False, commas=False),
    'tutor':       dict(mul='×', div='÷', sub='-', sp=' ', lu=True, cu=True, tex=False, commas=True),
    'numbered':    dict(mul='×', div='÷', sub='-', sp=' ', lu=True, cu=False, tex=False, commas=True),
    'table':       dict(mul='×', div='÷', sub='−', sp=' ', lu=False, cu=False, tex=False, commas=True),
    'qwen_latex':  dict(mul='\\times', div='\\div', sub='-', sp=' ', lu=True, cu=False, tex=True, commas=True, frac=False),
    'worded':      dict(mul=' times ', div=' divided by ', sub=' minus ', sp='', lu=True, cu=True, tex=False,
                        commas=True, add=' plus ', eq=' equals ', approx=' is about '),
}


def unit_str(u, val, c):
    if u is None:
        return ''
    s, one, many = UNITS[u]
    if c['tex']:
        w = many if c['lu'] and val != 1 else (one if c['lu'] else s)
        if w.startswith('/') or w.startswith(' '):
            return '\\text{%s}' % w
        return '\\text{ %s}' % w
    if c['lu']:
        w = one if val == 1 else many
    else:
        w = s
    if w.startswith('/') or w.startswith(' '):
        return w
    return ' ' + w


def numtxt(numstr, fmt, c, raw=None):
    if raw is not None:
        n, d = raw
        return '\\frac{%d}{%d}' % (n, d) if c['tex'] else '%d/%d' % (n, d)
    if c['tex'] and '/' in numstr:
        n, d = numstr.split('/')
        return '\\frac{%s}{%s}' % (n, d)
    if c['tex'] and ',' in numstr:
        numstr = numstr.replace(',', '{,}')
    if fmt == 'money':
        return ('\\$' if c['tex'] else '$') + numstr
    return numstr


def term_str(t, c, units, paren=False):
    if t.fmt == 'raw':
        s = numtxt(None, 'raw', c, t.raw)
    else:
        ns = fmt_val(t.val, t.fmt, c['commas'])[0]
        s = numtxt(ns, t.fmt, c)
        if paren and '/' in ns and not c['tex']:
            s = '(' + s + ')'
    if units and t.unit:
        s += unit_str(t.unit, t.val, c)
    return s


def opsym(o, c):
    if o == '*':
        return c['mul']
    if o == '/':
        return c['div']
    if o == '-':
        return c['sub']
    return c.get('add', '+')


def expr_str(terms, ops, c, units):
    if c.get('frac') and ops == ['/'] and c['tex']:
        a = term_str(terms[0], c, units)
        b = term_str(terms[1], c, units)
        return '\\frac{%s}{%s}' % (a, b)
    parts = [term_str(terms[0], c, units)]
    for o, t in zip(ops, terms[1:]):
        sym = opsym(o, c)
        paren = (o == '/' or (o == '*' and False))
        ts = term_str(t, c, units, paren=paren)
        if sym.startswith(' '):
            parts.append(sym + ts)
        elif c['sp']:
            parts.append(' ' + sym + ' ' + ts)
        else:
            parts.append(sym + ts)
    return ''.join(parts)


def eqs(c, approx=False):
    if approx:
        if c['tex']:
            return ' \\approx '
        return c.get('approx', ' ≈ ' if c['sp'] else '≈')
    return c.get('eq', ' = ' if c['sp'] else '=')


def res_str(step, c):
    from core import commafy
    s = numtxt(commafy(step.numstr) if c['commas'] else step.numstr, step.fmt, c)
    return s + unit_str(step.unit, step.shown if not step.faulty else 2, c)


def tail_str(tail, c):
    if tail is None:
        return ''
    if tail[0] == 'hm':
        h, m = tail[1], tail[2]
        if c['tex']:
            return '%d\\text{ h } %d\\text{ min}' % (h, m)
        if c['lu']:
            return '%d hour%s %d minute%s' % (h, '' if h == 1 else 's', m, '' if m == 1 else 's')
        return '%d h %d min' % (h, m)
    if tail[0] == 'min':
        m = tail[1]
        if c['tex']:
            return '%d\\text{ min}' % m
        return '%d minutes' % m if c['lu'] else '%d min' % m
    if tail[0] == 'hours':
        h = tail[1]
        if c['tex']:
            return '%d\\text{ h}' % h
        return '%d hour%s' % (h, '' if h == 1 else 's') if c['lu'] else '%d h' % h


def calc_str(step, c, units=None, gsm=False):
    if units is None:
        units = c['cu']
    e = expr_str(step.terms, step.ops, c, units)
    chain = [e]
    for mt, mo in step.mids:
        chain.append(expr_str(mt, mo, c, False))
    r = res_str(step, c)
    if gsm and step.exact:
        # GSM8K calculator annotation
        plain = expr_str(step.terms, step.ops, c, False)
        out = e
        for m in chain[1:]:
            out += '=' + m
        out += '=<<%s=%s>>%s' % (plain, step.numstr.replace(',', ''), r)
    else:
        out = e
        for m in chain[1:]:
            out += eqs(c) + m
        out += eqs(c, not step.exact) + r
    t = tail_str(step.tail, c)
    if t:
        out += eqs(c) + t
    return out


def val_str(val, unit, fmt, c):
    ns, ex, _ = fmt_val(val, fmt, c['commas'])
    return numtxt(ns, fmt, c) + unit_str(unit, val, c)


def tex_words(s):
    """formula 'Time = Distance ÷ Speed' -> LaTeX."""
    out = []
    for tok in s.split(' '):
        if tok in ('=', '+', '-'):
            out.append(tok)
        elif tok == '×':
            out.append('\\times')
        elif tok == '÷':
            out.append('\\div')
        elif tok in ('(', ')'):
            out.append(tok)
        else:
            out.append('\\text{%s}' % tok.replace('_', ' '))
    return ' '.join(out)


def plain_formula(s, c):
    s = s.replace('_', ' ')
    if c['mul'] in ('*', 'x', '·'):
        s = s.replace('×', c['mul'])
    if c['div'] == '/':
        s = s.replace('÷', '/')
    return s


KEEP = None


def lc(s):
    global KEEP
    if KEEP is None:
        from kinds import PEOPLE
        KEEP = set(n for n, _, _ in PEOPLE) | {'Ann', 'Ben', 'Cara', 'Raj', 'Sam', 'Tia', 'Car', 'Pump', 'I'}
    w = re.split(r"[ ,'’]", s, 1)[0]
    if not s or w in KEEP or s[:2].isupper():
        return s
    return s[0].lower() + s[1:]


def uc(s):
    return s[0].upper() + s[1:]


def sayf(st, c):
    return uc(st.say.format(c=c))


def ansf(a, v):
    return uc(a.format(v=v))


def notestr(step, c):
    if not step.note:
        return None
    if callable(step.note):
        return step.note(step.shown)
    if c['tex']:
        c = dict(c, tex=False)
    v = numtxt(fmt_val(step.shown, step.fmt, c['commas'])[0], step.fmt, c) + unit_str(step.unit, step.shown, c)
    if step.faulty:
        v = res_str(step, c)
    return step.note.format(v=v)


def render(style, items, rng_seed, problem_intro):
    """Return list of (line, tag). tag = step number for result lines, else 0."""
    c = CFG[style]
    L = []

    def add(s, tag=0):
        L.append((s, tag))

    def R(key):
        return random.Random('%s|%s' % (rng_seed, key))

    givens = [it for it in items if it[0] == 'given']
    steps = [it[1] for it in items if it[0] == 'step']
    checks = [it for it in items if it[0] == 'check']
    ans = [it for it in items if it[0] == 'answer'][0]
    aval, asent = ans[1], ans[2]
    ansv = val_str(aval.val, aval.unit, aval.fmt, c)
    final = fmt_val(aval.val, aval.fmt)[0]
    from core import final_str
    fin = final_str(aval.val) if fmt_val(aval.val, aval.fmt)[1] else final_str(fmt_val(aval.val, aval.fmt)[2])

    def check_text(ch, cc=c):
        _, terms, ops, res, exact, lead = ch
        e = expr_str(terms, ops, cc, cc['cu'])
        return e + eqs(cc, not exact) + val_str(res.val, res.unit, res.fmt, cc)

    if style == 'gsm8k':
        for st in steps:
            add(sayf(st, c=calc_str(st, c, gsm=True)), st.k)
        add('#### ' + fin)
        return L

    if style == 'gpt_latex':
        add(R('i').choice(["To solve this problem, we'll break it into steps.",
                           "Let's solve this step by step.",
                           "To find the answer, we need to work through the problem step by step."]))
        add('')
        for st in steps:
            add('### Step %d: %s' % (st.k, st.title))
            add('')
            if st.formula:
                add(R(st.k).choice(['We use the formula:', 'The relevant formula is:', 'Recall that:']))
                add('')
                add('\\[')
                add(tex_words(st.formula))
                add('\\]')
                add('')
                add('Substituting the values:')
                add('')
            add('\\[')
            lhs = '\\text{%s}' % st.sym.replace('_', ' ') if st.sym else None
            cs = calc_str(st, c)
            add((lhs + ' = ' + cs) if lhs else cs, st.k)
            add('\\]')
            add('')
            n = notestr(st, c)
            if n:
                add(n.replace('$', '\\$') if False else n)
                add('')
        if checks and R('ck').random() < 0.7:
            add('### Verification')
            add('')
            for ch in checks:
                add('\\[')
                add(check_text(ch) + ' \\quad \\checkmark')
                add('\\]')
            add('')
        add('### Final Answer')
        add('')
        add(ansf(asent, v='**' + val_str(aval.val, aval.unit, aval.fmt, dict(c, tex=False)) + '**'))
        add('')
        add('#### ' + fin)
        return L

    if style == 'llama_steps':
        for st in steps:
            add('## Step %d: %s' % (st.k, st.title))
            line = ''
            if st.formula and R(st.k).random() < 0.6:
                line = 'Using the formula %s, ' % plain_formula(st.formula, c).lower()
                s = sayf(st, c=calc_str(st, c))
                line += lc(s)
            else:
                line = sayf(st, c=calc_str(st, c))
            add(line, st.k)
            add('')
        add('The final answer is: $\\boxed{%s}$' % fin)
        add('')
        add('#### ' + fin)
        return L

    if style == 'claude_bold':
        add(R('i').choice(['**Given:**', "**What we know:**", '**Known values:**']))
        for lab, t in [(g[1], g[2]) for g in givens]:
            add('- %s: %s' % (lab, val_str(t.val, t.unit, t.fmt, c)))
        add('')
        for st in steps:
            add('**%s:**' % st.title)
            add(calc_str(st, c), st.k)
            n = notestr(st, c)
            if n:
                add(n)
            add('')
        for ch in checks:
            add('**Check:** ' + check_text(ch) + ' ✓')
            add('')
        add('**Answer:** ' + ansf(asent, v='**' + ansv + '**'))
        add('')
        add('#### ' + fin)
        return L

    if style == 'bullets':
        add(R('i').choice(["Here's the breakdown:", 'Breaking it down:', 'Step by step:']))
        add('')
        for st in steps:
            add('- %s: %s' % (st.title, calc_str(st, c)), st.k)
        for ch in checks:
            add('- Check: ' + check_text(ch) + ' ✓')
        add('')
        add(ansf(asent, v=ansv))
        add('')
        add('#### ' + fin)
        return L

    if style == 'terse':
        for st in steps:
            lhs = st.sym or st.title
            add('%s = %s' % (lhs, calc_str(st, c)), st.k)
        for ch in checks:
            add('check: ' + check_text(ch))
        add('')
        add('Answer: ' + ansv)
        add('#### ' + fin)
        return L

    if style == 'tutor':
        add(R('i').choice(["Great question! Let's work through it together.",
                           "Let's break this problem down into small pieces.",
                           "Sure! Let's take this one step at a time."]))
        add('')
        conn = ['First,', 'Next,', 'Then,', 'Now,', 'After that,', 'Finally,']
        for i, st in enumerate(steps):
            cn = conn[min(i, 4)] if i < len(steps) - 1 or i == 0 else 'Finally,'
            s = sayf(st, c=calc_str(st, c))
            if st.formula and R(st.k).random() < 0.5:
                add('%s remember that %s.' % (cn, plain_formula(st.formula, c).lower()))
                add(s, st.k)
            else:
                add('%s %s' % (cn, lc(s)), st.k)
            n = notestr(st, c)
            if n:
                add(n)
            add('')
        for ch in checks:
            add("Let's double-check: " + check_text(ch) + '. ✓ That matches!')
            add('')
        add('So, ' + lc(ansf(asent, v=ansv)))
        add('')
        add('#### ' + fin)
        return L

    if style == 'numbered':
        if givens and R('g').random() < 0.5:
            add('We know: ' + ', '.join('%s = %s' % (g[1].lower(), val_str(g[2].val, g[2].unit, g[2].fmt, c)) for g in givens) + '.')
            add('')
        for st in steps:
            add('%d. **%s**' % (st.k, st.title))
            add('   ' + calc_str(st, c), st.k)
            n = notestr(st, c)
            if n:
                add('   ' + n)
        add('')
        for ch in checks:
            add('Check: ' + check_text(ch) + ' ✓')
        add('**Answer:** ' + ansf(asent, v=ansv))
        add('')
        add('#### ' + fin)
        return L

    if style == 'table':
        add('| Quantity | Value |')
        add('|---|---|')
        for g in givens:
            add('| %s | %s |' % (g[1], val_str(g[2].val, g[2].unit, g[2].fmt, dict(c, cu=True))))
        add('')
        add('| Step | What we find | Calculation |')
        add('|---|---|---|')
        for st in steps:
            add('| %d | %s | %s |' % (st.k, st.title, calc_str(st, c)), st.k)
        add('')
        for ch in checks:
            add('Check: ' + check_text(ch) + ' ✓')
        add('**Answer:** ' + ansf(asent, v=ansv))
        add('')
        add('#### ' + fin)
        return L

    if style == 'qwen_latex':
        add(problem_intro)
        add('')
        for st in steps:
            add('%d. **%s:**' % (st.k, st.title))
            if st.formula:
                add('   \\[')
                add('   ' + tex_words(st.formula))
                add('   \\]')
            add('   \\[')
            add('   ' + calc_str(st, c), st.k)
            add('   \\]')
            add('')
        add('Therefore, ' + lc(ansf(asent, v=val_str(aval.val, aval.unit, aval.fmt, dict(c, tex=False))))
            .rstrip('.') + ', so the answer is \\(\\boxed{%s}\\).' % fin)
        add('')
        add('#### ' + fin)
        return L

    if style == 'worded':
        for i, st in enumerate(steps):
            lead = st.title
            add('%s: %s.' % (lead, calc_str(st, c)), st.k)
            n = notestr(st, c)
            if n:
                add(n)
        for ch in checks:
            add('To check, ' + check_text(ch) + ', which matches.')
        add(ansf(asent, v=ansv))
        add('#### ' + fin)
        return L
    raise ValueError(style)
