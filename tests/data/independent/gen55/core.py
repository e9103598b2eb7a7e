"""Solution builder (Ctx) and the writing styles."""
from fractions import Fraction
from mexpr import R, ev, fmt_val, is_arith, n_ops

S1, S2 = '\x01', '\x02'   # sentinels around a faulty written result


class Invalid(Exception):
    """the (carried) values made a step impossible (non-integer count, negative...)"""


class Calc:
    def __init__(self, exprs, written, right, faulty, label, unit, lead, role,
                 special=None, approx=None):
        self.exprs = exprs
        self.written = written
        self.right = right
        self.faulty = faulty
        self.label = label
        self.unit = unit
        self.lead = lead
        self.role = role          # 'main' | 'check' | 'approx'
        self.special = special    # None | ('rem', a, b)
        self.approx = approx      # decimal string for approximations


class Ctx:
    def __init__(self, style, nt, mode='correct', fault_step=None, wrong_fn=None):
        self.style = style
        self.nt = nt
        self.mode = mode
        self.fault_step = fault_step
        self.wrong_fn = wrong_fn
        self.blocks = []
        self.k = 0
        self.calcs = []
        self.fault_done = False
        self.fault_info = None
        tn = dict(nt)
        if tn.get('num') == 'latexcomma':
            tn['num'] = 'comma'
        self.tn = tn

    # ---- numbers in running text
    def f(self, v):
        return fmt_val(v, self.tn)

    # ---- blocks
    def intro(self, text):
        self.blocks.append(('intro', text))

    def step(self, title):
        self.blocks.append(('step', title))

    def say(self, text):
        self.blocks.append(('say', text))

    def given(self, items):
        """items: list of (Label, value, phrase) ; phrase like '4 shirts'"""
        self.blocks.append(('given', items))

    def listing(self, lines, kind='cases'):
        self.blocks.append(('list', lines, kind))

    def answer(self, v, sentence):
        self.final = v
        self.blocks.append(('answer', self.f(v), sentence))

    def calc(self, exprs, label, unit=None, lead=None, special=None, faultable=True):
        right = ev(exprs[0])
        for e in exprs[1:]:
            if ev(e) != right:
                if self.mode == 'carry' and self.fault_done:
                    raise Invalid('chain disagrees')
                raise AssertionError('chain elements disagree: %r' % (exprs,))
        if right.denominator != 1 or right < 0:
            if self.mode == 'carry' and self.fault_done:
                raise Invalid('bad value %s' % right)
            raise AssertionError('bad value in correct computation %s %r' % (right, exprs))
        right = int(right)
        for e in exprs:
            if e[0] == 'div' and ev(e[1]) / ev(e[2]) != int(ev(e[1]) / ev(e[2])):
                raise Invalid('inexact division')
        self.k += 1
        written = val = right
        faulty = False
        if faultable and self.mode in ('slip', 'carry') and self.k == self.fault_step:
            wrong, kind = self.wrong_fn(right, exprs)
            written = wrong
            faulty = True
            if self.mode == 'carry':
                val = wrong
            self.fault_done = True
            self.fault_info = dict(step=self.k, wrong=wrong, right=right, kind=kind)
        c = Calc(exprs, written, right, faulty, label, unit, lead, 'main', special)
        c.faultable = faultable
        self.calcs.append(c)
        self.blocks.append(('calc', c))
        return val

    def check(self, exprs, label=None):
        """a verification line; dropped in carry rows once the fault has happened"""
        if self.mode == 'carry' and self.fault_done:
            return
        right = ev(exprs[0])
        for e in exprs[1:]:
            assert ev(e) == right, exprs
        assert right.denominator == 1
        self.k += 1
        c = Calc(exprs, int(right), int(right), False, label, None, None, 'check')
        c.faultable = False
        self.calcs.append(c)
        self.blocks.append(('check', c))

    def approx(self, exprs, dec, label=None, lead=None):
        v = ev(exprs[0])
        for e in exprs[1:]:
            assert ev(e) == v
        d = len(dec.split('.')[1]) if '.' in dec else 0
        if abs(v - Fraction(dec)) > Fraction(1, 2 * 10 ** d):
            raise AssertionError('bad rounding %s %s' % (v, dec))
        self.k += 1
        c = Calc(exprs, None, None, False, label, None, lead, 'approx', approx=dec)
        c.faultable = False
        self.calcs.append(c)
        self.blocks.append(('calc', c))


# ---------------------------------------------------------------- rendering

def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s else s


def pick_exprs(exprs, sel):
    if sel == 'full' or len(exprs) == 1:
        return list(exprs)
    if sel == 'first':
        return [exprs[0]]
    if sel == 'last':
        return [exprs[-1]]
    if sel == 'arith':
        for e in exprs:
            if is_arith(e) and e[0] != 'n':
                return [e]
        return [exprs[-1]]
    if sel == 'drop_first':
        return list(exprs[1:])
    if sel == 'two':
        return [exprs[0], exprs[-1]] if len(exprs) > 1 else list(exprs)
    return list(exprs)


def res_str(c, nt):
    s = fmt_val(c.written, nt)
    if c.faulty:
        s = S1 + s + S2
    return s


def chain(c, nt, sel='full', eq=' = ', approx_sym=None):
    if approx_sym is None:
        approx_sym = ' \\approx ' if nt.get('latex') else ' ≈ '
    if c.special and c.special[0] == 'rem':
        _, a, b = c.special
        r = a - c.right * b
        word = nt.get('remword', ' remainder ')
        return '%s%s%s%s%s%s%s' % (fmt_val(a, nt), nt['div'] if nt['div'] != 'frac' else ' ÷ ',
                                   fmt_val(b, nt), eq, res_str(c, nt), word, r)
    els = pick_exprs(c.exprs, sel)
    parts = [R(e, nt) for e in els]
    if c.role == 'approx':
        # drop trivially repeated renderings
        out = []
        for p in parts:
            if not out or out[-1] != p:
                out.append(p)
        return eq.join(out) + approx_sym + c.approx
    return eq.join(parts + [res_str(c, nt)])


def worded_nt(nt):
    w = dict(nt)
    w.update(mul=' times ', div=' divided by ', minus=' minus ', plus=' plus ')
    return w


class Style:
    name = 'base'

    def __init__(self, rng, nt):
        self.rng = rng
        self.nt = nt
        self.out = []
        self.stepno = 0

    def r(self, *opts):
        return self.rng.choice(opts)

    def blank(self):
        if self.out and self.out[-1] != '':
            self.out.append('')

    def line(self, s):
        self.out.append(s)

    def render(self, blocks):
        for b in blocks:
            getattr(self, 'b_' + b[0])(*b[1:])
        while self.out and self.out[-1] == '':
            self.out.pop()
        return '\n'.join(self.out)

    # defaults
    def b_intro(self, text):
        self.line(text)
        self.blank()

    def b_step(self, title):
        self.stepno += 1
        self.blank()

    def b_say(self, text):
        self.line(text)

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('- %s: %s' % (lab, v))

    def b_list(self, lines, kind):
        for s in lines:
            self.line('- ' + s)

    def b_calc(self, c):
        self.line(chain(c, self.nt))

    def b_check(self, c):
        self.line('Check: ' + chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        self.line(cap(sent))


def tflat(items):
    ph = [p for _, _, p in items]
    if len(ph) == 1:
        return ph[0]
    return ', '.join(ph[:-1]) + (',' if len(ph) > 2 else '') + ' and ' + ph[-1]


# 1 ------------------------------------------------------------ GPT-4o markdown
class GptMd(Style):
    name = 'gpt_md'

    def __init__(self, rng, nt):
        super().__init__(rng, nt)
        self.disp = rng.random() < 0.75
        self.textlabel = rng.random() < 0.5

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('### Step %d: %s' % (self.stepno, title))

    def b_say(self, text):
        self.line(text)
        self.blank()

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('- **%s**: %s' % (lab, v))
        self.blank()

    def b_list(self, lines, kind):
        if kind == 'tree' and self.rng.random() < 0.5:
            self.line('```')
            for s in lines:
                self.line(s)
            self.line('```')
        else:
            for s in lines:
                self.line('- ' + s)
        self.blank()

    def b_calc(self, c):
        if self.disp and c.role != 'approx':
            if c.lead:
                self.line(c.lead if c.lead.endswith(':') else c.lead + ':')
            body = chain(c, self.nt, self.r('full', 'full', 'drop_first'))
            if self.textlabel and c.label and not c.lead:
                body = '\\text{%s} = %s' % (c.label, body)
            self.line('\\[')
            self.line(body)
            self.line('\\]')
        else:
            lead = c.lead or self.r('This gives', 'We get', 'So we have')
            self.line('%s \\( %s \\).' % (lead, chain(c, self.nt, 'full')))
        self.blank()

    def b_check(self, c):
        self.line('**Check:** \\( %s \\) ✓' % chain(c, self.nt))
        self.blank()

    def b_answer(self, v, sent):
        self.blank()
        if self.rng.random() < 0.5:
            self.line('### Final Answer')
            self.line(cap(sent.replace('{v}', '**%s**' % v)) + '.')
        else:
            self.line('### Conclusion')
            self.line(cap(sent.replace('{v}', v)) + '.')
            self.blank()
            self.line('\\[')
            self.line('\\boxed{%s}' % v.replace(',', '{,}') if self.nt.get('num') == 'latexcomma' else '\\boxed{%s}' % v)
            self.line('\\]')


# 2 ------------------------------------------------------------ Llama 3 "## Step"
class LlamaSteps(Style):
    name = 'llama_steps'

    def b_intro(self, text):
        pass  # Llama 3 usually starts directly with "## Step 1"

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('## Step %d: %s' % (self.stepno, title))

    def b_say(self, text):
        if self.out and self.out[-1] and not self.out[-1].startswith('## '):
            self.out[-1] += ' ' + text
        else:
            self.line(text)

    def b_given(self, items):
        self.b_say('There are %s.' % tflat(items))

    def b_list(self, lines, kind):
        self.blank()
        for s in lines:
            self.line('- ' + s)
        self.blank()

    def b_calc(self, c):
        body = chain(c, self.nt, self.r('full', 'drop_first', 'full'))
        if c.lead and self.rng.random() < 0.8:
            s = '%s $%s$.' % (c.lead, body)
        else:
            s = '%s $%s$.' % (self.r('This gives', 'We get', 'So we have', 'Calculating,', 'That gives us'), body)
        self.b_say(s)

    def b_check(self, c):
        self.b_say('As a check, $%s$.' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        self.line('The final answer is: $\\boxed{%s}$' % v.replace(',', ''))


# 3 ------------------------------------------------------------ Claude bold labels
class ClaudeBold(Style):
    name = 'claude_bold'

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('**%s**' % title)

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('- %s: %s' % (lab, v))

    def b_list(self, lines, kind):
        for s in lines:
            self.line('- ' + s)

    def b_calc(self, c):
        body = chain(c, self.nt, self.r('full', 'full', 'drop_first'))
        m = self.rng.random()
        if c.role == 'approx':
            self.line('%s %s' % (c.lead or 'That is', body))
        elif m < 0.4 and c.label:
            self.line('%s: %s' % (c.label, body))
        elif m < 0.7 and c.lead:
            self.line('%s %s%s.' % (c.lead, body, (' ' + c.unit) if c.unit else ''))
        else:
            self.line('%s%s' % (body, (' ' + c.unit) if c.unit else ''))

    def b_check(self, c):
        self.line('Check: %s ✓' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        if self.rng.random() < 0.5:
            self.line('**Answer: %s**' % cap(sent.replace('{v}', v)))
        else:
            self.line(cap(sent.replace('{v}', '**%s**' % v)) + '.')


# 4 ------------------------------------------------------------ Mistral numbered + bullets
class MistralList(Style):
    name = 'mistral_list'

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('%d. **%s:**' % (self.stepno, title))

    def b_say(self, text):
        self.line('   - ' + text)

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('   - %s: %s' % (lab, v))

    def b_list(self, lines, kind):
        for s in lines:
            self.line('     - ' + s)

    def b_calc(self, c):
        body = chain(c, self.nt, self.r('full', 'drop_first'))
        if c.label and self.rng.random() < 0.6:
            self.line('   - %s: %s' % (c.label, body))
        else:
            self.line('   - %s %s' % (c.lead or 'Calculation:', body))

    def b_check(self, c):
        self.line('   - Check: %s' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        self.line(self.r('Therefore, ', 'So, ', 'Hence, ') + low(sent.replace('{v}', v)) + '.')


# 5 ------------------------------------------------------------ plain prose, worded operations
class Prose(Style):
    name = 'prose'

    def b_intro(self, text):
        self.line(text)

    def b_step(self, title):
        self.stepno += 1
        if self.stepno > 1 and self.rng.random() < 0.7:
            self.blank()

    def b_say(self, text):
        if self.out and self.out[-1]:
            self.out[-1] += ' ' + text
        else:
            self.line(text)

    def b_given(self, items):
        self.b_say(self.r('There are ', 'We have ') + tflat(items) + '.')

    def b_list(self, lines, kind):
        self.blank()
        for s in lines:
            self.line(s)
        self.blank()

    def b_calc(self, c):
        e0 = c.exprs[0]
        simple = c.special is None and c.role != 'approx' and e0[0] in ('mul', 'add', 'div') and n_ops(e0) <= 2
        unit = (' ' + c.unit) if c.unit else ''
        if c.role == 'approx':
            s = '%s %s.' % (c.lead or 'As a decimal that is', chain(c, self.nt, 'full'))
        elif simple and self.rng.random() < 0.7:
            wn = worded_nt(self.nt)
            first = R(e0, wn)
            if e0[0] == 'mul':
                op = self.r('Multiplying,', 'Multiplying these together,', 'Multiplying gives')
            elif e0[0] == 'div':
                op = self.r('Dividing,', 'Dividing gives')
            elif any(sg == '-' for sg, _ in e0[1]):
                op = self.r('Working it out,', 'Computing,', 'Subtracting,', 'Taking the difference,')
            else:
                op = self.r('Adding,', 'Adding these up,', 'Summing,')
            form = self.rng.randrange(3)
            if form == 0 and not op.endswith('gives'):
                s = '%s %s equals %s%s.' % (op, first, res_str(c, self.nt), unit)
            elif form == 1 and c.lead:
                s = '%s %s, which is %s%s.' % (c.lead, first, res_str(c, self.nt), unit)
            else:
                op2 = op if op.endswith('gives') else op.rstrip(',') + ' gives'
                s = '%s %s = %s%s.' % (op2, R(e0, self.nt), res_str(c, self.nt), unit)
        else:
            s = '%s %s%s.' % (c.lead or 'This gives', chain(c, self.nt, self.r('full', 'two')), unit)
        self.b_say(s)

    def b_check(self, c):
        self.b_say('To double-check, %s.' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        if self.rng.random() < 0.5:
            self.line('So ' + low(sent.replace('{v}', v)) + '.')
        else:
            self.line('The answer is %s.' % v)


# 6 ------------------------------------------------------------ Qwen / DeepSeek LaTeX
class QwenLatex(Style):
    name = 'qwen_latex'

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('%d. **%s**:' % (self.stepno, title))

    def b_say(self, text):
        if self.out and self.out[-1].endswith('**:'):
            self.out[-1] += ' ' + text
        else:
            self.line('   ' + text)

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('   - %s: \\( %s \\)' % (lab, v.replace(',', '{,}') if self.nt.get('num') == 'latexcomma' else v))

    def b_list(self, lines, kind):
        for s in lines:
            self.line('   - ' + s)

    def b_calc(self, c):
        if c.role == 'approx':
            self.line('   %s \\( %s \\).' % (c.lead or 'As a decimal,', chain(c, self.nt)))
            return
        if c.lead:
            self.line('   ' + c.lead + ':')
        self.line('   \\[')
        self.line('   ' + chain(c, self.nt, 'full'))
        self.line('   \\]')

    def b_check(self, c):
        self.line('   Verification: \\( %s \\).' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        b = v.replace(',', '{,}') if self.nt.get('num') == 'latexcomma' else v
        self.line('Thus, ' + low(sent.replace('{v}', '\\(\\boxed{%s}\\)' % b)) + '.')


# 7 ------------------------------------------------------------ markdown table
class TableStyle(Style):
    name = 'table'

    def __init__(self, rng, nt):
        super().__init__(rng, nt)
        self.rows = []
        self.after = []
        self.mode = rng.choice(['calc_result', 'calc_result', 'chain'])

    def flush(self):
        if not self.rows:
            return
        self.blank()
        if self.mode == 'calc_result':
            self.line('| Step | Quantity | Calculation | Result |')
            self.line('|---|---|---|---|')
        else:
            self.line('| Step | Quantity | Work |')
            self.line('|---|---|---|')
        for row in self.rows:
            self.rowno += 1
            self.line(('| %d | ' % self.rowno) + ' | '.join(row) + ' |')
        self.blank()
        self.rows = []

    def render(self, blocks):
        self.rowno = 0
        ans = None
        for b in blocks:
            if b[0] == 'answer':
                ans = b
            else:
                getattr(self, 'b_' + b[0])(*b[1:])
        self.flush()
        for s in self.after:
            self.line(s)
        if ans:
            self.blank()
            self.line('**Answer:** ' + cap(ans[2].replace('{v}', ans[1])) + '.')
        while self.out and self.out[-1] == '':
            self.out.pop()
        return '\n'.join(self.out)

    def b_intro(self, text):
        self.line(text)
        self.blank()

    def b_step(self, title):
        self.stepno += 1

    def b_say(self, text):
        if self.rows:
            self.flush()
        if self.out and self.out[-1]:
            self.out[-1] += ' ' + text
        else:
            self.line(text)

    def b_given(self, items):
        self.b_say('Given: ' + '; '.join('%s = %s' % (lab.lower(), v) for lab, v, _ in items) + '.')

    def b_list(self, lines, kind):
        self.flush()
        self.blank()
        for s in lines:
            self.line('- ' + s)
        self.blank()

    def b_calc(self, c):
        lab = c.label or 'Count'
        if c.role == 'approx':
            self.after.append('%s: %s.' % (c.label or 'Probability', chain(c, self.nt)))
            return
        if self.mode == 'calc_result' and c.special is None:
            els = pick_exprs(c.exprs, self.r('full', 'drop_first'))
            self.rows.append([lab, ' = '.join(R(e, self.nt) for e in els), res_str(c, self.nt)])
        elif self.mode == 'calc_result':
            _, a, b = c.special
            self.rows.append([lab, '%s%s%s' % (fmt_val(a, self.nt), self.nt['div'], fmt_val(b, self.nt)),
                              '%s R %d' % (res_str(c, self.nt), a - c.right * b)])
        else:
            self.rows.append([lab, chain(c, self.nt)])

    def b_check(self, c):
        self.after.append('Check: %s ✓' % chain(c, self.nt))

    def b_answer(self, v, sent):
        pass


# 8 ------------------------------------------------------------ terse equations
class Terse(Style):
    name = 'terse'

    def b_intro(self, text):
        pass

    def b_step(self, title):
        self.stepno += 1

    def b_say(self, text):
        pass

    def b_given(self, items):
        self.line(', '.join('%s: %s' % (lab, v) for lab, v, _ in items))

    def b_list(self, lines, kind):
        for s in lines:
            self.line(s)

    def b_calc(self, c):
        body = chain(c, self.nt, self.r('full', 'drop_first', 'two'))
        if c.label and self.rng.random() < 0.6:
            self.line('%s = %s' % (c.label, body))
        else:
            self.line(body)

    def b_check(self, c):
        self.line('check: %s' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.line('Answer: %s' % v)


# 9 ------------------------------------------------------------ GSM8K with calculator annotations
class Gsm8k(Style):
    name = 'gsm8k'

    def b_intro(self, text):
        pass

    def b_step(self, title):
        self.stepno += 1

    def b_say(self, text):
        self.line(text)

    def b_given(self, items):
        pass

    def b_list(self, lines, kind):
        for s in lines:
            self.line(s)

    def b_calc(self, c):
        if c.special or c.role == 'approx':
            body = chain(c, self.nt)
            self.line('%s %s.' % (c.lead or 'So', body))
            return
        e = pick_exprs(c.exprs, 'arith')[0]
        ex = R(e, self.nt)
        res = res_str(c, self.nt)
        plain = res.replace(S1, '').replace(S2, '')
        lead = c.lead or self.r('So', 'That is', 'This gives')
        self.line('%s %s=<<%s=%s>>%s%s.' % (lead, ex, ex, plain, res,
                                           (' ' + c.unit) if c.unit else ''))

    def b_check(self, c):
        pass

    def b_answer(self, v, sent):
        pass


# 10 ----------------------------------------------------------- chatty tutor (Gemma / Phi)
class Chatty(Style):
    name = 'chatty'

    def b_intro(self, text):
        self.line(self.r("Sure! Let's work through this together. 😊",
                         "Great question! Let's break it down step by step.",
                         "Here's how to solve this problem:",
                         "Let's think about this step by step!"))
        self.blank()
        self.line(text)
        self.blank()

    def b_step(self, title):
        self.stepno += 1
        self.blank()
        self.line('**%d. %s**' % (self.stepno, title))
        self.blank()

    def b_say(self, text):
        self.line('* ' + text)

    def b_given(self, items):
        for lab, v, ph in items:
            self.line('* **%s:** %s' % (lab, v))

    def b_list(self, lines, kind):
        for s in lines:
            self.line('    * ' + s)

    def b_calc(self, c):
        body = chain(c, self.nt, self.r('full', 'drop_first'))
        m = self.rng.random()
        if m < 0.35 and c.label:
            self.line('* %s: **%s**' % (c.label, body))
        elif m < 0.7:
            self.line('* %s %s%s' % (c.lead or "Let's calculate:", body,
                                    (' ' + c.unit + '!') if c.unit and c.role == 'main' else ''))
        else:
            self.line('* ' + body)

    def b_check(self, c):
        self.line('* Quick check: %s ✅' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        self.line(self.r('**Answer:** ', 'So, ', 'And there you have it: ') + sent.replace('{v}', '**%s**' % v) +
                  self.r('. 🎉', '!', '.'))


# 11 ----------------------------------------------------------- forum / human answer
class Forum(Style):
    name = 'forum'

    def b_intro(self, text):
        self.line(low(text))

    def b_step(self, title):
        self.stepno += 1
        if self.rng.random() < 0.4:
            self.blank()

    def b_say(self, text):
        if self.out and self.out[-1] and not getattr(self, 'listed', False) and self.rng.random() < 0.5:
            self.out[-1] += ' ' + low(text)
        else:
            self.line(low(text))

    def b_given(self, items):
        pass

    def b_list(self, lines, kind):
        for s in lines:
            self.line(s)
        self.listed = True

    def b_calc(self, c):
        self.listed = False
        body = chain(c, self.nt, self.r('full', 'drop_first', 'two'))
        if c.unit and self.rng.random() < 0.5 and c.role == 'main':
            self.line('%s %s' % (body, c.unit))
        elif c.lead and self.rng.random() < 0.5:
            self.line('%s %s' % (low(c.lead), body))
        else:
            self.line(body)

    def b_check(self, c):
        self.line('(check: %s)' % chain(c, self.nt))

    def b_answer(self, v, sent):
        self.blank()
        self.line(self.r('so ', 'answer: ', '') + low(sent.replace('{v}', v)))


STYLES = [GptMd, LlamaSteps, ClaudeBold, MistralList, Prose, QwenLatex, TableStyle,
          Terse, Gsm8k, Chatty, Forum]


def notation(style, rng):
    """the notation a style uses, with some per-problem variation"""
    r = rng.random
    if style == 'gpt_md':
        return dict(latex=True, mul=' \\times ', div='frac', plus=' + ', minus=' - ', pow='latex',
                    C='latex', P='P', num='comma', thr=1000 if r() < 0.6 else 10000, floor='latex',
                    leftright=r() < 0.3)
    if style == 'llama_steps':
        return dict(latex=True, mul=' \\times ' if r() < 0.8 else ' \\cdot ',
                    div=' / ' if r() < 0.5 else 'frac', plus=' + ', minus=' - ', pow='latex',
                    C='latex' if r() < 0.6 else 'C', P='P', num='plain' if r() < 0.7 else 'comma',
                    floor='latex')
    if style == 'claude_bold':
        return dict(mul=' × ', div=' ÷ ' if r() < 0.5 else ' / ', plus=' + ', minus=' − ',
                    pow='sup' if r() < 0.4 else '^', C='Cs', P='Ps', num='comma',
                    thr=1000 if r() < 0.7 else 10000, floor='unicode', remword=' remainder ')
    if style == 'mistral_list':
        return dict(mul=' × ' if r() < 0.6 else ' * ', div=' / ', plus=' + ', minus=' - ',
                    pow='^', C='C' if r() < 0.5 else 'Cs', P='P', num='comma', floor='fn')
    if style == 'prose':
        return dict(mul=' × ', div=' ÷ ', plus=' + ', minus=' − ', pow='^', C='choose' if r() < 0.5 else 'Cs',
                    P='Ps', num='comma', floor='unicode', remword=' with remainder ')
    if style == 'qwen_latex':
        return dict(latex=True, mul=' \\times ' if r() < 0.6 else ' \\cdot ', div='frac', plus=' + ',
                    minus=' - ', pow='latex', C='latex', P='P',
                    num='latexcomma' if r() < 0.4 else 'comma', floor='latex', leftright=r() < 0.3)
    if style == 'table':
        return dict(mul=' × ', div=' ÷ ' if r() < 0.5 else ' / ', plus=' + ', minus=' − ',
                    pow='^' if r() < 0.6 else 'sup', C='Cs', P='Ps', num='comma', floor='unicode',
                    remword=' R ')
    if style == 'terse':
        return dict(mul='*' if r() < 0.5 else ' * ', div='/', plus=' + ', minus=' - ', pow='^', C='C', P='P',
                    num='plain', floor='fn')
    if style == 'gsm8k':
        return dict(mul='*', div='/', plus='+', minus='-', pow='^', C='C', P='P', num='plain',
                    floor='fn', remword=' remainder ')
    if style == 'chatty':
        return dict(mul=' x ' if r() < 0.5 else ' × ', div=' ÷ ', plus=' + ', minus=' - ', pow='^',
                    C='Cs', P='Ps', num='comma', floor='unicode', remword=' remainder ')
    if style == 'forum':
        return dict(mul=' x ' if r() < 0.6 else '*', div='/', plus=' + ', minus=' - ', pow='^',
                    C='nCr', P='nPr', num='plain' if r() < 0.6 else 'comma', floor='fn',
                    remword=' r ', lcmname='lcm')
    raise ValueError(style)
