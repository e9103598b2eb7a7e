"""Ten writing styles, each modelled on how a family of instruct models lays out a
measurement word-problem solution."""
from fractions import Fraction as F
from units import qty, num, dec_str, conv_note, is_count, CONV
from engine import render_calc, render_formula


class Style:
    def __init__(self, name, **kw):
        self.name = name
        self.mul = '×'
        self.div = '÷'
        self.sub = '-'
        self.minus = '-'
        self.umode = 'sym'
        self.units_ops = True
        self.conv = 'bare'
        self.commas = True
        self.chain = False
        self.blank = True          # blank line between steps
        self.hashes = 1.0          # probability of a trailing '#### N' line
        self.degsp = ''
        self.latexsp = 'thin'
        self.latex_lr = False
        self.__dict__.update(kw)


def cap(s):
    return s[:1].upper() + s[1:]


def label(desc):
    d = desc
    for p in ('the ', 'The '):
        if d.startswith(p):
            d = d[len(p):]
    return cap(d)


class Ctx:
    def __init__(self, prob, st, env, display, rng):
        self.prob = prob
        self.tpl = prob['tpl']
        self.P = prob['params']
        self.st = st
        self.env = env
        self.display = display or {}
        self.rng = rng
        self.units = prob['units']

    def fill(self, text):
        vals = {}
        for k, v in self.P.items():
            if isinstance(v, str):
                vals[k] = v
            else:
                u = self.units.get(k)
                vals[k] = num(v, self.st, money=bool(u) and u.startswith('$'))
        return text.format(**vals)

    def steps(self):
        return self.tpl['steps']

    def step_unit(self, i):
        return self.tpl['steps'][i]['unit']

    def calc(self, i, **kw):
        s = self.tpl['steps'][i]
        return render_calc(s['ast'], self.env, self.units, self.st, self.env[s['var']], s['unit'],
                           display=self.display.get(i), **kw)

    def formula(self, i, latex=False):
        f = self.tpl['steps'][i].get('f')
        if not f:
            return None
        return render_formula(f, self.st, latex)

    def desc(self, i):
        return self.fill(self.tpl['steps'][i]['desc'])

    def ask(self):
        return self.fill(self.tpl['ask'])

    def final(self):
        return self.env[self.tpl['steps'][-1]['var']]

    def final_u(self, mode=None):
        u = self.tpl['steps'][-1]['unit']
        v = self.final()
        if u is None or (is_count(u) and self.tpl['ask'].startswith('the number of')):
            return num(v, self.st)
        return qty(v, u, self.st, mode)

    def final_plain(self):
        return dec_str(self.final())

    def notes_text(self, notes, mode=None, sep=', '):
        out = []
        for n in notes:
            if n[0] == 'cancel':
                continue
            u, v = n
            t = conv_note(u, v, self.st, mode)
            if t not in out:
                out.append(t)
        return sep.join(out)

    def say(self, i, calc):
        s = self.tpl['steps'][i].get('say')
        if not s:
            return None
        return cap(self.fill(s.replace('{calc}', '\x00')).replace('\x00', calc))


VERBS = ['Find', 'Calculate', 'Determine', 'Work out']


# ---------------------------------------------------------------- style 1
def s1_header(c):
    a = c.ask()
    opts = ['To find %s, let\'s work through it step by step.' % a,
            'Let\'s solve this step by step.',
            'We need to find %s.' % a]
    return [c.rng.choice(opts), '']


def s1_step(c, i):
    verb = c.rng.choice(VERBS[:3])
    text, notes = c.calc(i)
    fm = c.formula(i)
    if fm:
        line = '%s = %s = %s' % (fm[0], fm[1], text)
    else:
        line = '%s = %s' % (label(c.desc(i)), text)
    nt = c.notes_text(notes)
    if nt:
        line += ' (since %s)' % nt
    return ['**Step %d: %s %s.**' % (i + 1, verb, c.desc(i)), line], 1


def s1_footer(c):
    v = c.rng.choice([0, 1])
    if v == 0:
        return ['**Answer:** %s is %s.' % (cap(c.ask()), c.final_u())]
    return ['**Answer:** %s' % c.final_u()]


# ---------------------------------------------------------------- style 2 (GPT-4o LaTeX display)
def s2_header(c):
    opts = ['To find %s, we can break the problem into steps.' % c.ask(),
            'Let\'s solve the problem step by step.',
            'To solve this problem, we need to find %s.' % c.ask()]
    return [c.rng.choice(opts), '']


def s2_step(c, i):
    verb = c.rng.choice(['Calculate', 'Find', 'Determine'])
    text, notes = c.calc(i)
    fm = c.formula(i, latex=True)
    if fm:
        line = '   %s = %s = %s' % (fm[0], fm[1], text)
    else:
        line = '   %s' % text
    return ['%d. **%s %s:**' % (i + 1, verb, c.desc(i)), '   \\[', line, '   \\]'], 2


def s2_footer(c):
    return ['### Final Answer', '%s is **%s**.' % (cap(c.ask()), c.final_u('sym'))]


# ---------------------------------------------------------------- style 3 (Qwen boxed)
def s3_header(c):
    verbs = [c.rng.choice(['Calculate', 'Determine', 'Find']) for _ in c.steps()]
    c.plan_verbs = verbs
    out = ['To determine %s, we need to follow these steps:' % c.ask(), '']
    for i in range(len(c.steps())):
        out.append('%d. %s %s.' % (i + 1, verbs[i], c.desc(i)))
    out += ['', c.rng.choice(['Let\'s go through each step in detail.', 'Let\'s start with the first step.'])]
    out.append('')
    return out


def s3_step(c, i):
    text, notes = c.calc(i)
    fm = c.formula(i, latex=True)
    if fm:
        line = '\\[ %s = %s = %s \\]' % (fm[0], fm[1], text)
    else:
        line = '\\[ %s \\]' % text
    intro = c.rng.choice(['', 'The calculation is:', 'We have:'])
    head = '**Step %d: %s %s.**' % (i + 1, c.plan_verbs[i], c.desc(i))
    if intro:
        return [head, intro, line], 2
    return [head, line], 1


def s3_footer(c):
    return ['Therefore, %s is \\(\\boxed{%s}\\).' % (c.ask(), num(c.final(), c.st))]


# ---------------------------------------------------------------- style 4 (Given / Find / Solution)
def s4_header(c):
    out = ['**Given:**']
    for k, (u, lab) in c.tpl['params'].items():
        v = c.P[k]
        out.append('- %s: %s' % (cap(c.fill(lab)), qty(v, u, c.st) if u else num(v, c.st)))
    out += ['', '**Find:** %s' % cap(c.ask()), '', '**Solution:**', '']
    return out


def s4_step(c, i):
    text, notes = c.calc(i)
    fm = c.formula(i)
    nt = c.notes_text(notes)
    lines = []
    if fm:
        lines.append('%d. %s = %s' % (i + 1, fm[0], fm[1]))
        if nt:
            lines.append('   (%s)' % nt)
        lines.append('   %s = %s' % (fm[0], text))
    else:
        if nt:
            lines.append('%d. %s (%s):' % (i + 1, label(c.desc(i)), nt))
            lines.append('   %s' % text)
        else:
            lines.append('%d. %s = %s' % (i + 1, label(c.desc(i)), text))
    return lines, len(lines) - 1


def s4_footer(c):
    return ['**Answer:** %s' % c.final_u()]


# ---------------------------------------------------------------- style 5 (Llama 3 '## Step')
def s5_header(c):
    return []


def s5_step(c, i):
    verb = c.rng.choice(['Calculate', 'Determine', 'Find'])
    form = c.rng.choice([0, 1, 2])
    text, notes = c.calc(i)
    sy = c.say(i, text)
    d = c.desc(i)
    if sy:
        sent = sy
    elif form == 0:
        sent = '%s is %s.' % (cap(d), text)
    elif form == 1:
        sent = 'To find %s, we calculate %s.' % (d, text)
    else:
        sent = 'So, %s is %s.' % (d, text)
    nt = c.notes_text(notes)
    if nt:
        sent = 'Since %s, %s' % (nt, sent[0].lower() + sent[1:]) if not sent.startswith('To ') else sent + ' (%s)' % nt
    return ['## Step %d: %s %s' % (i + 1, verb, d), sent], 1


def s5_footer(c):
    return ['The final answer is: $\\boxed{%s}$' % c.final_plain()]


# ---------------------------------------------------------------- style 6 (bold bullets)
def s6_header(c):
    return [c.rng.choice(['Here\'s how to work it out:', 'Let\'s break this down:', 'Breaking it down:']), '']


def s6_step(c, i):
    text, notes = c.calc(i)
    fm = c.formula(i)
    use_f = fm and c.rng.random() < 0.5
    if use_f:
        line = '- **%s:** %s = %s' % (label(c.desc(i)), fm[1], text)
    else:
        line = '- **%s:** %s' % (label(c.desc(i)), text)
    nt = c.notes_text(notes)
    if nt:
        line += ' (%s)' % nt
    return [line], 0


def s6_footer(c):
    return ['**Final answer:** %s' % c.final_u()]


# ---------------------------------------------------------------- style 7 (unit cancelling)
def s7_header(c):
    return [c.rng.choice(['Let me set this up with the units written out so they cancel.',
                          'I\'ll keep the units in every line so they cancel properly.',
                          'Working with units throughout:']), '']


def s7_step(c, i):
    text, notes = c.calc(i)
    return ['%s:' % label(c.desc(i)), text], 1


def s7_footer(c):
    return ['%s is %s.' % (cap(c.ask()), c.final_u())]


# ---------------------------------------------------------------- style 8 (Claude sections)
def s8_header(c):
    return [c.rng.choice(['I need to find %s.' % c.ask(), 'Let me work through this.',
                          'I\'ll find %s one piece at a time.' % c.ask()]), '']


def s8_step(c, i):
    text, notes = c.calc(i)
    fm = c.formula(i)
    if fm and c.rng.random() < 0.6:
        line = '%s = %s = %s' % (fm[0], fm[1], text)
    else:
        line = text
    nt = c.notes_text(notes)
    if nt:
        line += ' (using %s)' % nt
    return ['**%s**' % label(c.desc(i)), line], 1


def s8_footer(c):
    return ['%s is **%s**.' % (cap(c.ask()), c.final_u())]


# ---------------------------------------------------------------- style 9 (inline LaTeX sentences)
def s9_header(c):
    return [c.rng.choice(['Let\'s solve this step by step.', 'We can solve this in a few steps.']), '']


def s9_step(c, i):
    n = len(c.steps())
    if i == 0:
        seq = 'First'
    elif i == n - 1:
        seq = 'Finally'
    else:
        seq = c.rng.choice(['Next', 'Then'])
    verb = c.rng.choice(['we find', 'we calculate', 'we compute'])
    text, notes = c.calc(i)
    return ['%s, %s %s: \\( %s \\).' % (seq, verb, c.desc(i), text)], 0


def s9_footer(c):
    u = c.tpl['steps'][-1]['unit']
    if u is None or (is_count(u) and c.tpl['ask'].startswith('the number of')):
        inner = num(c.final(), c.st)
    else:
        inner = qty(c.final(), u, c.st)
    return ['So, %s is \\( \\boxed{%s} \\).' % (c.ask(), inner)]


# ---------------------------------------------------------------- style 10 (plain "Step n:" with x)
def s10_header(c):
    return []


def s10_step(c, i):
    verb = c.rng.choice(['Find', 'Calculate'])
    text, notes = c.calc(i)
    fm = c.formula(i)
    if fm:
        line = '%s = %s = %s' % (fm[0], fm[1].lower(), text)
    else:
        line = '%s = %s' % (label(c.desc(i)), text)
    return ['Step %d: %s %s.' % (i + 1, verb, c.desc(i)), line], 1


def s10_footer(c):
    return ['Final Answer: %s' % c.final_u()]


STYLES = [
    (Style('md_formula', conv='note', chain=True, hashes=1.0), s1_header, s1_step, s1_footer),
    (Style('latex_display', mul=r'\times', div='frac', umode='latex', chain=True, hashes=0.0, commas=True),
     s2_header, s2_step, s2_footer),
    (Style('qwen_boxed', mul=r'\times', div=r'\div', umode='latex', latexsp='text', commas=False, chain=True,
           hashes=1.0), s3_header, s3_step, s3_footer),
    (Style('given_find', umode='caret', conv='note', hashes=1.0, degsp=' '), s4_header, s4_step, s4_footer),
    (Style('llama_steps', mul='*', div='/', umode='word', units_ops=False, commas=False, hashes=0.5,
           blank=True), s5_header, s5_step, s5_footer),
    (Style('bold_bullets', conv='note', blank=False, chain=True, sub='−', minus='−', hashes=1.0),
     s6_header, s6_step, s6_footer),
    (Style('unit_cancel', div='/', conv='cancel', hashes=1.0, commas=False), s7_header, s7_step, s7_footer),
    (Style('claude_sections', conv='note', units_ops=False, hashes=0.0, sub='−', minus='−'),
     s8_header, s8_step, s8_footer),
    (Style('latex_inline', mul=r'\times', div=r'\div', umode='latex', conv='cancel', chain=True, commas=False,
           hashes=1.0), s9_header, s9_step, s9_footer),
    (Style('plain_steps_x', mul='x', div='/', umode='caret', commas=False, hashes=1.0, degsp=' '),
     s10_header, s10_step, s10_footer),
]
