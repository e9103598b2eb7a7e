"""Solution styles imitating how popular instruct-model families write GSM8K answers.
Each style returns dict(blocks=[{'lines': [...], 'step': i|None}], blank=bool, ctx=Ctx, compact=bool).
A line that carries step i's computation is a tuple (text, i)."""
from core import Ctx, render_eq, fmt_result, dec

VERBS = ['Calculate', 'Find', 'Determine', 'Compute', 'Work out']


def cap(s):
    return s[:1].upper() + s[1:]


class R:
    """per-solution helper"""
    def __init__(self, P, env, shown, rng, c, cents):
        self.P, self.env, self.shown, self.rng, self.c = P, env, shown, rng, c
        self.n = len(P.steps)
        c.cents = cents or getattr(c, 'cents_always', False)
        self.forms = [rng.randrange(3) for _ in P.steps]

    def eq(self, i):
        st = self.P.steps[i]
        return render_eq(st, self.P, self.env, self.shown[st['name']], self.c, self.forms[i])[0]

    def what(self, i):
        return self.P.steps[i]['what']

    def res(self, i, c=None):
        st = self.P.steps[i]
        return fmt_result(self.shown[st['name']], st['unit'], c or self.c)

    def fin(self):
        st = self.P.steps[-1]
        v = self.shown[st['name']]
        if st['unit'] == '$' and v.denominator != 1:
            return '%d.%02d' % (int(v), int(round((v - int(v)) * 100)))
        return dec(v)

    def fin_res_plain(self):
        c = Ctx(cents=self.c.cents, sep=',')
        return self.res(self.n - 1, c)

    def pick(self, *opts):
        return self.rng.choice(opts)

    def verb(self):
        return self.rng.choice(VERBS)

    def first_word(self, i):
        if i == 0:
            return self.pick('First,', 'First,', 'To start,')
        if i == self.n - 1:
            return self.pick('Finally,', 'Finally,', 'Now,')
        return self.pick('Next,', 'Then,', 'Now,')


def blk(lines, step=None):
    return dict(lines=lines, step=step)


# 1 -------------------------------------------------------------- Llama 3.x
def llama3(P, env, shown, rng, cents, text):
    tex = rng.random() < 0.6
    c = Ctx(latex=tex, mul='\\times' if tex else rng.choice(['*', '×']), div='\\div' if tex else '/', sep=',')
    r = R(P, env, shown, rng, c, cents)
    w = (lambda s: '$' + s + '$') if tex else (lambda s: s)
    blocks = []
    for i in range(r.n):
        head = '## Step %d: %s %s' % (i + 1, r.verb(), r.what(i))
        body = r.pick('%s is %s.', 'To find %s, we calculate %s.', 'We calculate %s: %s.', '%s can be found as %s.')
        if body.startswith('%s is') or body.startswith('%s can'):
            line = body % (cap(r.what(i)), w(r.eq(i)))
        else:
            line = body % (r.what(i), w(r.eq(i)))
        blocks.append(blk([head, (line, i)], i))
    blocks.append(blk(['The final answer is: $\\boxed{%s}$' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 2 -------------------------------------------------------------- Qwen2.5-Instruct
def qwen25(P, env, shown, rng, cents, text):
    c = Ctx(latex=True, mul=rng.choice(['\\times', '\\times', '\\cdot']), div=rng.choice(['\\div', '/']), sep='{,}',
            money_sign=rng.random() < 0.6)
    r = R(P, env, shown, rng, c, cents)
    fw = P.steps[-1]['what']
    blocks = [blk([r.pick('To determine %s, we need to follow these steps:' % fw,
                          'To find %s, we will break the problem into smaller steps.' % fw,
                          'To solve this problem, we need to determine %s step by step.' % fw)])]
    for i in range(r.n):
        lines = ['%d. **%s %s.**' % (i + 1, r.verb(), r.what(i))]
        if rng.random() < 0.5:
            lines.append('   %s:' % cap(r.what(i)) if rng.random() < 0.5 else '   We calculate:')
        lines += ['   \\[', ('   ' + r.eq(i), i), '   \\]']
        blocks.append(blk(lines, i))
    blocks.append(blk(['Therefore, %s is \\(\\boxed{%s}\\).' % (fw, r.fin())]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 3 -------------------------------------------------------------- GPT-4o
def gpt4o(P, env, shown, rng, cents, text):
    c = Ctx(latex=True, mul='\\times', div=rng.choice(['\\div', '/']), sep=',', unit_tex=True)
    r = R(P, env, shown, rng, c, cents)
    fw = P.steps[-1]['what']
    blocks = [blk([r.pick("To find %s, let's break the problem down step by step." % fw,
                          "Let's solve this step by step.", "To solve this problem, we'll go through it step by step.")])]
    label = rng.random() < 0.5
    for i in range(r.n):
        lines = ['### Step %d: %s' % (i + 1, cap(r.what(i)).replace('The ', '').replace('the ', '')[:1].upper()
                                       + cap(r.what(i)).replace('The ', '')[1:])]
        lines.append(r.pick('%s is:', 'We calculate %s:', 'To find %s:') % (r.what(i) if not label else r.what(i))
                     if rng.random() < 0.7 else 'Calculate %s:' % r.what(i))
        lines[-1] = cap(lines[-1])
        e = r.eq(i)
        if label:
            e = '\\text{%s} = %s' % (cap(r.what(i)).replace('The ', '')[:1].upper() + cap(r.what(i)).replace('The ', '')[1:], e)
        lines += ['\\[', (e, i), '\\]']
        blocks.append(blk(lines, i))
    blocks.append(blk(['### Final Answer', '%s is **%s**.' % (cap(fw), r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 4 -------------------------------------------------------------- GPT-4.1 / GPT-4o-mini (bullets, plain unicode)
def gpt41(P, env, shown, rng, cents, text):
    c = Ctx(mul='×', div=rng.choice(['÷', '/']), sep=',', cents_always=rng.random() < 0.3)
    r = R(P, env, shown, rng, c, cents)
    blocks = [blk([r.pick("Let's break down the problem:", "Let's solve step by step:", "Here's the step-by-step solution:")])]
    lines = []
    for i in range(r.n):
        t = r.pick('- **%s:** %s', '- **%s:**  \n  %s')
        if '\n' in t:
            lines.append('- **%s:**' % cap(r.what(i)))
            lines.append(('  ' + r.eq(i), i))
        else:
            lines.append((t % (cap(r.what(i)), r.eq(i)), i))
        blocks.append(blk(lines, i)); lines = []
    blocks.append(blk(['', '**Answer:** %s is %s.' % (cap(P.steps[-1]['what']), r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=False, ctx=c)


# 5 -------------------------------------------------------------- Claude 3.5 Sonnet
def claude35(P, env, shown, rng, cents, text):
    c = Ctx(mul='×', div='÷', sep=',')
    r = R(P, env, shown, rng, c, cents)
    blocks = [blk([r.pick('Let me solve this step by step.', "I'll solve this step by step.", "Let's solve this step by step:")])]
    for i in range(r.n):
        fw = r.first_word(i)
        head = '%d) %s %s:' % (i + 1, fw, r.pick("let's find " + r.what(i), "let's calculate " + r.what(i),
                                                  'we need ' + r.what(i)))
        lines = [head, ('   * ' + r.eq(i), i)]
        blocks.append(blk(lines, i))
    blocks.append(blk(['Therefore, %s is %s.' % (P.steps[-1]['what'], r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 6 -------------------------------------------------------------- Claude Sonnet 4 / Opus 4 (terse, bold labels)
def claude4(P, env, shown, rng, cents, text):
    c = Ctx(mul='×', div='÷', sep=',')
    r = R(P, env, shown, rng, c, cents)
    fw = P.steps[-1]['what']
    blocks = [blk([r.pick('I need to find %s.' % fw, "I'll work through this step by step.",
                          'Let me work through this problem step by step.')])]
    two = rng.random() < 0.5
    for i in range(r.n):
        lab = cap(r.what(i))
        if lab.startswith('The '):
            lab = lab[4:5].upper() + lab[5:]
        if two:
            blocks.append(blk(['**%s:**' % lab, (r.eq(i), i)], i))
        else:
            blocks.append(blk([('**%s:** %s' % (lab, r.eq(i)), i)], i))
    blocks.append(blk(['So %s is **%s**.' % (fw, r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 7 -------------------------------------------------------------- Mistral / Mixtral
def mistral(P, env, shown, rng, cents, text):
    c = Ctx(mul=rng.choice(['*', '*', 'x']), div='/', sep=rng.choice([',', '']), pct=rng.choice(['pct', 'dec']))
    r = R(P, env, shown, rng, c, cents)
    blocks = [blk([r.pick("To solve this problem, let's break it down into steps:", "Let's break this down:",
                          "To find the answer, we need to follow these steps:")])]
    for i in range(r.n):
        t = r.pick('%d. %s %s: %s', '%d. %s is %s.', '%d. %s %s. %s')
        if t == '%d. %s is %s.':
            ln = t % (i + 1, cap(r.what(i)), r.eq(i))
        elif t.endswith('%s.') is False and t.count('%s') == 3 and ': ' in t:
            ln = t % (i + 1, r.verb(), r.what(i), r.eq(i))
        else:
            ln = '%d. %s %s. That gives %s.' % (i + 1, r.verb(), r.what(i), r.eq(i))
        blocks.append(blk([(ln, i)], i))
    blocks.append(blk(['So, %s is %s.' % (P.steps[-1]['what'], r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 8 -------------------------------------------------------------- Gemma 2 / Gemma 3
def gemma(P, env, shown, rng, cents, text):
    c = Ctx(mul=rng.choice(['x', '*', '×']), div='/', sep=',', cents_always=rng.random() < 0.5)
    r = R(P, env, shown, rng, c, cents)
    blocks = [blk([r.pick("Here's how to solve the problem:", "Here's how to solve this problem step-by-step:",
                          "Here's how to break down the problem:")])]
    numbered = rng.random() < 0.5
    for i in range(r.n):
        lab = cap(r.what(i))
        if numbered:
            blocks.append(blk(['**%d. %s:**' % (i + 1, lab), ('* %s' % r.eq(i), i)], i))
        else:
            blocks.append(blk([('* **%s:** %s' % (lab, r.eq(i)), i)], i))
    blocks.append(blk(([] if numbered else ['']) + ['**Answer:** %s is %s.' % (cap(P.steps[-1]['what']), r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=numbered, ctx=c)


# 9 -------------------------------------------------------------- Phi-3 / Phi-4
def phi(P, env, shown, rng, cents, text):
    c = Ctx(mul=rng.choice(['×', '*']), div=rng.choice(['÷', '/']), sep=',', pct=rng.choice(['pct', 'dec']))
    r = R(P, env, shown, rng, c, cents)
    blocks = []
    for i in range(r.n):
        head = 'Step %d: %s %s.' % (i + 1, r.verb(), r.what(i))
        if rng.random() < 0.5:
            body = '%s = %s' % (cap(r.what(i)), r.eq(i))
        else:
            body = r.pick('%s, which is %s.', 'So, %s; that is %s.') % (r.eq(i), r.res(i)) \
                if False else '%s is %s.' % (cap(r.what(i)), r.eq(i))
        blocks.append(blk([head, (body, i)], i))
    blocks.append(blk(['Therefore, %s is %s.' % (P.steps[-1]['what'], r.fin_res_plain()), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 10 ------------------------------------------------------------- DeepSeek-V3
def deepseek(P, env, shown, rng, cents, text):
    c = Ctx(latex=True, mul='\\times', div='\\div', sep=',', money_sign=rng.random() < 0.7)
    r = R(P, env, shown, rng, c, cents)
    fw = P.steps[-1]['what']
    blocks = [blk([r.pick('To solve this problem, follow these steps:', 'To determine %s, let\'s go step by step.' % fw,
                          "Let's solve the problem step by step.")])]
    for i in range(r.n):
        lab = cap(r.what(i))
        lines = ['%d. **%s:**' % (i + 1, lab)]
        if rng.random() < 0.5:
            lines += ['   \\[', ('   ' + r.eq(i), i), '   \\]']
        else:
            lines += [('   \\( %s \\)' % r.eq(i), i)]
        blocks.append(blk(lines, i))
    blocks.append(blk(['**Answer:** %s' % r.fin_res_plain(), '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 11 ------------------------------------------------------------- Qwen3 (non-thinking)
def qwen3(P, env, shown, rng, cents, text):
    c = Ctx(latex=True, mul='\\times', div=rng.choice(['\\div', '/']), sep=',', unit_tex=True)
    r = R(P, env, shown, rng, c, cents)
    fw = P.steps[-1]['what']
    blocks = [blk(['We are asked to find %s.' % fw, '', '---'])]
    for i in range(r.n):
        lab = cap(r.what(i))
        lines = ['### Step %d: %s' % (i + 1, lab), '', '$$', (r.eq(i), i), '$$', '', '---']
        blocks.append(blk(lines, i))
    blocks.append(blk(['### ✅ Final Answer:', '', '$$', '\\boxed{%s}' % r.fin(), '$$', '', '#### %s' % r.fin()]))
    return dict(blocks=blocks, blank=True, ctx=c)


# 12 ------------------------------------------------------------- GSM8K-tuned (calculator annotations)
def gsm8k(P, env, shown, rng, cents, text):
    c = Ctx(mul='*', div='/', sep='', compact=True, money_sign=False, pct='dec')
    r = R(P, env, shown, rng, c, False)
    lines = []
    for i in range(r.n):
        st = P.steps[i]
        eq, lhs = render_eq(st, P, env, shown[st['name']], c, 0)
        res = eq.split('=')[-1]
        u = st['unit']
        pre = '$' if u == '$' else ''
        unit = '' if u in ('$', '', 'n', '%', 'f', '~') else ' ' + u.lstrip('~')
        if st['tree'][0] == 'dm':
            rest = eq[len(lhs) + 1:]
            q = rest.split(' ')[0]
            body = '%s=<<%s=%s>>%s' % (lhs, lhs, q, rest)
        else:
            body = '%s=%s<<%s=%s>>%s%s%s' % (lhs, pre, lhs, res, res, '%' if u == '%' else '', unit)
        t = rng.choice(['%s is %s.', 'So %s is %s.', '%s = %s.'])
        lines.append(((t % (cap(r.what(i)) if t[0] == '%' else r.what(i), body)), i))
    blocks = [blk([l], l[1]) for l in lines]
    blocks.append(blk(['#### %s' % dec(shown[P.steps[-1]['name']])]))
    return dict(blocks=blocks, blank=False, ctx=c, compact=True)


STYLES = [
    dict(name='llama3_steps', fn=llama3, model='Llama 3.1/3.2/3.3 Instruct',
         features='"## Step k:" headers, inline $..$ LaTeX or plain */×, ends "The final answer is: $\\boxed{N}$"'),
    dict(name='qwen25_boxed', fn=qwen25, model='Qwen2.5-Instruct / Qwen2.5-Math',
         features='numbered bold steps, indented \\[ \\] display math, \\times/\\cdot, {,} thousands, ends \\(\\boxed{N}\\)'),
    dict(name='gpt4o_markdown', fn=gpt4o, model='GPT-4o',
         features='### Step headers, \\[ \\] display, optional \\text{Label} = ..., \\text{ units}, ### Final Answer + bold'),
    dict(name='gpt41_bullets', fn=gpt41, model='GPT-4.1 / GPT-4o-mini',
         features='bold-label bullets, unicode ×/÷, sometimes always-cents money, **Answer:**'),
    dict(name='claude35_numbered', fn=claude35, model='Claude 3.5 Sonnet',
         features='"1) First, let\'s find ...:" then "   * a × b = c", "Therefore, ..."'),
    dict(name='claude4_terse', fn=claude4, model='Claude Sonnet 4 / Opus 4',
         features='"**Label:** a × b = c" terse lines, "So ... is **X**."'),
    dict(name='mistral_plain', fn=mistral, model='Mistral 7B / Mixtral / Mistral Small',
         features='numbered plain sentences, * or x, / division, percent as 0.15 sometimes, "That gives", "So, ..."'),
    dict(name='gemma_bullets', fn=gemma, model='Gemma 2 / Gemma 3',
         features='"Here\'s how to solve...", * **Label:** bullets, x as multiplication, **Answer:**'),
    dict(name='phi_steps', fn=phi, model='Phi-3 / Phi-3.5 / Phi-4',
         features='"Step k: Verb ..." then "Label = a × b = c" or "... is a * b = c."'),
    dict(name='deepseek_v3', fn=deepseek, model='DeepSeek-V3',
         features='numbered bold labels, mixed \\[ \\] and \\( \\) LaTeX, \\$ money in math, **Answer:**'),
    dict(name='qwen3_sections', fn=qwen3, model='Qwen3 (non-thinking)',
         features='"We are asked to find", --- separators, ### Step headers, $$ display, ✅ Final Answer with \\boxed then ####'),
    dict(name='gsm8k_calc', fn=gsm8k, model='GSM8K-SFT-style (Llama/Mistral fine-tunes, lm-eval few-shot)',
         features='one line per step, compact a*b=$<<a*b=c>>c calculator annotations, minimal decimals, ####'),
]
