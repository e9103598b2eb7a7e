"""Writing styles: turn a solve()'s events into solution text."""
import random
from fractions import Fraction as F
from engine import V, Bin, Pct, FracOf, reductions, nops

SENT = '\x00'


def decstr(a, commas=True):
    a = F(a)
    neg = a < 0
    a = abs(a)
    ip = a.numerator // a.denominator
    fr = a - ip
    ips = f"{ip:,}" if commas else str(ip)
    if fr == 0:
        s = ips
    else:
        for d in range(1, 7):
            x = fr * 10 ** d
            if x.denominator == 1:
                s = f"{ips}.{int(x):0{d}d}"
                break
        else:
            raise ValueError('non-terminating %s' % a)
    return ('-' if neg else '') + s


def canon(v):
    return decstr(v, commas=False)


UNIT_LATEX = {'m²': r'\text{ m}^2', 'cm²': r'\text{ cm}^2', 'ft²': r'\text{ ft}^2', '°C': r'^\circ\text{C}'}


def cap(t):
    return t[:1].upper() + t[1:] if t else t


def low(t):
    return t[:1].lower() + t[1:] if t else t


class Base:
    name = 'base'
    mul, div, add, sub = '×', '÷', '+', '−'
    minus = '−'
    latex = False
    frac = False
    units = 'result'         # all | result | none
    money_short = True
    commas = True
    chain = True
    rem = 'R'                # R | remainder | left
    pct = 'of'               # of | dec
    wait_style = False
    bold_result = False
    eqw = None               # worded equals

    def __init__(s, pid):
        s.pid = pid
        s.out = []
        s.pending_trap = None
        s.nstep = 0

    def rng(s, i):
        return random.Random(f"{s.pid}|{s.name}|{i}")

    # ------------------------------------------------------------ numbers
    def unit_str(s, unit, latex):
        if not unit:
            return ''
        if latex:
            return UNIT_LATEX.get(unit, r'\text{ %s}' % unit)
        if unit.startswith('°'):
            return unit
        return ' ' + unit

    def fval(s, v, kind, unit=None, latex=None):
        latex = s.latex if latex is None else latex
        v = F(v)
        neg = v < 0
        a = abs(v)
        if kind == 'money':
            if s.money_short and a.denominator == 1:
                t = decstr(a, s.commas)
            else:
                ip = a.numerator // a.denominator
                c = int((a - ip) * 100)
                t = f"{ip:,}" if s.commas else str(ip)
                t += f".{c:02d}"
            t = (r'\$' if latex else '$') + t
        elif kind == 'pct':
            t = decstr(a, s.commas) + (r'\%' if latex else '%')
        else:
            t = decstr(a, s.commas)
        t += s.unit_str(unit, latex)
        if neg:
            t = ('-' if latex else s.minus) + t
        return t

    def pv(s, v):
        """A value for prose (never LaTeX), with its unit."""
        return s.fval(v.v, v.kind, v.unit, latex=False)

    # ------------------------------------------------------------ expressions
    def sym(s, op):
        if s.latex:
            return {'+': '+', '-': '-', '*': r'\times', '/': r'\div'}[op]
        return {'+': s.add, '-': s.sub, '*': s.mul, '/': s.div}[op]

    def leaf(s, e):
        u = e.unit if s.units == 'all' else None
        if e.kind == 'pct':
            return s.fval(e.v, 'pct', None)
        return s.fval(e.v, e.kind, u)

    def rx(s, e, pprec=0, right=False, pop=None):
        if isinstance(e, V):
            t = s.leaf(e)
            if e.v < 0 and right:
                t = '(' + t + ')'
            return t
        if isinstance(e, Bin):
            p = 1 if e.op in '+-' else 2
            if e.op == '/' and s.frac and s.latex:
                return r'\frac{%s}{%s}' % (s.rx(e.a), s.rx(e.b))
            t = f"{s.rx(e.a, p, False, e.op)} {s.sym(e.op)} {s.rx(e.b, p, True, e.op)}"
            need = p < pprec or (right and p == pprec and pop in '-/')
            if need:
                t = (r'\left(' + t + r'\right)') if (s.latex and s.name == 'latex_display') else '(' + t + ')'
            return t
        if isinstance(e, Pct):
            if s.pct == 'of' and not s.latex:
                t = f"{s.fval(e.p.v, 'pct', None)} of {s.rx(e.x, 2, True, '*')}"
            elif s.latex and s.pct == 'of':
                t = r"\frac{%s}{100} \times %s" % (decstr(e.p.v, False), s.rx(e.x, 2, True, '*'))
            else:
                t = f"{decstr(e.p.v / 100, False)} {s.sym('*')} {s.rx(e.x, 2, True, '*')}"
            if pprec:
                t = '(' + t + ')'
            return t
        if isinstance(e, FracOf):
            if s.latex:
                t = r"\frac{%d}{%d} \times %s" % (e.n, e.d, s.rx(e.x, 2, True, '*'))
            else:
                t = f"{e.n}/{e.d} of {s.rx(e.x, 2, True, '*')}"
            if pprec:
                t = '(' + t + ')'
            return t
        raise TypeError(e)

    def res(s, d, with_unit=True):
        if d['qr']:
            q, r = d['shown']
            qs, rs = decstr(q, s.commas), decstr(r, s.commas)
            if s.rem == 'R':
                t = f"{qs} R {rs}"
            elif s.rem == 'Rt':
                t = f"{qs} R{rs}"
            elif s.rem == 'remainder':
                t = f"{qs} remainder {rs}"
            else:
                t = f"{qs} with {rs} left over"
            if s.latex:
                t = f"{qs} \\text{{ R }} {rs}"
        else:
            u = d['unit'] if (with_unit and s.units in ('all', 'result')) else None
            t = s.fval(d['shown'], d['kind'], u)
        if s.bold_result and not s.latex:
            t = '**' + t + '**'
        if d['faulty']:
            t = SENT + t
        return t

    def eqsym(s, d, r):
        if d['role'] == 'approx' and not d.get('exact'):
            return r'\approx' if s.latex else '≈'
        if s.eqw:
            return r.choice(s.eqw)
        return '='

    def lhs(s, d, r):
        if d['qr'] and s.frac:
            s.frac = False
            parts = [s.rx(d['expr'])]
            s.frac = True
            return parts
        parts = [s.rx(d['expr'])]
        if s.chain and d['chain'] and nops(d['expr']) >= 2 and not d['qr']:
            parts += [s.rx(x) for x in reductions(d['expr'])]
        return parts

    def eq(s, d, r):
        parts = s.lhs(d, r)
        e = s.eqsym(d, r)
        if len(parts) > 1:
            t = (' = ').join(parts) + f' {e} ' + s.res(d)
        else:
            t = parts[0] + f' {e} ' + s.res(d)
        return t

    # ------------------------------------------------------------ driver
    def render(s, events, parts, final):
        s.parts = parts
        s.intro(s.rng('intro'))
        for i, (typ, d) in enumerate(events):
            r = s.rng(i)
            getattr(s, 'ev_' + typ)(d, r)
        s.flush()
        s.summary(parts, s.rng('sum'))
        s.out.append(f"#### {canon(final.v)}")
        text = '\n'.join(s.out).lstrip('\n')
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text

    def flush(s):
        pass

    def w(s, *lines):
        s.out.extend(lines)

    def intro(s, r):
        pass

    def ev_part(s, d, r):
        s.w('', f"**({d['key']}) {d['title']}**")

    def calc_line(s, d, r):
        return s.eq(d, r)

    def ev_calc(s, d, r):
        s.nstep += 1
        role = d['role']
        if role == 'check':
            s.w(s.check_line(d, r))
        elif role == 'estimate':
            s.w(s.est_line(d, r))
        else:
            if s.pending_trap and s.wait_style:
                s.w(s.fix_line(d, r))
            else:
                s.w(s.step_line(d, r))
            s.pending_trap = None

    def step_line(s, d, r):
        return f"{cap(d['label'])}: {s.eq(d, r)}"

    def fix_line(s, d, r):
        t = s.eq(d, r)
        rej = s.pv(d['not_val']) if d.get('not_val') is not None else None
        fr = r.choice(["So it's {eq}{nt}.", "That makes it {eq}{nt}.", "So the right count is {eq}{nt}.",
                       "Corrected: {eq}{nt}."])
        return fr.format(eq=t, nt=(f", not {rej}" if rej else ''))

    def check_line(s, d, r):
        return f"Check: {s.eq(d, r)} ✓"

    def est_line(s, d, r):
        return f"Estimate: {s.eq(d, r)}"

    def ev_trap(s, d, r):
        s.pending_trap = d
        if s.wait_style:
            s.w(r.choice(['Wait — ', 'Hmm, wait. ', 'Hold on: ', 'Actually, wait: ']) + d['wait'])
        else:
            s.w(d['plain'])

    def ev_method(s, d, r):
        s.w(f"Method {d['n']} ({d['title']}):")

    def ev_same(s, d, r):
        s.w(d['tmpl'].replace('{v}', s.pv(d['v'])) + ' ✓')

    def ev_text(s, d, r):
        s.w(d['wait'] if s.wait_style else d['plain'])

    def ev_fact(s, d, r):
        s.w(f"(Remember: {d['t']}.)")

    def ev_close(s, d, r):
        s.w(r.choice(["That's close to the estimate, so it looks reasonable.",
                      "This is close to our estimate ✓",
                      "Close to the estimate, good."]))

    def ev_answer(s, d, r):
        s.w(d['sent'].replace('{v}', s.pv(d['v'])))

    def short(s, p):
        return p['short'].replace('{v}', s.pv(p['ans']))

    def summary(s, parts, r):
        s.w('', '**Answers:** ' + ' '.join(f"({p['key']}) {s.short(p)}" for p in parts), '')


# ====================================================================== styles
class GptMarkdown(Base):
    name = 'gpt_markdown'
    units = 'result'
    money_short = False

    def intro(s, r):
        s.w(r.choice(["Let's solve each part step by step.", "Let's work through each part in order.",
                      "We'll go through the parts one at a time.", "Let's break this down."]))

    def ev_part(s, d, r):
        s.w('', '---', '', f"### Part ({d['key']}): {d['title']}", '')

    def step_line(s, d, r):
        fr = r.choice(["{How}:\n\n{eq}\n", "To find the {label}, {how}:\n\n{eq}\n", "The {label}:\n\n{eq}\n",
                       "- {Label}: {eq}"])
        return fr.format(How=cap(d['how']), how=d['how'], label=d['label'], Label=cap(d['label']), eq=s.eq(d, r))

    def check_line(s, d, r):
        note = f" ({d['note']})" if d['note'] else ''
        return r.choice(["✅ **Check:** {eq}{n}", "**Check:** {eq} ✓{n}", "**Verify:** {eq} ✓"]).format(eq=s.eq(d, r), n=note) + '\n'

    def est_line(s, d, r):
        return r.choice(["**Estimate first:** {eq}, so the exact answer should be near that.\n",
                         "*Quick estimate:* {eq}\n"]).format(eq=s.eq(d, r))

    def ev_method(s, d, r):
        s.w(f"**Method {d['n']} — {d['title']}:**", '')

    def ev_answer(s, d, r):
        s.w('', f"**Answer ({d['key']}):** " + d['sent'].replace('{v}', '**' + s.pv(d['v']) + '**'))

    def ev_fact(s, d, r):
        s.w(f"*(Recall: {d['t']}.)*", '')

    def summary(s, parts, r):
        s.w('', '---', '', '### Summary', '')
        for p in parts:
            s.w(f"- **({p['key']})** {p['title']}: **{s.short(p)}**")
        s.w('')


class ClaudeBold(Base):
    name = 'claude_bold'
    bold_result = True
    money_short = True
    units = 'result'

    def intro(s, r):
        if r.random() < 0.5:
            s.w(r.choice(["I'll work through each part in order.", "Here's how to work it out."]))

    def ev_part(s, d, r):
        s.w('', f"**({d['key']}) {d['title']}**", '')

    def step_line(s, d, r):
        fr = r.choice(["{How}: {eq}.", "The {label} is {eq}.", "{Label}: {eq}", "For the {label}, {how}: {eq}."])
        return fr.format(How=cap(d['how']), how=d['how'], label=d['label'], Label=cap(d['label']), eq=s.eq(d, r))

    def check_line(s, d, r):
        note = f" ({d['note']})" if d['note'] else ''
        return r.choice(["Check: {eq} ✓{n}", "Quick check: {eq} ✓", "Checking{n}: {eq} ✓"]).format(eq=s.eq(d, r), n=note)

    def est_line(s, d, r):
        return r.choice(["Rough estimate first: {eq}.", "As an estimate, {eq}."]).format(eq=s.eq(d, r))

    def ev_method(s, d, r):
        s.w(f"*Method {d['n']} ({d['title']}):*")

    def ev_answer(s, d, r):
        s.w('', d['sent'].replace('{v}', '**' + s.pv(d['v']) + '**'))

    def summary(s, parts, r):
        s.w('', '**Answers:** ' + ', '.join(f"({p['key']}) {s.short(p)}" for p in parts), '')


class Numbered(Base):
    name = 'numbered'
    units = 'all'
    money_short = False
    mul = '×'

    def intro(s, r):
        pass

    def ev_part(s, d, r):
        s.k = 0
        s.w('', f"**Part ({d['key']}) — {d['title']}**", '')

    def num(s):
        s.k = getattr(s, 'k', 0) + 1
        return s.k

    def step_line(s, d, r):
        return f"{s.num()}. **{cap(d['label'])}:** {s.eq(d, r)}"

    def fix_line(s, d, r):
        return s.step_line(d, r)

    def check_line(s, d, r):
        return f"{s.num()}. **Check:** {s.eq(d, r)} ✓"

    def est_line(s, d, r):
        return f"{s.num()}. **Estimate:** {s.eq(d, r)}"

    def ev_trap(s, d, r):
        s.w(f"   *Note:* {d['plain']}")

    def ev_method(s, d, r):
        s.w(f"   *Method {d['n']}: {d['title']}*")

    def ev_same(s, d, r):
        s.w('   ' + d['tmpl'].replace('{v}', s.pv(d['v'])) + ' ✓')

    def ev_text(s, d, r):
        s.w('   ' + d['plain'])

    def ev_close(s, d, r):
        s.w('   (Close to the estimate ✓)')

    def ev_fact(s, d, r):
        s.w(f"   ({d['t']})")

    def ev_answer(s, d, r):
        s.w('', f"**Answer:** {s.pv(d['v'])}")

    def summary(s, parts, r):
        s.w('', '**Final answers:**')
        for p in parts:
            s.w(f"- ({p['key']}) {s.short(p)}")
        s.w('')


class LatexDisplay(Base):
    name = 'latex_display'
    latex = True
    frac = True
    units = 'result'
    money_short = False
    chain = True

    def intro(s, r):
        s.w(r.choice(["To solve this problem, we will address each part step by step.",
                      "Let's solve each part of the problem.", "We solve the three parts in turn."]))

    def ev_part(s, d, r):
        s.first = True
        s.w('', f"### Part ({d['key']})", '')

    def step_line(s, d, r):
        frs = ["{How}:\n\\[\n{eq}\n\\]", "The {label} is\n\\[\n{eq}\n\\]"]
        frs.append("First, {how}:\n\\[\n{eq}\n\\]" if s.first else "Next, {how}:\n\\[\n{eq}\n\\]")
        s.first = False
        fr = r.choice(frs)
        return fr.format(How=cap(d['how']), how=d['how'], label=d['label'], eq=s.eq(d, r))

    def check_line(s, d, r):
        return r.choice(["Check:\n\\[\n{eq} \\quad \\checkmark\n\\]", "Verification: \\( {eq} \\) ✓"]).format(eq=s.eq(d, r))

    def est_line(s, d, r):
        return "Estimate: \\( {eq} \\)".format(eq=s.eq(d, r))

    def ev_method(s, d, r):
        s.w(f"**Method {d['n']}** ({d['title']}):")

    def ev_same(s, d, r):
        s.w(d['tmpl'].replace('{v}', '\\( ' + s.fval(d['v'].v, d['v'].kind, d['v'].unit) + ' \\)') + ' \\( \\checkmark \\)')

    def ev_fact(s, d, r):
        s.w(f"(Using {d['t']}.)")

    def ev_answer(s, d, r):
        s.w('', d['sent'].replace('{v}', '\\( \\boxed{' + s.fval(d['v'].v, d['v'].kind, d['v'].unit) + '} \\)'))

    def summary(s, parts, r):
        s.w('', '### Final Answers', '')
        for p in parts:
            s.w(f"- ({p['key']}) \\( \\boxed{{{s.fval(p['ans'].v, p['ans'].kind, p['ans'].unit)}}} \\)")
        s.w('')


class LatexInline(Base):
    name = 'latex_inline'
    latex = True
    frac = False
    units = 'none'
    money_short = True
    chain = False

    def ev_part(s, d, r):
        s.w('', f"**{d['key']})** {d['title']}", '')

    def step_line(s, d, r):
        fr = r.choice(["The {label} is \\({eq}\\).", "{How}: \\({eq}\\).", "We {how}, giving \\({eq}\\).",
                       "So \\({eq}\\) for the {label}."])
        return fr.format(How=cap(d['how']), how=d['how'], label=d['label'], eq=s.eq(d, r))

    def fix_line(s, d, r):
        return s.step_line(d, r)

    def check_line(s, d, r):
        return "Check: \\({eq}\\) ✓".format(eq=s.eq(d, r))

    def est_line(s, d, r):
        return "Estimate: \\({eq}\\).".format(eq=s.eq(d, r))

    def ev_same(s, d, r):
        s.w(d['tmpl'].replace('{v}', s.pv(d['v'])) + ' ✓')

    def ev_answer(s, d, r):
        s.w(d['sent'].replace('{v}', '**' + s.pv(d['v']) + '**'))

    def summary(s, parts, r):
        s.w('', '**Answers:** ' + '; '.join(f"{p['key']}) {s.short(p)}" for p in parts), '')


class Table(Base):
    name = 'table'
    units = 'result'
    money_short = False
    chain = False

    def __init__(s, pid):
        super().__init__(pid)
        s.open = False

    def flush(s):
        if s.open:
            s.w('')
            s.open = False

    def row(s, a, b, c):
        if not s.open:
            s.w('', '| Step | Calculation | Result |', '|---|---|---|')
            s.open = True
        s.w(f"| {a} | {b} | {c} |")

    def ev_part(s, d, r):
        s.flush()
        s.w('', f"**({d['key']}) {d['title']}**")

    def ev_calc(s, d, r):
        role = d['role']
        lhs = s.lhs(d, r)[0]
        res = s.res(d)
        if role == 'approx' and not d.get('exact'):
            res = '≈ ' + res
        name = {'check': 'Check', 'estimate': 'Estimate'}.get(role, cap(d['label']))
        if role == 'check':
            res += ' ✓'
        s.row(name, lhs, res)

    def ev_trap(s, d, r):
        s.flush()
        s.w(f"Note: {d['plain']}")

    def ev_method(s, d, r):
        s.flush()
        s.w(f"*Method {d['n']} ({d['title']})*")

    def ev_same(s, d, r):
        s.flush()
        s.w(d['tmpl'].replace('{v}', s.pv(d['v'])) + ' ✓')

    def ev_text(s, d, r):
        s.flush()
        s.w(d['plain'])

    def ev_fact(s, d, r):
        s.flush()
        s.w(f"({d['t']})")

    def ev_close(s, d, r):
        s.flush()
        s.w("Close to the estimate ✓")

    def ev_answer(s, d, r):
        s.flush()
        s.w(f"**Answer:** " + d['sent'].replace('{v}', s.pv(d['v'])))

    def summary(s, parts, r):
        s.w('', '**Recap**', '', '| Part | Answer |', '|---|---|')
        for p in parts:
            s.w(f"| ({p['key']}) {p['title']} | {s.short(p)} |")
        s.w('')


class Terse(Base):
    name = 'terse'
    mul, div, sub = '*', '/', '-'
    minus = '-'
    units = 'none'
    money_short = True
    commas = False
    chain = True
    rem = 'Rt'
    pct = 'dec'

    def __init__(s, pid):
        super().__init__(pid)
        s.line = None

    def flush(s):
        if s.line is not None:
            s.w(s.line)
            s.line = None

    def add_seg(s, t):
        if s.line is None:
            s.line = t
        else:
            s.line += '; ' + t

    def ev_part(s, d, r):
        s.flush()
        s.line = f"{d['key']})"
        s.fresh = True

    def ev_calc(s, d, r):
        role = d['role']
        t = s.eq(d, r)
        if role == 'check':
            t = 'check: ' + t + ' ✓'
        elif role == 'estimate':
            t = 'est. ' + t
        if s.line is not None and s.line.endswith((')', ':')) and getattr(s, 'fresh', False):
            s.line += ' ' + t
            s.fresh = False
        else:
            s.add_seg(t)

    def ev_trap(s, d, r):
        s.add_seg(f"({low(d['plain']).rstrip('.')})")

    def ev_method(s, d, r):
        if d['n'] > 1:
            s.add_seg('alt:')
            s.fresh = True

    def ev_same(s, d, r):
        s.add_seg('same ✓')

    def ev_text(s, d, r):
        pass

    def ev_fact(s, d, r):
        s.add_seg(f"({d['t']})")

    def ev_close(s, d, r):
        pass

    def ev_answer(s, d, r):
        if s.line is None:
            s.line = '→ ' + s.pv(d['v'])
        else:
            s.line += ' → ' + s.pv(d['v'])
        s.flush()

    def summary(s, parts, r):
        s.w('', 'Answers: ' + ', '.join(f"{p['key']}) {s.short(p)}" for p in parts))


class Tutor(Base):
    name = 'tutor'
    wait_style = True
    money_short = True
    units = 'result'

    def intro(s, r):
        s.w(r.choice(["Great question! Let's take it one part at a time. 😊",
                      "Sure! Let's work through this together.",
                      "Happy to help! We'll go part by part."]))

    def ev_part(s, d, r):
        s.first = True
        s.w('', f"**Part ({d['key']}): {d['title']}**", '')

    def step_line(s, d, r):
        if getattr(s, 'first', False):
            fr = r.choice(["First, we need the {label}. We {how}: {eq}.", "Let's start with the {label}. {How}: {eq}."])
            s.first = False
        else:
            fr = r.choice(["Next, {how}: {eq}.", "Now let's find the {label}: {eq}.", "Then we {how}: {eq}.",
                           "The {label} works out to {eq}."])
        return fr.format(How=cap(d['how']), how=d['how'], label=d['label'], eq=s.eq(d, r))

    def check_line(s, d, r):
        return r.choice(["Let me double-check: {eq} ✓", "Let's check our work: {eq} ✓",
                         "Quick check — {eq} ✓"]).format(eq=s.eq(d, r))

    def est_line(s, d, r):
        return r.choice(["Before we calculate, let's estimate: {eq}. So our answer should be somewhere around there.",
                         "Estimate first: {eq}."]).format(eq=s.eq(d, r))

    def ev_method(s, d, r):
        s.w("There are two ways to see this." if d['n'] == 1 else "Another way to get there:")
        s.w(f"*Way {d['n']} ({d['title']}):*")

    def ev_close(s, d, r):
        s.w("That's close to our estimate, so it makes sense! 👍")

    def ev_answer(s, d, r):
        s.w('', 'So ' + low(d['sent']).replace('{v}', '**' + s.pv(d['v']) + '**'))

    def summary(s, parts, r):
        s.w('', '**Answers:**')
        for p in parts:
            s.w(f"- ({p['key']}) {s.short(p)}")
        s.w('', r.choice(["Let me know if you'd like me to explain any step again!",
                          "Hope that helps! 😊", "Nice work sticking with it!"]), '')


class Reasoning(Base):
    name = 'reasoning'
    wait_style = True
    money_short = True
    units = 'result'
    chain = False
    sub = '-'
    minus = '-'

    def intro(s, r):
        s.w(r.choice(["Okay, let's see.", "Alright, let me work through this.", "Let me think about this step by step."]))

    def ev_part(s, d, r):
        s.w('', r.choice(["Part ({k}) — {t}.", "Now part ({k}), {t}.", "Okay, part ({k}): {t}."]).format(k=d['key'], t=low(d['title'])))

    def step_line(s, d, r):
        fr = r.choice(["{How}: {eq}.", "So that's {eq}.", "{eq}.", "The {label}: {eq}.", "That gives {eq} for the {label}."])
        return fr.format(How=cap(d['how']), label=d['label'], eq=s.eq(d, r))

    def check_line(s, d, r):
        return r.choice(["Let me double-check: {eq}. Yep.", "Double-checking: {eq}, good.",
                         "Let me verify that: {eq}. ✓"]).format(eq=s.eq(d, r))

    def est_line(s, d, r):
        return r.choice(["Rough estimate first: {eq}.", "Ballpark: {eq}."]).format(eq=s.eq(d, r))

    def ev_method(s, d, r):
        s.w("Let me also do it another way to be sure." if d['n'] > 1 else f"One way: {d['title']}.")
        if d['n'] > 1:
            s.w(f"Other way: {d['title']}.")

    def ev_same(s, d, r):
        s.w(d['tmpl'].replace('{v}', s.pv(d['v'])) + ' Good.')

    def ev_answer(s, d, r):
        s.w(r.choice(["So the answer to ({k}) is {v}.", "So ({k}) = {v}.", "({k}): {v}."]).format(k=d['key'], v=s.pv(d['v'])))

    def summary(s, parts, r):
        s.w('', '**Final answers:**')
        for p in parts:
            s.w(f"({p['key']}) {s.short(p)}")
        s.w('')


class Worded(Base):
    name = 'worded'
    mul, div, add, sub = 'times', 'divided by', 'plus', 'minus'
    minus = '-'
    chain = False
    units = 'result'
    money_short = True
    rem = 'remainder'
    eqw = ['is', 'equals']

    def ev_part(s, d, r):
        s.k = 0
        s.w('', f"Part ({d['key']}): {d['title']}")

    def step_line(s, d, r):
        s.k = getattr(s, 'k', 0) + 1
        fr = r.choice(["Step {n}: {How}.\n{Eq}.", "Step {n}: Find the {label}.\n{Eq}."])
        return fr.format(n=s.k, How=cap(d['how']), label=d['label'], Eq=cap(s.eq(d, r)))

    def fix_line(s, d, r):
        return s.step_line(d, r)

    def check_line(s, d, r):
        return r.choice(["To check: {eq}.", "Check: {eq}, which works."]).format(eq=s.eq(d, r))

    def est_line(s, d, r):
        return "Estimate: {eq}.".format(eq=s.eq(d, r))

    def ev_answer(s, d, r):
        s.w(d['sent'].replace('{v}', s.pv(d['v'])))

    def summary(s, parts, r):
        items = [f"({p['key']}) {s.short(p)}" for p in parts]
        s.w('', 'So the answers are ' + ', '.join(items[:-1]) + ', and ' + items[-1] + '.', '')


class Bullets(Base):
    name = 'bullets'
    mul, div, sub = 'x', '/', '-'
    minus = '-'
    units = 'all'
    money_short = False
    chain = True
    rem = 'remainder'

    def ev_part(s, d, r):
        s.w('', f"**Part {d['key']}: {d['title']}**", '')

    def step_line(s, d, r):
        return f"* {cap(d['label'])} = {s.eq(d, r)}"

    def fix_line(s, d, r):
        return s.step_line(d, r)

    def check_line(s, d, r):
        return f"* Check: {s.eq(d, r)} ✓"

    def est_line(s, d, r):
        return f"* Estimate: {s.eq(d, r)}"

    def ev_trap(s, d, r):
        s.w(f"* Note: {d['plain']}")

    def ev_method(s, d, r):
        s.w(f"* Method {d['n']} ({d['title']}):")

    def ev_same(s, d, r):
        s.w('* ' + d['tmpl'].replace('{v}', s.pv(d['v'])))

    def ev_text(s, d, r):
        s.w('* ' + d['plain'])

    def ev_fact(s, d, r):
        s.w(f"* ({d['t']})")

    def ev_close(s, d, r):
        s.w("* This is close to the estimate.")

    def ev_answer(s, d, r):
        s.w('', '**Answer:** ' + d['sent'].replace('{v}', s.pv(d['v'])))

    def summary(s, parts, r):
        s.w('', 'The final answers are: ' + ', '.join(f"{p['key']}) {s.short(p)}" for p in parts) + '.', '')


STYLES = [GptMarkdown, ClaudeBold, Numbered, LatexDisplay, LatexInline, Table, Terse, Tutor, Reasoning,
          Worded, Bullets]
