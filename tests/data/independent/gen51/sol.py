"""Solution recorder (Sol) and the style renderers."""
import random
from fractions import Fraction as F

from engine import (Val, Op, Pres, NotExact, Reject, num_str, render, render_worded,
                    render_gsm, ev, places_of, rhu, plain, choose_fault, digits)

MS, ME = '\x01', '\x02'

STYLES = ['md_steps', 'bold_labels', 'bullets', 'prose', 'latex_inline',
          'latex_display', 'table', 'terse', 'gsm8k', 'chatty', 'numbered']


class Sol:
    def __init__(self, pid, style, P, fault=None):
        self.pid = pid
        self.style = style
        self.P = P
        self.fault = fault          # None or dict(step, mode, seed)
        self.items = []
        self.givens = []
        self.nstep = 0
        self.ncall = 0
        self.faultable = []
        self.fault_done = None
        self.final = None

    def rng(self, tag=''):
        self.ncall += 1
        return random.Random('%s|%s|%d|%s' % (self.pid, self.style, self.ncall, tag))

    # -- givens -------------------------------------------------------
    def given(self, label, val):
        self.givens.append((label, val))

    # -- computations -------------------------------------------------
    def calc(self, label, say, expr, kind=None, rnd=None, restate=None, unit='',
             faultable=True, sci=False, mil=False, p=None):
        """one computation step; returns the Val used downstream"""
        rng = self.rng('calc')
        self.nstep += 1
        k = self.nstep
        if kind is None:
            kind = 'int'
        mon = kind in ('money', 'eur')
        if isinstance(expr, Val):
            v = expr.v
        else:
            v = ev(expr)
        # decide display mode
        if mon:
            maxp = 2 if rnd is None else rnd
        elif kind == 'int':
            maxp = 0 if rnd is None else rnd
        else:
            maxp = (p if p is not None else 6) if rnd is None else rnd
        pe = places_of(v, 8)
        if pe is not None and pe <= maxp:
            mode = 'exact'
            shown = v
            sp = None if p is None else p
            if mon:
                sp = None
            if kind == 'int':
                sp = 0
            shown_kind = kind
        else:
            if rnd is None:
                raise NotExact('step %d not exact: %s' % (k, v))
            r = rhu(v, rnd)
            if pe is not None and pe <= 6:
                mode = 'exact_approx'
                shown = v
                sp = pe
                shown_kind = {'money': 'rate', 'eur': 'eurx'}.get(kind, 'dec')
            else:
                mode = 'approx'
                shown = r
                sp = rnd
                shown_kind = kind if mon else 'dec'
        down_v = v if mode == 'exact' else rhu(v, rnd)
        faulted = False
        wrong = right = fkind = None
        if faultable and isinstance(expr, (Op, Val)):
            self.faultable.append(k)
        if self.fault and self.fault['step'] == k:
            if not faultable:
                raise Reject('not faultable')
            frng = random.Random('%s|fault|%s|%d' % (self.pid, self.fault['seed'], k))
            fp = sp if sp is not None else (places_of(shown) or 0)
            pad_ok = False
            if mon and mode == 'exact':
                fp = 2 if (places_of(shown) or 0) > 0 or self.P.money2 else 0
                fp = max(fp, places_of(shown) or 0)
                pad_ok = True
            if kind == 'int':
                pad_ok = True
            if self.fault.get('force') is not None:
                fc = ('identity', self.fault['force'])
            else:
                fc = choose_fault(shown, fp, expr if mode == 'exact' else None, frng, pad_ok)
            if fc is None:
                raise Reject('no fault candidates')
            fkind, w = fc
            right_shown = shown
            shown = w
            faulted = True
            if self.fault['mode'] == 'carry':
                if mode == 'exact':
                    down_v = w
                elif mode == 'exact_approx':
                    down_v = rhu(w, rnd)
                else:
                    down_v = w
            rec_right = right_shown
        down = Val(down_v, kind if kind != 'dec' or rnd is None else 'dec', unit,
                   p if mode == 'exact' else (rnd if kind == 'dec' else None))
        if kind == 'dec' and mode != 'exact':
            down.p = rnd
        rec = dict(t='step', k=k, label=label, say=say, expr=expr, kind=kind, mode=mode,
                   shown=shown, sp=sp, shown_kind=shown_kind, rnd=rnd, down=down,
                   restate=restate, unit=unit, faulted=faulted, rng=rng, sci=sci, mil=mil)
        if faulted:
            self.fault_done = dict(step=k, kind=fkind, wrong=shown, right=rec_right, rec=rec)
        self.items.append(rec)
        return down

    def conv(self, label, say, src, kind='int', restate=None, unit=''):
        """identity conversion such as 1.2 million = 1,200,000"""
        return self.calc(label, say, src, kind=kind, restate=restate, unit=unit)

    def divmod_(self, label, say, a, b, restate=None, qunit='', runit=''):
        rng = self.rng('divmod')
        q, r = divmod(a.v, b.v)
        if a.v.denominator != 1 or b.v.denominator != 1:
            raise NotExact('divmod')
        qv, rv = Val(q, 'int', qunit), Val(r, 'int', runit)
        self.items.append(dict(t='divmod', label=label, say=say, a=a, b=b, q=qv, r=rv,
                               restate=restate, rng=rng))
        return qv, rv

    def ceil_(self, text_exact, text_up, x, unit=''):
        """round a (possibly non-integer) Val up to a whole number; a decision, not a computation"""
        rng = self.rng('ceil')
        import math
        c = math.ceil(x.v)
        cv = Val(c, 'int', unit)
        self.items.append(dict(t='note', text=(text_exact if c == x.v else text_up),
                               vals=dict(x=x, n=cv), rng=rng))
        return cv

    def floor_(self, text_exact, text_down, x, unit=''):
        rng = self.rng('floor')
        import math
        c = math.floor(x.v)
        cv = Val(c, 'int', unit)
        self.items.append(dict(t='note', text=(text_exact if c == x.v else text_down),
                               vals=dict(x=x, n=cv), rng=rng))
        return cv

    def note(self, text, **vals):
        rng = self.rng('note')
        self.items.append(dict(t='note', text=text, vals=vals, rng=rng))

    def check(self, expr, target, text=None, kind='money'):
        rng = self.rng('check')
        v = ev(expr)
        if isinstance(target, Op):
            target = Val(ev(target), kind)
        if v != target.v:
            return
        if places_of(v, 8) is None:
            return
        self.items.append(dict(t='check', expr=expr, v=v, target=target, rng=rng, text=text))

    def answer(self, val, goal, unit=''):
        rng = self.rng('answer')
        self.final = val
        self.items.append(dict(t='answer', val=val, goal=goal, unit=unit, rng=rng))


# ====================================================================== rendering

def fmtv(x, P, unit=True):
    s = num_str(x.v, x.kind, P, x.p)
    if unit and x.unit:
        s += (' \\text{%s}' % x.unit) if P.latex else ' ' + x.unit
    return s


def fill(text, vals, P, latex_wrap=False):
    out = {}
    for k, v in vals.items():
        if isinstance(v, Val):
            s = num_str(v.v, v.kind, P, v.p)
            if latex_wrap:
                s = '\\(' + s + '\\)'
            out[k] = s
        else:
            out[k] = v
    return text.format(**out)


def text_P(P):
    """a copy of P for numbers that sit in running text (no LaTeX markup)"""
    Q = Pres(**P.__dict__)
    if P.latex:
        Q.latex = False
        Q.sep = ','
        Q.dollar = '$'
        Q.mul = '×'
        Q.div = '÷'
        Q.minus = '-'
    return Q


def res_parts(rec, P, mark=True):
    """(first_result_string, tail) for a step"""
    kind = rec['shown_kind']
    s = num_str(rec['shown'], kind, P, rec['sp'] if kind not in ('money', 'eur', 'int') else None)
    if kind in ('rate', 'eurx') and rec['mode'] == 'exact_approx':
        s = num_str(rec['shown'], kind, P, rec['sp'])
    if rec['faulted'] and mark:
        s = MS + s + ME
    tail = ''
    approx = '\\approx' if P.latex else '≈'
    if rec['mode'] == 'exact_approx':
        r = rhu(rec['shown'], rec['rnd'])
        mk = rec['kind'] in ('money', 'eur')
        tail = ' %s %s' % (approx, num_str(r, rec['kind'] if mk else 'dec', P,
                                           None if mk else rec['rnd'],
                                           force_places=rec['rnd']))
    return s, tail


def sci_str(x, P, digits_=3):
    """x ≈ m × 10^e with m rounded to `digits_` significant figures (correct rounding)"""
    x = F(x)
    e = len(str(int(abs(x)))) - 1
    m = rhu(x / F(10) ** e, digits_ - 1)
    if m >= 10:
        e += 1
        m = rhu(x / F(10) ** e, digits_ - 1)
    ms = plain(m)
    exact = (m * F(10) ** e == x)
    if P.latex:
        return exact, '%s \\times 10^{%d}' % (ms, e)
    return exact, '%s × 10^%d' % (ms, e)


def mil_str(x, places=2, money=False, P=None):
    x = F(x)
    m = rhu(x / 10 ** 6, places)
    s = plain(m)
    exact = (m * 10 ** 6 == x)
    return exact, ('$' if money else '') + s + ' million'


def unit_suffix(rec, P):
    u = rec['unit']
    if not u:
        return ''
    if P.latex:
        return '\\text{ %s}' % u
    return ' ' + u


def eq_str(rec, P, worded=False):
    """the computation with its result, e.g. '40 × $38.75 = $1,550.00'"""
    rng = rec['rng']
    expr = rec['expr']
    s, tail = res_parts(rec, P)
    r = random.Random(str(rng.random()))
    use_unit = rec['unit'] and r.random() < 0.6
    usuf = unit_suffix(rec, P) if use_unit else ''
    approx = '\\approx' if P.latex else '≈'
    if worded and rec['mode'] == 'exact':
        w = render_worded(expr, P, r)
        if w is not None:
            verb = r.choice(['is', 'is', 'equals', 'gives', 'comes to'])
            return 'W|%s %s %s%s' % (w, verb, s, usuf)
    lhs = render(expr, P) if isinstance(expr, Op) else num_str(expr.v, expr.kind, P, expr.p)
    if rec['mode'] == 'approx':
        out = '%s %s %s%s' % (lhs, approx, s, usuf)
    else:
        out = '%s = %s%s%s' % (lhs, s, tail, usuf if not tail else '')
        if tail and use_unit:
            out += usuf
    if rec['sci'] and rec['mode'] == 'exact' and abs(rec['shown']) >= 10 ** 8 and r.random() < 0.7:
        ex, ss = sci_str(rec['shown'], P)
        out += (' = ' if ex else ' %s ' % approx) + ss
    elif rec['mil'] and rec['mode'] == 'exact' and abs(rec['shown']) >= 10 ** 6 and r.random() < 0.7:
        ex, ss = mil_str(rec['shown'], 2 if r.random() < 0.6 else 1, rec['kind'] == 'money', P)
        ss = ss.replace('$', P.dollar)
        if P.latex:
            ss = ss.replace(' million', '\\text{ million}')
        out += (' = ' if ex else ' %s ' % approx) + ss
    return out


def gsm_eq(rec):
    expr = rec['expr']
    lhs = render_gsm(expr) if isinstance(expr, Op) else None
    sh = plain(rec['shown'])
    if rec['faulted']:
        shm = MS + sh + ME
    else:
        shm = sh
    dol = {'money': '$', 'eur': '€'}.get(rec['kind'], '')
    if lhs is None:
        src = rec['expr']
        if src.kind in ('mil', 'mmil'):
            return '%s million = %s%s' % (plain(src.v / 10 ** 6), dol, shm)
        return '%s%s' % (dol, shm)
    if rec['mode'] == 'exact':
        return '%s=%s<<%s=%s>>%s' % (lhs, dol, lhs, sh, shm)
    if rec['mode'] == 'exact_approx':
        r = rhu(rec['shown'], rec['rnd'])
        rs = num_str(r, 'dec', Pres(sep=''), rec['rnd'], force_places=rec['rnd'])
        return '%s=%s<<%s=%s>>%s, which rounds to %s%s' % (lhs, dol, lhs, sh, shm, dol, rs)
    rs = num_str(rec['shown'], 'dec', Pres(sep=''), rec['rnd'], force_places=rec['rnd'])
    if rec['faulted']:
        rs = MS + rs + ME
    return '%s ≈ %s%s' % (lhs, dol, rs)


def say_with(rec, e):
    if e.startswith('W|'):
        e = e[2:]
        lab = lower_first(rec['label'])
        tails = [', which is the %s.', ', so that is the %s.', ' (the %s).', '. That is the %s.']
        if len(rec['label'].split()) < 2 or '(' in rec['label']:
            tails = ['.']
        tail = rec['rng'].choice(tails)
        return cap(e) + (tail % lab if '%s' in tail else tail)
    say = rec['say']
    return say.replace('{e}', e)


def restate_text(rec, P):
    if not rec['restate']:
        return ''
    d = rec['down']
    r = num_str(d.v, d.kind, P, d.p)
    return rec['restate'].replace('{r}', r)


def say_prefix(rec):
    say = rec['say']
    pre = say.split('{e}')[0].rstrip()
    pre = pre.rstrip(',:')
    if pre.endswith(' is') or pre.endswith(' are') or pre.endswith(' be'):
        return pre + ':'
    return pre + ':' if pre else ''


def lower_first(s):
    if not s:
        return s
    if len(s) > 1 and s[1].isupper():
        return s
    return s[0].lower() + s[1:]


def check_str(it, P, style):
    rng = it['rng']
    expr = it['expr']
    lhs = render(expr, P)
    t = it['target']
    vs = num_str(it['v'], t.kind, P, t.p)
    tick = rng.choice(['✓', '✓', '✔', '(matches)', '✅'])
    lead = rng.choice(['Check:', 'Check:', 'Quick check:', 'Verification:', 'Double-check:'])
    if P.latex:
        return '%s \\(%s = %s\\) %s' % (lead, lhs, vs, '✓')
    return '%s %s = %s %s' % (lead, lhs, vs, tick)


def note_str(it, P):
    return fill(it['text'], it['vals'], text_P(P))


def answer_val(it, P):
    v = it['val']
    return num_str(v.v, v.kind, text_P(P), v.p) + ((' ' + it['unit']) if it['unit'] else '')


def final_line(it):
    return '#### ' + plain(it['val'].v)


def given_lines(sol, P, bullet='- '):
    Q = text_P(P)
    out = []
    for lab, v in sol.givens:
        s = num_str(v.v, v.kind, Q, v.p)
        if v.unit:
            s += ' ' + v.unit
        out.append('%s%s: %s' % (bullet, lab, s))
    return out


INTRO = {
    'md_steps': ["Let's solve this step by step.", "We'll work through this one step at a time.",
                 "To find {goal}, let's break the problem into steps.", "Let's break this down."],
    'bold_labels': ["Here's the breakdown:", "Let's compute each piece.", "", "Step-by-step solution:"],
    'bullets': ["**Given:**", "**What we know:**", "**Information:**"],
    'prose': ["", "", "We need {goal}.", "Let's work it out."],
    'latex_inline': ["Let's compute this step by step.", "We need to find {goal}.", ""],
    'latex_display': ["Let's solve this step by step.", "We want {goal}.", "Let's break it down."],
    'table': ["Here's the full calculation:", "Let's organize the calculation in a table.", "Breaking it down:"],
    'terse': ["", ""],
    'gsm8k': [""],
    'chatty': ["Great question! Let's work through it together.", "Sure! Let's take this one piece at a time.",
               "Okay, this one has big numbers, so let's be careful and go step by step.",
               "Happy to help! Let's break it down."],
    'numbered': ["Let's solve this step by step:", "Solution:", "Here's how to solve it:"],
}

CONN = ['Next,', 'Then', 'After that,', 'Now', 'Next,', 'Then', 'So', 'Next,']
CHATTY_LEAD = ['Okay, so', 'Next,', 'Now,', 'Alright,', 'Then', 'Moving on,', 'Next up,', 'Now']


def render_solution(sol, goal):
    P = sol.P
    st = sol.style
    R = random.Random('%s|%s|render' % (sol.pid, st))
    lines = []
    intro = R.choice(INTRO[st]).replace('{goal}', goal)
    steps = [it for it in sol.items]
    nsteps = sum(1 for it in steps if it['t'] == 'step')

    if st == 'md_steps':
        if intro:
            lines += [intro, '']
        if sol.givens and R.random() < 0.5:
            lines += ['**Given:**'] + given_lines(sol, P) + ['']
        for it in steps:
            if it['t'] == 'step':
                lines += ['### Step %d: %s' % (it['k'], it['label']), '']
                if it['rng'].random() < 0.5:
                    lines += [say_with(it, eq_str(it, P)), '']
                else:
                    lines += [say_prefix(it) or it['label'] + ':', '', eq_str(it, P), '']
                rs = restate_text(it, P)
                if rs and it['rng'].random() < 0.6:
                    lines += [rs, '']
            elif it['t'] == 'divmod':
                lines += ['### %s' % it['label'], '', divmod_str(it, P), '']
            elif it['t'] == 'note':
                lines += [note_str(it, P), '']
            elif it['t'] == 'check':
                lines += [check_str(it, P, st), '']
            elif it['t'] == 'answer':
                lines += ['### Final Answer', '', '%s is **%s**.' % (cap(goal), answer_val(it, P)), '',
                          final_line(it)]
    elif st == 'bold_labels':
        if intro:
            lines += [intro, '']
        for it in steps:
            if it['t'] == 'step':
                lines.append('**%s:** %s' % (it['label'], eq_str(it, P)))
                rs = restate_text(it, P)
                if rs and it['rng'].random() < 0.3:
                    lines.append(rs)
            elif it['t'] == 'divmod':
                lines.append('**%s:** %s' % (it['label'], divmod_str(it, P)))
            elif it['t'] == 'note':
                lines.append(note_str(it, P))
            elif it['t'] == 'check':
                lines.append(check_str(it, P, st))
            elif it['t'] == 'answer':
                lines += ['', '**Answer:** %s' % answer_val(it, P), '', final_line(it)]
    elif st == 'bullets':
        if sol.givens:
            lines += [intro] + given_lines(sol, P) + ['', R.choice(['**Solution:**', '**Steps:**', '**Calculations:**'])]
        for it in steps:
            if it['t'] == 'step':
                lines.append('- %s: %s' % (it['label'], eq_str(it, P)))
                rs = restate_text(it, P)
                if rs and it['rng'].random() < 0.25:
                    lines.append('  - ' + rs)
            elif it['t'] == 'divmod':
                lines.append('- %s: %s' % (it['label'], divmod_str(it, P)))
            elif it['t'] == 'note':
                lines.append('- ' + note_str(it, P))
            elif it['t'] == 'check':
                lines.append('- ' + check_str(it, P, st))
            elif it['t'] == 'answer':
                lines += ['', '**Answer:** %s' % answer_val(it, P), '', final_line(it)]
    elif st in ('prose', 'chatty'):
        if intro:
            lines += [intro, '']
        para = []
        ci = 0
        for it in steps:
            if it['t'] == 'step':
                r = it['rng']
                worded = r.random() < (P.worded if st == 'prose' else 0.15)
                sent = say_with(it, eq_str(it, P, worded=worded))
                lead = (CONN if st == 'prose' else CHATTY_LEAD)[ci % 8] if ci else ('First,' if st == 'prose' else R.choice(['First up,', 'Okay, so first,']))
                if it['k'] == nsteps and ci:
                    lead = R.choice(['Finally,', 'Last,', 'Finally,'])
                ci += 1
                if r.random() < 0.55:
                    sent = lead + ' ' + lower_first(sent)
                para.append(sent)
                rs = restate_text(it, P)
                if rs and r.random() < 0.5:
                    para.append(rs)
                if r.random() < 0.4 or len(para) >= 4:
                    lines += [' '.join(para), '']
                    para = []
            elif it['t'] == 'divmod':
                para.append(divmod_str(it, P, sentence=True))
            elif it['t'] == 'note':
                para.append(note_str(it, P))
            elif it['t'] == 'check':
                if para:
                    lines += [' '.join(para), '']
                    para = []
                lines += [check_str(it, P, st), '']
            elif it['t'] == 'answer':
                if para:
                    lines += [' '.join(para), '']
                    para = []
                if st == 'prose':
                    lines += ['So %s is %s.' % (goal, answer_val(it, P)), '', final_line(it)]
                else:
                    end = R.choice(['Hope that helps!', 'Let me know if you want me to double-check anything!', ''])
                    lines += ['So %s comes out to **%s**. %s' % (goal, answer_val(it, P), end), '',
                              final_line(it)]
    elif st in ('latex_inline', 'latex_display'):
        if intro:
            lines += [intro, '']
        disp = R.choice(['brackets', 'brackets', 'dollars', 'inline_brackets'])
        numd = R.random() < 0.5
        for it in steps:
            if it['t'] == 'step':
                e = eq_str(it, P)
                if st == 'latex_inline':
                    pre = say_prefix(it)
                    if numd:
                        lines.append('%d. **%s:** \\( %s \\)' % (it['k'], it['label'], e))
                    else:
                        lines.append('%s \\( %s \\)' % (pre or it['label'] + ':', e))
                else:
                    lines.append('**%s**' % it['label'] if it['rng'].random() < 0.4 else (say_prefix(it) or it['label'] + ':'))
                    if disp == 'brackets':
                        lines += ['\\[', e, '\\]']
                    elif disp == 'dollars':
                        lines += ['$$', e, '$$']
                    else:
                        lines.append('\\[ %s \\]' % e)
                    lines.append('')
                rs = restate_text(it, text_P(P))
                if rs and it['rng'].random() < 0.3:
                    lines.append(rs)
                    if st == 'latex_display':
                        lines.append('')
            elif it['t'] == 'divmod':
                lines.append(divmod_str(it, text_P(P), sentence=True))
            elif it['t'] == 'note':
                lines.append(note_str(it, P))
            elif it['t'] == 'check':
                lines.append(check_str(it, P, st))
            elif it['t'] == 'answer':
                av = it['val']
                bs = num_str(av.v, av.kind, P, av.p)
                lines += ['', 'So %s is %s.' % (goal, answer_val(it, P)), '',
                          '\\[\n\\boxed{%s}\n\\]' % bs if R.random() < 0.5 else '**Final answer:** \\(\\boxed{%s}\\)' % bs,
                          '', final_line(it)]
    elif st == 'table':
        if intro:
            lines += [intro, '']
        two = R.random() < 0.5
        if two:
            lines += ['| Step | Quantity | Calculation | Result |', '|---|---|---|---|']
        else:
            lines += ['| Quantity | Calculation |', '|---|---|']
        after = []
        for it in steps:
            if it['t'] == 'step':
                if two:
                    e = eq_str(it, P)
                    lhs, rhs = split_eq(e)
                    lines.append('| %d | %s | %s | %s |' % (it['k'], it['label'], lhs, rhs))
                else:
                    lines.append('| %s | %s |' % (it['label'], eq_str(it, P)))
            elif it['t'] == 'divmod':
                if two:
                    lines.append('| – | %s | %s | %s |' % (it['label'], '', divmod_str(it, P)))
                else:
                    lines.append('| %s | %s |' % (it['label'], divmod_str(it, P)))
            elif it['t'] == 'note':
                after.append(note_str(it, P))
            elif it['t'] == 'check':
                after.append(check_str(it, P, st))
            elif it['t'] == 'answer':
                lines.append('')
                lines += after
                if after:
                    lines.append('')
                lines += ['**%s: %s**' % (cap(goal), answer_val(it, P)), '', final_line(it)]
    elif st == 'terse':
        for it in steps:
            if it['t'] == 'step':
                if it['rng'].random() < 0.5:
                    lines.append('%s: %s' % (it['label'], eq_str(it, P)))
                else:
                    lines.append(eq_str(it, P))
            elif it['t'] == 'divmod':
                lines.append(divmod_str(it, P))
            elif it['t'] == 'note':
                lines.append(note_str(it, P))
            elif it['t'] == 'check':
                lines.append(check_str(it, P, st))
            elif it['t'] == 'answer':
                lines += ['Answer: %s' % answer_val(it, P), final_line(it)]
    elif st == 'gsm8k':
        for it in steps:
            if it['t'] == 'step':
                lines.append(say_with(it, gsm_eq(it)))
            elif it['t'] == 'divmod':
                lines.append(divmod_str(it, P, sentence=True))
            elif it['t'] == 'note':
                lines.append(note_str(it, P))
            elif it['t'] == 'check':
                pass
            elif it['t'] == 'answer':
                lines.append(final_line(it))
    elif st == 'numbered':
        if intro:
            lines += [intro, '']
        for it in steps:
            if it['t'] == 'step':
                if it['rng'].random() < 0.5:
                    lines.append('%d. **%s:** %s' % (it['k'], it['label'], eq_str(it, P)))
                else:
                    lines.append('%d. %s' % (it['k'], say_with(it, eq_str(it, P))))
                rs = restate_text(it, P)
                if rs and it['rng'].random() < 0.35:
                    lines.append('   ' + rs)
            elif it['t'] == 'divmod':
                lines.append('   ' + divmod_str(it, P, sentence=True))
            elif it['t'] == 'note':
                lines.append('   ' + note_str(it, P))
            elif it['t'] == 'check':
                lines.append('   ' + check_str(it, P, st))
            elif it['t'] == 'answer':
                lines += ['', '**Therefore, %s is %s.**' % (goal, answer_val(it, P)), '', final_line(it)]
    else:
        raise ValueError(st)
    # collapse runs of blank lines
    out = []
    for ln in lines:
        if ln == '' and (not out or out[-1] == ''):
            continue
        out.append(ln)
    return '\n'.join(out).strip('\n')


def split_eq(e):
    for sep in (' = ', ' ≈ '):
        i = e.find(sep)
        if i >= 0:
            lhs, rhs = e[:i], e[i + len(sep):]
            if sep == ' ≈ ':
                rhs = '≈ ' + rhs
            return lhs, rhs
    return e, ''


def cap(s):
    return s[0].upper() + s[1:] if s else s


def divmod_str(it, P, sentence=False):
    a = num_str(it['a'].v, 'int', P)
    b = num_str(it['b'].v, 'int', P)
    q = num_str(it['q'].v, 'int', P)
    r = num_str(it['r'].v, 'int', P)
    rng = it['rng']
    dv = P.div if not P.latex else '\\div'
    form = rng.choice(['R', 'remainder', 'rem'])
    if form == 'R':
        s = '%s %s %s = %s R %s' % (a, dv, b, q, r)
    elif form == 'remainder':
        s = '%s %s %s = %s remainder %s' % (a, dv, b, q, r)
    else:
        s = '%s %s %s = %s with %s left over' % (a, dv, b, q, r)
    if P.latex:
        s = '\\(' + s + '\\)'
    if sentence:
        return it['say'].replace('{e}', s)
    return s
