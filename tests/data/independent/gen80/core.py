"""Core: exact numbers, expression trees, solution builder, styles/rendering."""
import math
import random
from fractions import Fraction as F


def D(x):
    return F(str(x))


def exact_dp(v):
    d = v.denominator
    a = b = 0
    while d % 2 == 0:
        d //= 2
        a += 1
    while d % 5 == 0:
        d //= 5
        b += 1
    return max(a, b) if d == 1 else None


def rhu(v, dp):
    s = 10 ** dp
    return F(math.floor(v * s + F(1, 2)), s)


def dstr(v, dp, comma=False):
    s = 10 ** dp
    n = v * s
    assert n.denominator == 1, (v, dp)
    n = n.numerator
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, s)
    t = f"{ip:,}" if comma else str(ip)
    if dp:
        t += "." + str(fp).zfill(dp)
    return ("-" if neg else "") + t


def canon(v):
    return dstr(v, exact_dp(v))


def trim(v, dp):
    """smallest dp' <= dp that still represents v exactly"""
    while dp > 0 and (v * 10 ** (dp - 1)).denominator == 1:
        dp -= 1
    return dp


# unit key -> (symbol, word)
UNITS = {
    'W': ('W', 'watts'), 'kW': ('kW', 'kilowatts'), 'Wh': ('Wh', 'watt-hours'),
    'kWh': ('kWh', 'kilowatt-hours'), 'h': ('h', 'hours'), 'min': ('min', 'minutes'),
    'd': ('days', 'days'), 'yr': ('years', 'years'), 'mo': ('months', 'months'),
    'V': ('V', 'volts'), 'A': ('A', 'amps'), 'mA': ('mA', 'milliamps'),
    'mAh': ('mAh', 'milliamp-hours'), 'Ah': ('Ah', 'amp-hours'),
    'kWh/d': ('kWh/day', 'kWh per day'), 'kWh/yr': ('kWh/year', 'kWh per year'),
    'Wh/d': ('Wh/day', 'Wh per day'), 'kWh/mo': ('kWh/month', 'kWh per month'),
    '$/kWh': ('/kWh', ''), '$/d': ('/day', ' per day'), '$/yr': ('/year', ' per year'),
    '$/mo': ('/month', ' per month'), '$': ('', ''), '%': ('', ''), '': ('', ''),
    'c': ('¢', ' cents'), 'c/kWh': ('¢/kWh', ' cents per kWh'), 'x': ('', ''),
}


class Q:
    def __init__(self, val, unit='', dp=None, src=None):
        self.val = F(val)
        self.unit = unit
        self.dp = exact_dp(self.val) if dp is None else dp
        self.src = src


def num(v, unit=''):
    return ('n', Q(D(v), unit))


def leaf(q):
    return ('n', q)


def _w(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, Q):
        return ('n', x)
    return ('n', Q(F(x)))


def mul(*a):
    return ('*', [_w(x) for x in a])


def div(a, b):
    return ('/', [_w(a), _w(b)])


def add(*a):
    return ('+', [_w(x) for x in a])


def sub(a, b):
    return ('-', [_w(a), _w(b)])


def ev(e):
    op, ch = e
    if op == 'n':
        return ch.val
    vals = [ev(c) for c in ch]
    if op == '*':
        r = F(1)
        for v in vals:
            r *= v
        return r
    if op == '+':
        return sum(vals, F(0))
    if op == '-':
        return vals[0] - vals[1]
    if op == '/':
        return vals[0] / vals[1]
    raise ValueError(op)


class Builder:
    """Builds the list of solution items. fault = (calc_idx, wrong_value, wrong_dp, mode)."""

    def __init__(self, fault=None):
        self.items = []
        self.fault = fault
        self.n = 0
        self.final = None
        self.final_approx = False

    def calc(self, title, instr, expr, unit, var='x', rdp=2, maxdp=3, faultable=True, check=False,
             money=None):
        exact = ev(expr)
        if money is None:
            money = unit.startswith('$')
        need = exact_dp(exact)
        if money:
            if need is not None and need <= 2:
                shown, dp, approx = exact, 2, False
            else:
                shown, dp, approx = rhu(exact, rdp), rdp, True
        else:
            if need is not None and need <= maxdp:
                shown, dp, approx = exact, need, False
            else:
                shown = rhu(exact, rdp)
                dp, approx = trim(shown, rdp), True
        idx = self.n
        self.n += 1
        dval, ddp = shown, dp
        if self.fault is not None and self.fault[0] == idx:
            dval, ddp = self.fault[1], self.fault[2]
            if self.fault[3] == 'carry':
                shown, dp = dval, ddp
        it = dict(type='calc', idx=idx, title=title, instr=instr, expr=expr, unit=unit, var=var,
                  exact=exact, need=need, shown=shown, dp=dp, approx=approx, dval=dval, ddp=ddp,
                  money=money, faultable=faultable and not check, check=check)
        self.items.append(it)
        return Q(shown, unit, dp, src=idx)

    def note(self, text):
        self.items.append(dict(type='note', text=text))

    def ceil(self, q, unit, why):
        v = F(math.ceil(q.val))
        self.items.append(dict(type='round', frm=q, to=v, unit=unit, why=why, up=True))
        return Q(v, unit, 0)

    def floor(self, q, unit, why):
        v = F(math.floor(q.val))
        self.items.append(dict(type='round', frm=q, to=v, unit=unit, why=why, up=False))
        return Q(v, unit, 0)


# ----------------------------------------------------------------------------------------------
# Styles
# ----------------------------------------------------------------------------------------------
STYLES = {
    'md_steps': dict(mul='×', div='÷', units='all', uform='sym', comma=True, latex=False, pct='pct'),
    'bold_labels': dict(mul='×', div='÷', units='all', uform='sym', comma=True, latex=False, pct='dec'),
    'bullets': dict(mul='x', div='/', units='res', uform='sym', comma=True, latex=False, pct='dec'),
    'prose': dict(mul='×', div='÷', units='all', uform='word', comma=True, latex=False, pct='pct'),
    'latex_inline': dict(mul='\\times', div='\\div', units='none', uform='sym', comma=False, latex=True,
                         pct='dec'),
    'latex_display': dict(mul='\\times', div='\\div', units='all', uform='sym', comma=True, latex=True,
                          pct='dec'),
    'table': dict(mul='×', div='÷', units='all', uform='sym', comma=True, latex=False, pct='pct'),
    'terse': dict(mul='*', div='/', units='res', uform='sym', comma=False, latex=False, pct='dec'),
    'tutor': dict(mul='times', div='divided by', units='all', uform='word', comma=True, latex=False,
                  pct='pct'),
    'numbered': dict(mul='·', div='/', units='all', uform='sym', comma=True, latex=False, pct='pct'),
}
STYLE_NAMES = list(STYLES)


class Fmt:
    def __init__(self, style, rng):
        self.name = style
        st = dict(STYLES[style])
        # per-problem variation inside a style
        if style == 'bullets':
            st['mul'] = rng.choice(['x', '×', '*'])
            st['div'] = rng.choice(['/', '÷'])
        if style == 'md_steps':
            st['mul'] = rng.choice(['×', '×', 'x'])
            st['comma'] = rng.random() < 0.8
        if style == 'prose':
            st['uform'] = rng.choice(['word', 'sym'])
        if style == 'numbered':
            st['mul'] = rng.choice(['·', '×', '*'])
            st['div'] = rng.choice(['/', '÷'])
        if style == 'terse':
            st['mul'] = rng.choice(['*', '*', '×'])
        if style == 'table':
            st['pct'] = rng.choice(['pct', 'dec'])
        if style == 'latex_display':
            st['comma'] = rng.random() < 0.5
        self.st = st

    # numbers -----------------------------------------------------------------
    def n(self, v, dp):
        s = dstr(v, dp, self.st['comma'])
        if s.startswith('-') and self.name != 'terse':
            s = '−' + s[1:]
        if self.st['latex']:
            s = s.replace(',', '{,}')
        return s

    def money(self, v, dp):
        dp = 0 if dp == 0 else max(dp, 2)
        return ('\\$' if self.st['latex'] else '$') + self.n(v, dp)

    def unit(self, key, in_expr):
        if key in ('', '%', 'x', '$'):
            return ''
        sym, word = UNITS[key]
        lat = self.st['latex']
        if key.startswith('$'):
            if in_expr and (self.st['uform'] == 'word' or lat and self.name == 'latex_inline'):
                return ''
            if lat:
                return '/\\text{' + sym[1:] + '}'
            return sym if self.st['uform'] == 'sym' else word
        if key.startswith('c'):
            if lat:
                return '\\text{' + word.strip() + '}' if not in_expr else '\\text{¢}'
            return sym if (self.st['uform'] == 'sym' or in_expr) else word
        if lat:
            return '\\,\\text{' + sym + '}'
        if self.st['uform'] == 'word':
            if in_expr and '/' in key:
                return ''
            return ' ' + word
        return ' ' + sym

    def q(self, q, in_expr=True, with_unit=None):
        if with_unit is None:
            with_unit = self.st['units'] == 'all'
        u = q.unit
        if u.startswith('$'):
            s = self.money(q.val, q.dp)
        elif u == '%':
            if self.st['pct'] == 'pct':
                s = self.n(q.val * 100, exact_dp(q.val * 100)) + ('\\%' if self.st['latex'] else '%')
            else:
                s = self.n(q.val, exact_dp(q.val))
            return s
        else:
            s = self.n(q.val, q.dp)
        if with_unit:
            s += self.unit(u, in_expr)
        return s

    def val(self, v, dp, unit, with_unit=True):
        return self.q(Q(v, unit, dp), in_expr=False, with_unit=with_unit)

    # expressions -------------------------------------------------------------
    def opsym(self, op):
        st = self.st
        if op == '*':
            return st['mul']
        if op == '/':
            return st['div']
        if op == '+':
            return 'plus' if st['mul'] == 'times' else '+'
        if op == '-':
            return 'minus' if st['mul'] == 'times' else ('-' if st['mul'] == '*' else '−')

    def expr(self, e, parent=None, right=False, frac=False):
        op, ch = e
        if op == 'n':
            return self.q(ch)
        if frac and op == '/' and self.st['latex']:
            return '\\frac{' + self.expr(ch[0]) + '}{' + self.expr(ch[1]) + '}'
        parts = [self.expr(c, op, i > 0) for i, c in enumerate(ch)]
        s = (' ' + self.opsym(op) + ' ').join(parts)
        need = False
        if parent in ('*', '/') and op in ('+', '-'):
            need = True
        if parent == '/' and right and op in ('*', '/'):
            need = True
        if parent == '-' and right and op in ('+', '-'):
            need = True
        if need:
            s = ('\\left(' + s + '\\right)') if False else '(' + s + ')'
        return s

    def result(self, it, rng):
        """relation + result text; returns (rel, text) where rel in '=', '≈'."""
        v, dp = it['dval'], it['ddp']
        res = self.val(v, dp, it['unit'], with_unit=self.st['units'] != 'none' or it['money'])
        approx = it['approx']
        if approx and it['need'] is not None and it['need'] <= 4 and rng.random() < 0.55:
            ex = self.val(it['exact'], it['need'], it['unit'], with_unit=False)
            return '=', ex + ' ' + self.approx_sym() + ' ' + res
        return ('≈' if approx else '='), res

    def approx_sym(self):
        return '\\approx' if self.st['latex'] else '≈'

    def rel(self, r):
        if self.st['latex']:
            return '\\approx' if r == '≈' else '='
        return r


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
ORD = ['First', 'Next', 'Then', 'After that', 'Now', 'Next', 'Then', 'Finally']
INTROS = {
    'md_steps': ["Let's solve this step by step.", "We'll work through this one step at a time.",
                 "Here's how to work it out."],
    'bold_labels': ["Let's break this down.", "Here's the calculation:", "Working it out:"],
    'bullets': ["Here's the math:", "Quick breakdown:", "Calculation:"],
    'prose': ["", "To answer this, let's go through the numbers in order.",
              "Let's work through it."],
    'latex_inline': ["Let's compute this step by step.", "We proceed step by step."],
    'latex_display': ["We compute each quantity in turn.", "Step-by-step solution:"],
    'table': ["Here is the calculation laid out as a table:", "Let me organize the numbers in a table."],
    'terse': ["", ""],
    'tutor': ["Great question! Let's figure this out together.",
              "Sure thing! Electricity problems are easier than they look. Let's go step by step.",
              "Happy to help with this one! 😊"],
    'numbered': ["Let's work through this problem.", "To solve this, follow these steps:"],
}
TUTOR_EQ = ['equals', 'comes to', 'gives us', '=', 'works out to']
TUTOR_AP = ['comes to about', 'works out to roughly', 'equals approximately', '≈']


def lower1(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def render(items, style, seed, concl, final_disp, final_canon):
    frng = random.Random(seed + '|fmt')
    f = Fmt(style, frng)
    L = []  # (text, tag)

    def add(t, tag=None):
        if t == '' and (not L or L[-1][0] == ''):
            return
        for part in t.split('\n'):
            L.append((part, tag))

    frng_bul = frng.random() < 0.3
    shown_num = {}
    intro = frng.choice(INTROS[style])
    if intro:
        add(intro)
        add('')
    step_no = 0
    table_open = False
    checks_after = []
    for k, it in enumerate(items):
        r = random.Random(f"{seed}|{k}")
        if it['type'] == 'note':
            if table_open:
                checks_after.append(it['text'])
            else:
                add(it['text'])
                add('')
            continue
        if it['type'] == 'round':
            q = it['frm']
            a = f.val(q.val, q.dp, q.unit, with_unit=False)
            b = f.n(it['to'], 0)
            uw = it['unit']
            if it['up']:
                t = r.choice([f"{it['why']}, so round {a} up to {b} {uw}.",
                              f"Rounding up (since {it['why'][0].lower() + it['why'][1:]}): {b} {uw}.",
                              f"{it['why']}, so we need {b} {uw}."])
            else:
                t = r.choice([f"{it['why']}, so that's {b} {uw}.",
                              f"Rounding down, since {it['why'][0].lower() + it['why'][1:]}: {b} {uw}."])
            if table_open:
                checks_after.append(t)
            else:
                add(t)
                add('')
            continue
        # calc
        rel, res = f.result(it, r)
        dq = Q(it['dval'], it['unit'], it['ddp'])
        shown_num[it['idx']] = f.q(dq, in_expr=False, with_unit=False).replace('\\$', '').replace('$', '').replace(
            '\\%', '').replace('%', '').replace('{,}', '').replace(',', '').replace('−', '-')
        if it['check']:
            ex = f.expr(it['expr'])
            if f.st['latex']:
                t = f"Check: \\({ex} {f.rel(rel)} {res}\\) ✓"
            elif style == 'tutor':
                t = f"Let's double-check: {ex} {'equals' if rel == '=' else 'comes to about'} {res}. ✓"
            else:
                t = f"Check: {ex} {rel} {res} ✓"
            if table_open:
                checks_after.append((t, it['idx']))
            else:
                add(t, it['idx'])
                add('')
            continue
        step_no += 1
        title, instr = it['title'], it['instr']
        if style == 'md_steps':
            ex = f.expr(it['expr'])
            add(f"### Step {step_no}: {title}")
            add('')
            if r.random() < 0.6:
                add(instr + ':')
                add('')
            eq = f"{ex} {rel} {res}"
            if r.random() < 0.3:
                eq = f"{it['var']} = " + eq
            add(eq, it['idx'])
            add('')
        elif style == 'bold_labels':
            ex = f.expr(it['expr'])
            pre = '- ' if frng_bul else ''
            if rel == '=' and ' ≈ ' in res:
                a, b = res.split(' ≈ ')
                add(f"{pre}**{title}:** {ex} = {a} ≈ **{b}**", it['idx'])
            else:
                add(f"{pre}**{title}:** {ex} {rel} **{res}**", it['idx'])
            if not pre:
                add('')
        elif style == 'bullets':
            ex = f.expr(it['expr'])
            add(f"- {title}: {ex} {rel} {res}", it['idx'])
        elif style == 'prose':
            ex = f.expr(it['expr'])
            eq = f"{ex} {rel} {res}"
            o = ORD[min(step_no - 1, 7)] if step_no < len(items) else 'Finally'
            fr_ = [f"{instr}: {eq}.", f"{o}, {lower1(instr)}: {eq}."]
            if title.split()[0] not in ('Convert', 'Apply', 'In', 'Price', 'Rate'):
                fr_ += [f"The {lower1(title)} is {eq}.", f"For the {lower1(title)}, {eq}.",
                        f"That makes the {lower1(title)} {eq}."]
            t = r.choice(fr_)
            add(t, it['idx'])
            add('')
        elif style == 'latex_inline':
            ex = f.expr(it['expr'])
            u = f.unit(it['unit'], False) if not it['money'] else ''
            u = u.replace('\\,\\text{', ' ').replace('}', '') if u else ''
            # result without unit inside math, unit after
            v = f.n(it['dval'], it['ddp']) if not it['money'] else f.money(it['dval'], it['ddp'])
            if rel == '=' and ' \\approx ' in res:
                a = res.split(' \\approx ')[0]
                inner = f"{ex} = {a} \\approx {v}"
            else:
                inner = f"{ex} {f.rel(rel)} {v}"
            lead = r.choice([f"{instr}:", f"**{title}:**", f"{title}:"])
            add(f"{lead} \\({inner}\\){u}", it['idx'])
            add('')
        elif style == 'latex_display':
            ex = f.expr(it['expr'], frac=r.random() < 0.5)
            var = it['var'].replace('_', '_{\\text{', 1) + '}}' if '_' in it['var'] else it['var']
            add(f"**{title}.** {instr}:" if r.random() < 0.5 else f"{title}:")
            add(f"\\[ {var} = {ex} {f.rel(rel)} {res} \\]", it['idx'])
            add('')
        elif style == 'table':
            if not table_open:
                add('| Step | Quantity | Calculation | Result |')
                add('|---|---|---|---|')
                table_open = True
            ex = f.expr(it['expr'])
            cell = res if rel == '=' else '≈ ' + res
            add(f"| {step_no} | {title} | {ex} | {cell} |", it['idx'])
        elif style == 'terse':
            ex = f.expr(it['expr'])
            add(f"{it['var']} = {ex} {rel} {res}", it['idx'])
        elif style == 'tutor':
            ex = f.expr(it['expr'])
            if rel == '=' and ' ≈ ' in res:
                a, b = res.split(' ≈ ')
                w = r.choice(['equals', 'comes to'])
                rr = f"{w} {a}, which rounds to {b}"
            else:
                rr = f"{r.choice(TUTOR_EQ if rel == '=' else TUTOR_AP)} {res}"
            o = ORD[min(step_no - 1, 7)]
            t = r.choice([f"**{o}**, {lower1(instr)}. {ex} {rr}.",
                          f"{o}, let's find the {lower1(title)}: {ex} {rr}.",
                          f"{o}, {lower1(instr)}: {ex} {rr}."])
            add(t, it['idx'])
            add('')
        elif style == 'numbered':
            ex = f.expr(it['expr'])
            add(f"{step_no}. **{title}:** {ex} {rel} {res}", it['idx'])
    if style in ('bullets', 'terse', 'numbered', 'table'):
        add('')
    for c in checks_after:
        if isinstance(c, tuple):
            add(c[0], c[1])
        else:
            add(c)
        add('')
    # conclusion
    cs = concl(final_disp(f))
    if style == 'md_steps':
        add('### Answer')
        add('')
        add(cs)
    elif style == 'bold_labels':
        add(f"**Answer:** {cs}")
    elif style == 'latex_inline':
        add(cs)
        add('')
        add(f"\\(\\boxed{{{final_canon}}}\\)")
    elif style == 'latex_display':
        add(cs)
        add('')
        add(f"\\[ \\boxed{{{final_canon}}} \\]")
    elif style == 'terse':
        add(f"Answer: {final_disp(f)}")
    elif style == 'tutor':
        add(cs + ' ' + frng.choice(['Hope that helps!', 'Nice work sticking with it!', '⚡', 'Let me know if you have questions!']))
    elif style == 'numbered':
        add(f"**Final Answer:** {cs}")
    else:
        add(cs)
    add('')
    add(f"#### {final_canon}")
    text = ''
    spans = {}
    pos = 0
    out = []
    for t, tag in L:
        if tag is not None:
            spans[tag] = (pos, pos + len(t))
        out.append(t)
        pos += len(t) + 1
    text = '\n'.join(out)
    # collapse 3+ newlines
    assert '\n\n\n' not in text or True
    return text, spans, shown_num
