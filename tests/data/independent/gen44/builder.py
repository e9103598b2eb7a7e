"""Style-aware solution builder with single-fault injection."""
import random
from fractions import Fraction as Fr

from core import (Bad, Ops, rx, ev, fmt_num, last_op, simple_binary, isnum)

STYLES = ['md_steps', 'bold_bullets', 'tutor', 'terse', 'latex_qwen',
          'llama', 'table', 'numbered', 'prose', 'gsm8k']

GAP_STYLES = {'md_steps', 'latex_qwen', 'llama', 'tutor', 'prose'}
LATEX = {'md_steps', 'latex_qwen', 'llama'}


def make_ops(style, rng):
    c = rng.choice
    if style == 'md_steps':
        return Ops(latex=True, times=r' \times ', div=r' \div ', minus=' - ',
                   pow='latex', sep=c(['{,}', ',', '']), neg='-',
                   choose='binom', floor='latex', frac=c([True, False]))
    if style == 'latex_qwen':
        return Ops(latex=True, times=c([r' \times ', r' \times ', r' \cdot ']),
                   div=r' \div ', minus=' - ', pow='latex', sep=c(['', '{,}']),
                   neg='-', choose='binom', floor='latex', frac=c([True, True, False]))
    if style == 'llama':
        return Ops(latex=True, times=r' \times ', div=c([r' \div ', ' / ']),
                   minus=' - ', pow='latex', sep=c([',', '']), neg='-',
                   choose=c(['binom', 'C']), floor='latex', frac=c([False, True]))
    if style == 'bold_bullets':
        return Ops(times=' × ', div=' ÷ ', minus=' − ', pow=c(['sup', 'caret']),
                   sep=',', neg='−', choose='C', floor='uni', units=c([True, False]))
    if style == 'tutor':
        return Ops(times=' × ', div=' ÷ ', minus=' − ', pow=c(['sup', 'caret']),
                   sep=',', neg='−', choose='C', floor='uni', units=True)
    if style == 'terse':
        return Ops(times=c([' · ', ' * ', ' × ']), div=' / ', minus=' - ',
                   pow='caret', sep='', neg='-', choose='C', floor='uni')
    if style == 'table':
        return Ops(times=' × ', div=' ÷ ', minus=' − ', pow=c(['caret', 'sup']),
                   sep=',', neg='−', choose='C', floor='uni', units=c([True, False]))
    if style == 'numbered':
        return Ops(times=c([' x ', ' × ', ' * ']), div=c([' / ', ' ÷ ']), minus=' - ',
                   pow='caret', sep=c([',', ',5']), neg='-', choose='C', floor='uni')
    if style == 'prose':
        return Ops(times=c([' × ', ' * ']), div=c([' / ', ' ÷ ']), minus=' - ',
                   pow=c(['caret', 'sup']), sep=',', neg='-', choose='C', floor='uni')
    if style == 'gsm8k':
        return Ops(times='*', div='/', plus='+', minus='-', pow='caret', sep='',
                   neg='-', choose='C', floor='uni', tight=True)
    raise ValueError(style)


WORDS = Ops(times=' times ', div=' divided by ', plus=' plus ', minus=' minus ',
            pow='caret', sep=',', neg='−')


LOWER_OK = {'The', 'Row', 'Figure', 'There', 'It', 'After', 'In', 'On', 'At', 'Printing',
            'Stage', 'Bed', 'You', 'She', 'He', 'They', 'A'}


def lower1(s):
    w = s.split(' ', 1)[0]
    if w in LOWER_OK:
        return s[0].lower() + s[1:]
    return s


class Builder:
    def __init__(self, style, seed, fault=None):
        self.style = style
        self.rng = random.Random(seed + '|text')
        self.o = make_ops(style, self.rng)
        self.fault = fault            # dict(step, wrong, mode) or None
        self.lines = []
        self.nstep = 0
        self.steps = []
        self.fault_line = None
        self.carry_on = False
        self.hcount = 0
        self.para = None
        self.in_table = False
        self.started_calc = False
        self.notes = []
        self.item_open = False
        self.calc_lines = []

    # ------------------------------------------------------------ low level
    def emit(self, text, gap=None):
        if gap is None:
            gap = self.style in GAP_STYLES
        self.para = None
        if self.in_table and not text.startswith('|'):
            self.in_table = False
            if self.lines and self.lines[-1] != '':
                self.lines.append('')
        if gap and self.lines and self.lines[-1] != '':
            self.lines.append('')
        self.lines.append(text)
        return len(self.lines) - 1

    def para_add(self, text):
        """prose style: append to the current paragraph."""
        if self.para is None:
            idx = self.emit(text)
            self.para = idx
            return idx
        self.lines[self.para] += ' ' + text
        return self.para

    def num(self, v, money=False, math=False):
        """format a value for prose (outside math) or inside math."""
        o = self.o
        if math:
            s = fmt_num(v, o.sep, o.neg)
        else:
            sep = '' if self.style in ('terse', 'gsm8k') else ','
            neg = '−' if o.neg == '−' else '-'
            s = fmt_num(v, sep, neg)
        if money:
            if Fr(v) < 0:
                raise Bad('neg money')
            s = (r'\$' if (math or self.style in ('md_steps', 'latex_qwen')) else '$') + s
        return s

    def n(self, v, money=False):
        return self.num(v, money)

    def lst(self, vals, ell=True, last=None):
        """comma list of terms, optionally with ellipsis and a last term."""
        s = ', '.join(self.n(v) for v in vals)
        if ell:
            s += ', ...' if self.rng.random() < 0.7 else ', …'
            if last is not None:
                s += ', ' + self.n(last)
        return s

    def m(self, latex, plain=None):
        """inline math snippet."""
        if plain is None:
            plain = latex
        st = self.style
        if st in ('md_steps', 'latex_qwen'):
            return r'\( ' + latex + r' \)'
        if st == 'llama':
            return '$' + latex + '$'
        return plain

    # ------------------------------------------------------------ structure
    def h(self, title):
        st = self.style
        self.hcount += 1
        k = self.hcount
        self.para = None
        if st == 'md_steps':
            self.emit(f'### Step {k}: {title}')
        elif st == 'llama':
            self.emit(f'## Step {k}: {title}')
        elif st == 'numbered':
            self.emit(f'{k}. **{title}**', gap=False)
            self.item_open = True
        elif st == 'bold_bullets':
            self.emit(f'**{title}**', gap=True)
        elif st in ('prose', 'tutor', 'latex_qwen'):
            self.para = None
        # terse, gsm8k, table: nothing

    def say(self, text, keep=False):
        st = self.style
        if st in ('terse', 'gsm8k') and not keep:
            return
        if st == 'table' and self.started_calc:
            self.notes.append(text)
            return
        if st == 'prose':
            self.para_add(text)
        elif st == 'numbered' and self.item_open:
            self.emit('   ' + text, gap=False)
        elif st == 'bold_bullets':
            self.emit(text, gap=True)
        else:
            self.emit(text)

    def table(self, headers, rows, force=False):
        st = self.style
        if not force:
            if st == 'table':
                pass
            elif st in ('md_steps', 'bold_bullets', 'numbered') and self.rng.random() < 0.35:
                pass
            else:
                self.rng.random()
                return
        else:
            self.rng.random()
        if st == 'table' and self.started_calc:
            return
        self.emit('| ' + ' | '.join(headers) + ' |', gap=True)
        self.lines.append('|' + '|'.join('---' for _ in headers) + '|')
        for r in rows:
            self.lines.append('| ' + ' | '.join(r) + ' |')
        self.lines.append('')

    def formula(self, plain, latex, words=None):
        st = self.rng.random()
        s = self.style
        if s == 'md_steps':
            self.emit(r'\[')
            self.lines.append(latex)
            self.lines.append(r'\]')
        elif s == 'latex_qwen':
            self.emit(r'\[ ' + latex + r' \]')
        elif s == 'llama':
            self.emit('The formula is $' + latex + '$.' if st < 0.5 else 'We use $' + latex + '$.')
        elif s == 'bold_bullets':
            self.emit('- Rule: ' + plain, gap=False)
        elif s == 'numbered':
            self.emit('   Formula: ' + plain, gap=False)
        elif s == 'terse':
            self.emit(plain)
        elif s == 'tutor':
            self.emit((words or ('The rule is ' + plain)) + '.')
        elif s == 'table':
            if not self.started_calc:
                self.emit('Rule: ' + plain, gap=True)
        elif s == 'prose':
            self.para_add('The formula is ' + plain + '.')
        # gsm8k: nothing

    # ------------------------------------------------------------ computing
    def calc(self, chain, label, lead=None, L=None, unit='', after='',
             faultable=True, money=False, allow_neg=False, allow_frac=False,
             disp=None, rem=None):
        vals = [ev(e) for e in chain]
        v = vals[0]
        for w in vals[1:]:
            if w != v:
                raise AssertionError(('chain mismatch', chain, vals))
        if self.carry_on:
            if v.denominator != 1 and not allow_frac:
                raise Bad('frac after carry')
            if v < 0 and not allow_neg:
                raise Bad('neg after carry')
            if v > 10 ** 9:
                raise Bad('huge')
        shown = v
        is_fault = False
        if faultable:
            self.nstep += 1
            rec = dict(step=self.nstep, value=v, op=last_op(chain[-1]),
                       allow_neg=allow_neg)
            self.steps.append(rec)
            f = self.fault
            if f and f['step'] == self.nstep:
                shown = Fr(f['wrong'])
                is_fault = True
                if f['mode'] == 'carry':
                    self.carry_on = True
        flow = shown if (is_fault and self.fault['mode'] == 'carry') else v
        if lead is None:
            lead = 'The ' + label + ' is'
        self._rem = rem
        idx = self._render_calc(disp or chain, label, lead, L, unit, after, shown, money)
        if is_fault:
            self.fault_line = idx
        self.calc_lines.append(idx)
        self.started_calc = True
        return flow

    def _res(self, shown, money, math):
        s = self.num(shown, money=money, math=math)
        if self._rem is not None:
            rr = self.num(self._rem, math=math)
            if math:
                s += r' \text{ remainder } ' + rr
            else:
                s += self.rng.choice([' remainder ', ' R ', ' r ']) + rr
        return s

    def _render_calc(self, chain, label, lead, L, unit, after, shown, money):
        st = self.style
        o = self.o
        r = self.rng
        Label = label[0].upper() + label[1:]
        if L and L[0] in ('Total', 'Sum') and st in ('tutor', 'prose', 'llama', 'latex_qwen', 'gsm8k'):
            L = None
        aft = after.format(self.n(shown, money)) if after else ''
        if st in LATEX:
            exprs = [rx(e, o) for e in chain]
            res = self._res(shown, money, True)
            lft = (L[1] + ' = ') if L else ''
            body = lft + ' = '.join(exprs) + ' = ' + res
            if st == 'md_steps':
                if unit and r.random() < 0.4:
                    body += r' \text{ ' + unit.strip() + '}'
                if not L:
                    self.emit(lead.rstrip(':').rstrip() + ':')
                    self.lines.append(r'\[')
                else:
                    self.emit(r'\[')
                self.lines.append(body)
                idx = len(self.lines) - 1
                self.lines.append(r'\]')
                if aft:
                    self.lines.append(aft.lstrip(', ').capitalize() + '.')
                return idx
            if st == 'latex_qwen':
                if r.random() < 0.5:
                    return self.emit(lead + r' \( ' + body + r' \)' + aft + '.')
                if r.random() < 0.5 or not self.lines:
                    return self.emit(lead.rstrip(':').rstrip() + r': \[ ' + body + r' \]')
                return self.emit(r'\[ ' + body + r' \]')
            # llama
            return self.emit(lead + ' $' + body + '$' + (unit if r.random() < 0.5 else '') + aft + '.')
        exprs = [rx(e, o) for e in chain]
        res = self._res(shown, money, False)
        if st == 'gsm8k':
            e = rx(chain[1] if len(chain) >= 3 else chain[-1], o)
            rr = fmt_num(shown, '', '-')
            if self._rem is not None:
                return self.emit(f'{lead} {e}={rr} remainder {self._rem}{unit}{aft}.')
            cur = '$' if money else ''
            return self.emit(f'{lead} {e}=<<{e}={rr}>>{cur}{rr}{unit}{aft}.')
        if st == 'tutor' and len(chain) == 1 and simple_binary(chain[0]) and r.random() < 0.4 \
                and self._rem is None:
            w = rx(chain[0], WORDS)
            verb = r.choice([' is ', ' is ', ' equals '])
            if lead.endswith(' is') or lead.endswith(' are'):
                verb = ' equals '
            return self.emit(f'{lead} {w}{verb}{res}{unit}{aft}.')
        lft = (L[0] + ' = ') if L else ''
        body = lft + ' = '.join(exprs) + ' = ' + res
        if st == 'bold_bullets':
            lab = f'**{Label}:**' if r.random() < 0.6 else f'{Label}:'
            return self.emit(f'- {lab} {body}{unit}{aft}', gap=False)
        if st == 'numbered':
            if self.item_open:
                if r.random() < 0.5:
                    return self.emit(f'   - {body}{unit}{aft}', gap=False)
                return self.emit(f'   {lead} {body}{unit}{aft}.', gap=False)
            return self.emit(f'- {Label}: {body}{unit}{aft}', gap=False)
        if st == 'terse':
            if L:
                return self.emit(f'{body}{unit}{aft}')
            return self.emit(f'{Label}: {body}{unit}{aft}')
        if st == 'tutor':
            return self.emit(f'{lead} {body}{unit}{aft}.')
        if st == 'table':
            if not self.in_table:
                self.emit('| Step | What we find | Work |', gap=True)
                self.lines.append('|---|---|---|')
                self.in_table = True
                self.tstep = 0
            self.tstep += 1
            self.lines.append(f'| {self.tstep} | {Label} | {body}{unit} |')
            return len(self.lines) - 1
        if st == 'prose':
            return self.para_add(f'{lead} {body}{unit}{aft}.')
        raise ValueError(st)

    def check(self, chains, intro=None):
        """chains: list of lists of exprs that must be equal."""
        ok = True
        for c in chains:
            vals = [ev(e) for e in c]
            if any(x != vals[0] for x in vals):
                ok = False
        r = self.rng.random()
        if not ok:
            if self.carry_on or (self.fault and self.fault['mode'] == 'carry'):
                return
            raise AssertionError(('check failed', chains))
        st = self.style
        if st == 'gsm8k':
            return
        o = self.o
        if st in LATEX:
            parts = [' = '.join(rx(e, o) for e in c) for c in chains]
            if st == 'llama':
                txt = 'Checking: ' + ', '.join('$' + p + '$' for p in parts) + ', which matches.'
            elif st == 'md_steps':
                txt = '**Check:** ' + ', '.join(r'\( ' + p + r' \)' for p in parts) + r' ✓'
            else:
                txt = 'To verify: ' + ', and '.join(r'\( ' + p + r' \)' for p in parts) + '. ✓'
            self.emit(txt)
            return
        parts = [' = '.join(rx(e, o) for e in c) for c in chains]
        body = '; '.join(parts)
        if st == 'bold_bullets':
            self.emit('- Check: ' + body + ' ✓', gap=False)
        elif st == 'numbered':
            self.emit('   Check: ' + body + ' ✓', gap=False)
        elif st == 'terse':
            self.emit('check: ' + body + ' ✓')
        elif st == 'tutor':
            self.emit(("Let's double-check: " if r < 0.5 else 'Quick check: ') + body + '. ✓')
        elif st == 'table':
            self.notes.append('Check: ' + body + ' ✓')
        elif st == 'prose':
            self.para_add('As a check, ' + body + ', which matches.')

    def aside(self, ok, text, keep=False):
        """a remark that contains arithmetic on flow values; dropped after a
        carried fault when it would no longer hold."""
        if not ok:
            if self.fault and self.fault['mode'] == 'carry':
                return
            raise AssertionError(('aside failed', text))
        self.say(text, keep=keep)

    def answer(self, v, sentence, money=False):
        """sentence: with one '{}' for the value; e.g. 'The 20th term is {}.'"""
        st = self.style
        r = self.rng.random()
        val = self.n(v, money)
        if st == 'table':
            for nt in self.notes:
                self.emit(nt, gap=True)
            self.emit('**Answer:** ' + sentence.format('**' + val + '**'), gap=True)
        elif st == 'md_steps':
            self.emit('### Final Answer')
            self.emit(sentence.format('**' + val + '**'))
            if r < 0.5:
                self.emit(r'\[')
                self.lines.append(r'\boxed{' + self.num(v, money, True) + '}')
                self.lines.append(r'\]')
        elif st == 'latex_qwen':
            s = sentence.rstrip('.')
            self.emit(s.format(r'\(\boxed{' + self.num(v, money, True) + r'}\)') + '.')
        elif st == 'llama':
            self.emit(sentence.format(val))
            self.emit('The final answer is: $\\boxed{' + self.num(v, money, True) + '}$')
        elif st == 'bold_bullets':
            self.emit('**Answer:** ' + sentence.format('**' + val + '**'), gap=True)
        elif st == 'numbered':
            self.emit('**Final answer:** ' + sentence.format(val), gap=True)
        elif st == 'terse':
            self.emit('Answer: ' + val)
        elif st == 'tutor':
            self.emit('So ' + lower1(sentence.format('**' + val + '**'))
                      + (' 🎉' if r < 0.2 else ''))
        elif st == 'prose':
            self.para = None
            self.emit('Therefore, ' + lower1(sentence.format(val)))
            if r < 0.5:
                self.emit('**Final Answer**')
                self.lines.append(r'\[ \boxed{' + (r'\$' if money else '') + fmt_num(v) + r'} \]')
        elif st == 'gsm8k':
            pass

    def text(self, final):
        body = '\n'.join(self.lines).rstrip('\n')
        sep = '\n' if self.style in ('gsm8k', 'terse') else '\n\n'
        return body + sep + '#### ' + final

    def span_of(self, idx):
        start = sum(len(x) + 1 for x in self.lines[:idx])
        return [start, start + len(self.lines[idx])]
