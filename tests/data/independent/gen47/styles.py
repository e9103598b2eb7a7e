"""Writing styles.  Each renderer returns a list of lines (results wrapped in markers)."""
import re
from fractions import Fraction as Fr
from engine import (C, Rf, Cx, Sym, evaluate, opval, opfmt, fmt_calc, fmt_prose, final_str)
from numfmt import frac_str, dec_str

STYLES = ['md_headings', 'latex_display', 'qwen_boxed', 'terse', 'chatty', 'table', 'arrows',
          'llama_steps', 'prose_words', 'reverse_list', 'algebra']

SYMS = {
    'md_headings': Sym(),
    'latex_display': Sym(mul='\\times', div='\\div', minus='-', latex=True),
    'qwen_boxed': Sym(mul='\\times', div='\\div', minus='-', latex=True),
    'terse': Sym(mul='*', div='/', minus='-', cur=False, commas=False),
    'chatty': Sym(),
    'table': Sym(mul='×', div='÷', minus='−', cents=True),
    'arrows': Sym(minus='-'),
    'llama_steps': Sym(mul='*', div='/', minus='-'),
    'prose_words': Sym(mul='×', div='÷', minus='-'),
    'reverse_list': Sym(mul='x', div='÷', minus='-'),
    'algebra': Sym(mul='·', div='/', minus='−', cur=False),
}

OPWORDS = {'+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by'}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class Ctx:
    def __init__(self, P, style, fault, rng):
        self.P, self.style, self.rng = P, style, rng
        self.sym = SYMS[style]
        self.w, self.c, self.t = evaluate(P.steps, fault)
        self.mode = fault[2] if fault else 'correct'

    # ----- values
    def fmtp(self, v, f):
        noun = self.P.noun
        if f == 'cnt' and self.P.xnoun is not self.P.noun:
            pass
        return fmt_prose(v, f, noun)

    def res_fmtp(self, i, v):
        s = self.P.steps[i]
        f = s.f
        noun = self.P.noun
        if s.ans and self.P.xnoun is not None and self.P.xnoun != self.P.noun:
            noun = self.P.xnoun
        return fmt_prose(v, f, noun)

    def opnd_prose(self, o):
        if o is None:
            return ''
        if isinstance(o, Cx):
            m = '−' if o.op == '-' else '+'
            return '(%s %s %s)' % (dec_str(o.a.v), m, dec_str(o.b.v))
        v = opval(o, self.c)
        f = opfmt(o, self.P.steps)
        return fmt_prose(v, f, self.P.noun)

    def fill(self, text, i, same=True):
        s = self.P.steps[i]
        out = text
        if '{A}' in out:
            out = out.replace('{A}', self.opnd_prose(s.a))
        if '{B}' in out:
            out = out.replace('{B}', self.opnd_prose(s.b))
        if '{R}' in out:
            v = self.w[i] if same else self.c[i]
            out = out.replace('{R}', self.res_fmtp(i, v))
        for mm in re.findall(r'\{V(\d+)\}', out):
            k = int(mm)
            out = out.replace('{V%s}' % mm, fmt_prose(self.c[k], self.P.steps[k].f, self.P.noun))
        return out

    def mark(self, i, s):
        return '\x01%d\x02%s\x03' % (i, s)

    # ----- computations
    def calc(self, i, sym=None, words=False, unit=False, paren_frac=False):
        sym = sym or self.sym
        s = self.P.steps[i]
        a = opval(s.a, self.c)
        fa = opfmt(s.a, self.P.steps)
        A = fmt_calc(a, fa, sym)
        mids = []
        op = OPWORDS[s.op] if words else sym.opsym(s.op)
        if isinstance(s.b, Cx):
            cx = s.b
            B = '(%s %s %s)' % (fmt_calc(cx.a.v, cx.a.f, sym), sym.opsym(cx.op), fmt_calc(cx.b.v, cx.b.f, sym))
            if sym.latex:
                B = '\\left' + B[:1] + B[1:-1] + '\\right)'
            mids.append('%s %s %s' % (A, op, fmt_calc(cx.v, 'dec', sym)))
        else:
            b = opval(s.b, self.c)
            fb = opfmt(s.b, self.P.steps)
            B = fmt_calc(b, fb, sym)
            if s.form == 'pctdec' and fb == 'dec' and not words:
                mids.append('%s %s %s' % (A, op, B))
                B = fmt_calc(b, 'pct', sym)
            if paren_frac and fb == 'frac' and b.denominator != 1 and not sym.latex:
                B = '(' + B + ')'
            if s.form in ('recip', 'recip2') and s.op == '/' and fb == 'frac' and not words:
                rb = 1 / b
                R = fmt_calc(rb, 'frac', sym)
                if paren_frac and rb.denominator != 1 and not sym.latex:
                    R = '(' + R + ')'
                mids.append('%s %s %s' % (A, sym.mul, R))
                if s.form == 'recip2' and (a * rb.numerator).denominator == 1 and rb.denominator != 1:
                    nn = a * rb.numerator
                    if sym.latex:
                        mids.append('\\frac{%s}{%d}' % (fmt_calc(nn, fa, sym), rb.denominator))
                    else:
                        mids.append('%s/%d' % (fmt_calc(nn, fa, sym), rb.denominator))
        if s.form == 'of' and not words:
            left = '%s %s %s' % (B, '\\text{ of }' if sym.latex else 'of', A) if sym.latex else '%s of %s' % (B, A)
        elif s.form == 'of' and words:
            left = '%s of %s' % (B, A)
        elif s.form == 'halfof' and not sym.latex:
            left = 'half of %s' % A
        else:
            left = '%s %s %s' % (A, op, B)
        res = fmt_calc(self.w[i], s.f, sym)
        res = self.mark(i, res)
        if unit and s.f == 'cnt' and self.P.noun:
            noun = self.P.noun
            if s.ans and self.P.xnoun:
                noun = self.P.xnoun
            res += ' ' + (noun[1] if self.w[i] == 1 else noun[0])
        if words:
            eqw = self.rng.choice(['is', 'equals', 'gives', 'makes'])
            return '%s %s %s' % (left, eqw, res)
        return (' %s ' % sym.eq).join([left] + mids + [res])

    def main_idx(self):
        return list(range(self.P.nmain))

    def check_idx(self):
        if self.mode == 'carry':
            return []
        return list(range(self.P.nmain, len(self.P.steps)))

    def final(self):
        return self.c[self.P.nmain - 1]

    def answer(self):
        return self.P.ans.replace('{R}', self.res_fmtp(self.P.nmain - 1, self.final()))

    def hashes(self):
        return '#### ' + final_str(self.final())

    def check_end(self):
        return self.rng.choice(['✓', '✔', '✅'])

    def chain_vals(self):
        """Values along the undo chain: start value then each chain step (carried)."""
        P = self.P
        out = []
        if P.R is not None:
            out.append(fmt_prose(P.R, P.sf, None))
        for i in self.main_idx():
            if P.steps[i].chain:
                out.append(self.res_fmtp(i, self.c[i]) if P.steps[i].f != 'cnt' else fmt_prose(self.c[i], 'int'))
        return out


# ------------------------------------------------------------------------------------------

def intro_line(ctx):
    P, r = ctx.P, ctx.rng
    return r.choice([
        'We can solve this by working backwards from the end and undoing each step in reverse order.',
        "Let's work backwards: start from what we know at the end and undo each step.",
        'The easiest way is to work backwards, doing the opposite operation at each step.',
        'Work backwards from the final amount, reversing each operation.',
    ])


def check_line_items(ctx, sym=None, words=False, unit=False, paren_frac=False):
    return [ctx.calc(i, sym=sym, words=words, unit=unit, paren_frac=paren_frac) for i in ctx.check_idx()]


def r_md_headings(ctx):
    P, r = ctx.P, ctx.rng
    L = []
    L.append(r.choice(['## Working backwards', '## Solution', '### Solving by working backwards']))
    L.append('')
    L.append(intro_line(ctx) + ' ' + P.given)
    L.append('')
    for n, i in enumerate(ctx.main_idx(), 1):
        s = P.steps[i]
        L.append('### Step %d: %s' % (n, s.title))
        if s.why:
            L.append(ctx.fill(s.why, i))
        L.append('')
        if r.random() < 0.5:
            L.append('- ' + ctx.calc(i))
        else:
            L.append(ctx.calc(i, unit=True))
        if s.note:
            L.append(s.note)
        if s.say:
            L.append('')
            L.append(ctx.fill(s.say, i, same=False))
        L.append('')
    L.append('### Answer')
    L.append('**' + ctx.answer() + '**')
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append('### Check')
        L.append('Go forward from %s:' % ctx.res_fmtp(P.nmain - 1, ctx.final()))
        for i in ch:
            L.append('- ' + ctx.calc(i))
        L.append('%s It matches: %s.' % (ctx.check_end(), P.end))
    L.append('')
    L.append(ctx.hashes())
    return L


def r_latex_display(ctx):
    P, r = ctx.P, ctx.rng
    L = [intro_line(ctx), '']
    for n, i in enumerate(ctx.main_idx(), 1):
        s = P.steps[i]
        L.append('**Step %d – %s.** %s' % (n, s.title, ctx.fill(s.why, i) if s.why else ''))
        L.append('\\[')
        L.append(ctx.calc(i))
        L.append('\\]')
        if s.note:
            L.append(s.note)
        if s.say:
            L.append(ctx.fill(s.say, i, same=False))
        L.append('')
    ch = ctx.check_idx()
    if ch:
        L.append('**Check:** ' + ', '.join('\\(' + x + '\\)' for x in check_line_items(ctx)) + ' ' + ctx.check_end())
        L.append('')
    L.append('**Answer:** ' + ctx.answer())
    L.append('')
    L.append(ctx.hashes())
    return L


def r_qwen_boxed(ctx):
    P, r = ctx.P, ctx.rng
    L = ['To find %s, we need to work backwards from the information given. %s' % (P.goal, P.given), '']
    for n, i in enumerate(ctx.main_idx(), 1):
        s = P.steps[i]
        L.append('%d. **%s:**' % (n, s.title))
        if s.why:
            L.append('   ' + ctx.fill(s.why, i))
        L.append('   \\[')
        L.append('   ' + ctx.calc(i))
        L.append('   \\]')
        if s.say:
            L.append('   ' + ctx.fill(s.say, i, same=False))
        L.append('')
    ch = ctx.check_idx()
    if ch:
        L.append('To verify, we go forward:')
        L.append('\\[')
        L.append(', \\quad '.join(check_line_items(ctx)))
        L.append('\\]')
        L.append('This matches the given information.')
        L.append('')
    L.append('Therefore, the answer is \\(\\boxed{%s}\\).' % final_str(ctx.final()))
    L.append('')
    L.append(ctx.hashes())
    return L


def r_terse(ctx):
    P, r = ctx.P, ctx.rng
    L = [r.choice(['Work backwards.', 'Undo each step in reverse:', 'Reverse the steps:', 'Going backwards:'])]
    for i in ctx.main_idx():
        L.append(ctx.calc(i, paren_frac=True))
    ch = ctx.check_idx()
    if ch:
        L.append('Check: ' + r.choice(['; ', ', ']).join(check_line_items(ctx, paren_frac=True)) + ' ' + ctx.check_end())
    L.append(ctx.hashes())
    return L


def r_chatty(ctx):
    P, r = ctx.P, ctx.rng
    L = [r.choice(['Great question! This is a classic "work backwards" problem. 😊',
                   "Ooh, a working-backwards puzzle — let's unravel it together!",
                   "Sure! Let's rewind the story one step at a time."]), '']
    L.append('The trick is to start at the end (%s) and undo each step in reverse order.' % P.given.rstrip('.').lower()
             if not P.given[:1].isdigit() else 'The trick is to start at the end and undo each step in reverse order.')
    L.append('')
    words = ['**First**', '**Next**', '**Then**', '**After that**', '**Finally**']
    idx = ctx.main_idx()
    for n, i in enumerate(idx):
        s = P.steps[i]
        w = words[0] if n == 0 else (words[-1] if n == len(idx) - 1 and n > 0 else words[min(n, 3)])
        why = ctx.fill(s.why, i) if s.why else ''
        for pre in ('So ', 'Then '):
            if why.startswith(pre):
                why = why[len(pre):]
        why = lower_first(why, P) if why else why
        line = '%s, %s %s' % (w, why.rstrip(':').rstrip('.') + ':' if why else '', ctx.calc(i))
        say = ctx.fill(s.say, i) if s.say else ''
        L.append(line.replace('  ', ' ') + '. ' + say)
        if s.note:
            L.append(s.note)
        L.append('')
    L.append('So the answer is **%s** 🎉' % ctx.res_fmtp(P.nmain - 1, ctx.final()))
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append("Let's double-check by going forward: " + ', then '.join(check_line_items(ctx)) + '. ' +
                 ctx.check_end() + ' It works!')
    L.append('')
    L.append(ctx.hashes())
    return L


def r_table(ctx):
    P, r = ctx.P, ctx.rng
    L = [intro_line(ctx), '', P.given, '']
    L.append('| Step | What we undo | Calculation | Result |')
    L.append('|---|---|---|---|')
    for n, i in enumerate(ctx.main_idx(), 1):
        s = P.steps[i]
        L.append('| %d | %s | %s | %s |' % (n, s.title, ctx.calc(i), ctx.res_fmtp(i, ctx.w[i])))
    L.append('')
    L.append(ctx.answer())
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append('**Check (forward):**')
        L.append('')
        L.append('| Forward step | Value |')
        L.append('|---|---|')
        for i in ch:
            L.append('| %s | %s |' % (ctx.calc(i), ctx.res_fmtp(i, ctx.w[i])))
        L.append('')
        L.append('Ends at %s %s' % (fmt_prose(ctx.c[len(P.steps) - 1], P.steps[-1].f, P.noun), ctx.check_end()))
    L.append('')
    L.append(ctx.hashes())
    return L


def r_arrows(ctx):
    P, r = ctx.P, ctx.rng
    L = []
    if P.fwd_arrows:
        L.append('**Forward:** start ' + ' '.join('→ (%s)' % a for a in P.fwd_arrows) + ' → ' + fmt_prose(P.R, P.sf, None))
        L.append('')
        L.append('**Backward:** %s ' % fmt_prose(P.R, P.sf, None) + ' '.join('→ (%s)' % a for a in P.undo_arrows) + ' → start')
        L.append('')
    else:
        L.append(intro_line(ctx))
        L.append('')
    for i in ctx.main_idx():
        s = P.steps[i]
        L.append('- %s: %s' % (s.title, ctx.calc(i)))
        if s.note:
            L.append('  ' + s.note)
    L.append('')
    cv = ctx.chain_vals()
    if len(cv) >= 2:
        L.append('Chain: ' + ' → '.join(cv))
        L.append('')
    L.append('**Answer: %s**' % ctx.res_fmtp(P.nmain - 1, ctx.final()))
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append('Check: ' + ' → '.join(check_line_items(ctx)) + ' ' + ctx.check_end())
    L.append('')
    L.append(ctx.hashes())
    return L


def r_llama_steps(ctx):
    P, r = ctx.P, ctx.rng
    L = ['## Step 1: Understand the problem',
         'We need to find %s. %s We can work backwards, undoing each step.' % (P.goal, P.given), '']
    k = 2
    for i in ctx.main_idx():
        s = P.steps[i]
        L.append('## Step %d: %s' % (k, s.title))
        k += 1
        why = ctx.fill(s.why, i) if s.why else ''
        L.append((why + ' ' if why else '') + r.choice(['This gives us ', 'So we calculate ', 'We get ']) +
                 ctx.calc(i) + '.')
        if s.say:
            L.append(ctx.fill(s.say, i, same=False))
        L.append('')
    ch = ctx.check_idx()
    if ch:
        L.append('## Step %d: Verify the answer' % k)
        L.append('Going forward: ' + ', '.join(check_line_items(ctx)) + '. This matches the problem.')
        L.append('')
    L.append('The final answer is: %s' % final_str(ctx.final()))
    L.append('')
    L.append(ctx.hashes())
    return L


def lower_first(s, P):
    first = s.split(' ', 1)[0].rstrip(',.:;\'s')
    keep = {P.D.get('N'), P.D.get('M'), 'I'}
    if first in keep or s[:1] in '$0123456789(':
        return s
    return s[:1].lower() + s[1:]


def r_prose_words(ctx):
    P, r = ctx.P, ctx.rng
    L = [intro_line(ctx) + ' ' + P.given, '']
    for n, i in enumerate(ctx.main_idx()):
        s = P.steps[i]
        words = (r.random() < 0.6) and s.form in ('plain', 'of')
        why = ctx.fill(s.why, i) if s.why else ''
        say = ctx.fill(s.say, i) if s.say else ''
        lead = r.choice(['', 'Next, ', 'Now ', 'Then, ']) if n else ''
        if why.startswith('So ') or why.startswith('Then') or not why:
            lead = ''
        if why.endswith(':'):
            body = why + ' ' + ctx.calc(i, unit=True) + '.'
        else:
            if not why.endswith('.'):
                why = why + '.' if why else ''
            body = (why + ' ' if why else '') + cap(ctx.calc(i, words=words, unit=True)) + '.'
        if lead:
            body = lead + lower_first(body, P)
        L.append(body + (' ' + say if say else ''))
        if s.note:
            L.append(s.note)
        L.append('')
    ch = ctx.check_idx()
    if ch:
        items = [ctx.calc(i, words=(r.random() < 0.5) and P.steps[i].form in ('plain', 'of')) for i in ch]
        L.append('Checking forward: ' + ', and '.join(items) + ', which is right. ' + ctx.check_end())
        L.append('')
    L.append(ctx.answer())
    L.append('')
    L.append(ctx.hashes())
    return L


def r_reverse_list(ctx):
    P, r = ctx.P, ctx.rng
    L = ['**What happened, in order:**']
    for n, f in enumerate(P.fwd, 1):
        L.append('%d. %s' % (n, f))
    L.append('')
    L.append('**Undo it in reverse order** (opposite operations, last step first):')
    for n, i in enumerate(ctx.main_idx(), 1):
        s = P.steps[i]
        L.append('%d. %s → %s' % (n, s.title, ctx.calc(i)))
    L.append('')
    L.append('**Answer:** ' + ctx.answer())
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append('**Forward check:**')
        L.append('- Start: %s' % ctx.res_fmtp(P.nmain - 1, ctx.final()))
        for i in ch:
            L.append('- %s' % ctx.calc(i))
        L.append('- End: %s %s' % (fmt_prose(ctx.c[len(P.steps) - 1], P.steps[-1].f, P.noun), ctx.check_end()))
    L.append('')
    L.append(ctx.hashes())
    return L


def r_algebra(ctx):
    P, r = ctx.P, ctx.rng
    L = []
    let = getattr(P, 'let', None) or 'Let %s be %s.' % (P.letter, P.goal)
    L.append(let)
    L.append('')
    if P.Es:
        L.append('Translate the story into an expression, one step at a time:')
        for e in P.Es[1:]:
            L.append('- %s' % e)
        L.append('')
    L.append('So the equation is')
    L.append('')
    L.append('%s' % P.eq)
    L.append('')
    L.append('Now solve it step by step:')
    L.append('')
    for i in ctx.main_idx():
        s = P.steps[i]
        if s.alg:
            phrase, lhs = s.alg
            phrase = ctx.fill(phrase, i)
            L.append('%s: %s = %s' % (phrase, lhs, ctx.calc(i, paren_frac=True)))
        else:
            why = ctx.fill(s.why, i) if s.why else ''
            L.append((why + ' ' if why else '') + ctx.calc(i, paren_frac=True))
            if s.say:
                L.append(ctx.fill(s.say, i, same=False))
    L.append('')
    L.append(ctx.answer())
    ch = ctx.check_idx()
    if ch:
        L.append('')
        L.append('Check: ' + '; '.join(check_line_items(ctx, paren_frac=True)) + ' ' + ctx.check_end())
    L.append('')
    L.append(ctx.hashes())
    return L


RENDER = {name: globals()['r_' + name] for name in STYLES}


def render(P, style, fault, seed):
    import random
    rng = random.Random(seed)
    ctx = Ctx(P, style, fault, rng)
    lines = RENDER[style](ctx)
    raw = '\n'.join(lines)
    # strip markers, record positions
    pos = {}
    out = []
    k = 0
    n = 0
    while k < len(raw):
        ch = raw[k]
        if ch == '\x01':
            j = raw.index('\x02', k)
            idx = int(raw[k + 1:j])
            e = raw.index('\x03', j)
            pos[idx] = (n, n + (e - j - 1))
            seg = raw[j + 1:e]
            out.append(seg)
            n += len(seg)
            k = e + 1
        else:
            out.append(ch)
            n += 1
            k += 1
    text = ''.join(out)
    return text, pos, ctx
