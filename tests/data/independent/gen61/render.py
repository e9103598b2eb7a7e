"""Rendering of solutions in eleven writing styles."""
from fractions import Fraction as F
from core import Q, CUR, rnd, _digits_str

MARK = '\x01'   # followed by step index and \x02; placed before a step's result

STYLES = ['md_steps', 'bold_labels', 'bullets', 'prose', 'latex', 'table',
          'terse', 'chatty', 'numbered', 'planner', 'gsm8k']

UNITS = {
    'L': ('L', 'litres'), 'gal': ('gal', 'gallons'), 'km': ('km', 'km'),
    'mi': ('mi', 'miles'), 'kg': ('kg', 'kg'), 'lb': ('lb', 'lb'),
    'mpg': ('mpg', 'mpg'), 'L100': ('L/100 km', 'L/100 km'), 'kmh': ('km/h', 'km/h'),
    'mph': ('mph', 'mph'), 'kWh': ('kWh', 'kWh'), 'kWh100': ('kWh/100 km', 'kWh/100 km'),
    'h': ('h', 'hours'), 'min': ('min', 'minutes'), 'people': ('people', 'people'),
    'nights': ('nights', 'nights'), 'cars': ('cars', 'cars'), 'rooms': ('rooms', 'rooms'),
    'trips': ('trips', 'trips'), 'tanks': ('tanks', 'tanks'), 'days': ('days', 'days'),
    'rides': ('rides', 'rides'), 'meals': ('meals', 'meals'), 'tickets': ('tickets', 'tickets'),
}


class Opt(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__


# ---------------------------------------------------------------- numbers
def fmt_number(v, dec, o, trim=False):
    v = rnd(v, dec)
    s = _digits_str(v, dec)
    if trim and '.' in s:
        s = s.rstrip('0').rstrip('.')
    ip, dot, fp = s.partition('.')
    if o.sep and len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        sepc = '{,}' if o.latex else ','
        ip = sepc.join(groups)
    s = ip + dot + fp
    if v < 0:
        s = (o.minus_sign or '−') + s
    return s


def unit_str(unit, o, v=None):
    if unit in UNITS:
        s = UNITS[unit][1 if o.long_units else 0]
        if o.us_spelling and s == 'litres':
            s = 'liters'
    else:
        s = unit
    if v is not None and v == 1 and s.endswith('s') and s not in ('lbs',):
        s = s[:-1]
    return s


def fmt_money(q, o, bare=False):
    integral = rnd(q.v, q.dec).denominator == 1
    n = fmt_number(q.v, q.dec, o, trim=(integral and (o.trim or not q.isres)) or o.trim_all)
    neg = n.startswith('−') or n.startswith('-')
    if neg:
        sign, n = n[0], n[1:]
    else:
        sign = ''
    sym, _, _, _ = CUR[q.cur]
    per = ''
    if q.per:
        if o.latex:
            per = r'\text{/' + unit_str(q.per, Opt()) + '}'
        elif o.per_word:
            per = ' per ' + {'L': 'litre' if not o.us_spelling else 'liter', 'gal': 'gallon',
                             'kWh': 'kWh', 'night': 'night', 'day': 'day', 'kg': 'kg',
                             'person': 'person'}.get(q.per, q.per)
        else:
            per = '/' + q.per
    if bare or o.money_mode == 'bare':
        return sign + n
    if o.latex:
        if q.cur == 'USD':
            return sign + r'\$' + n + per
        return sign + n + r'\text{ ' + q.cur + '}' + per
    if o.money_mode == 'code' or sym is None:
        if q.cur == 'CHF' and o.money_mode != 'code':
            return sign + 'CHF ' + n + per
        return sign + n + ' ' + q.cur + per
    return sign + sym + n + per


def fmt_clock(v, o, raw=False):
    m = int(v)
    if raw:
        return f"{m // 60:02d}:{m % 60:02d}"
    m %= 1440
    h, mi = divmod(m, 60)
    if o.h12:
        suf = 'AM' if h < 12 else 'PM'
        if o.ampm_lower:
            suf = {'AM': 'a.m.', 'PM': 'p.m.'}[suf]
        hh = h % 12 or 12
        return f"{hh}:{mi:02d} {suf}"
    return f"{h:02d}:{mi:02d}"


DUR_FMTS = [('h', 'min'), ('h', 'm'), ('hours', 'minutes'), ('hr', 'min')]


def fmt_dur(v, o, unit=''):
    m = int(v)
    if unit == 'min':
        return f"{m}" + (r"\text{ min}" if o.latex else (" minutes" if o.long_units else " min"))
    neg = m < 0
    m = abs(m)
    h, mi = divmod(m, 60)
    hu, mu = DUR_FMTS[o.dur_fmt or 0]
    tight = hu == 'h' and mu == 'm'
    if o.latex:
        hs = f"{h}" + r"\text{ h}"
        ms = f"{mi}" + r"\text{ min}"
    else:
        if hu == 'hours' and h == 1:
            hu = 'hour'
        if mu == 'minutes' and mi == 1:
            mu = 'minute'
        hs = f"{h}{hu}" if tight else f"{h} {hu}"
        ms = f"{mi}{mu}" if tight else f"{mi} {mu}"
    if h and mi:
        s = hs + ' ' + ms
    elif h:
        s = hs
    else:
        s = ms
    return ('−' if neg else '') + s


def fmt_q(q, o, bare=False):
    if q.kind == 'money':
        return fmt_money(q, o, bare)
    if q.kind == 'pct':
        if o.pct_frac:
            return fmt_number(q.v, q.dec, o) + '/100'
        if o.pct_dec:
            return fmt_number(q.v / 100, q.dec + 2, o)
        n = fmt_number(q.v, q.dec, o)
        return n + (r'\%' if o.latex else '%')
    if q.kind == 'clock':
        s = fmt_clock(q.v, o, q.raw)
        return s
    if q.kind == 'dur':
        return fmt_dur(q.v, o, q.unit)
    integral = rnd(q.v, q.dec).denominator == 1
    n = fmt_number(q.v, q.dec, o, trim=integral and q.isres and (o.trim or q.unit in ('h', 'min')))
    if bare or not o.units or not q.unit or q.unit == '__100':
        return n
    u = unit_str(q.unit, o, q.v)
    if o.latex:
        return n + r'\text{ ' + u + '}'
    return n + ' ' + u


GLYPH = {'*': '×', '/': '÷', '-': '−', '+': '+'}
WORDS = {'*': 'times', '/': 'divided by', '-': 'minus', '+': 'plus'}


def fmt_expr(expr, o, bare=False, words=False):
    if o.latex and o.frac and len(expr) == 3 and expr[1] == '/':
        return r'\frac{' + fmt_q(expr[0], o, bare) + '}{' + fmt_q(expr[2], o, bare) + '}'
    out = []
    prev = None
    i = 0
    toks = list(expr)
    while i < len(toks):
        t = toks[i]
        if isinstance(t, Q):
            neg = t.v < 0
            s = fmt_q(t, o, bare)
            if neg and prev is not None and prev != '(':
                if out and out[-1] in ('+',) and t.kind == 'dur':
                    pass
                s = ('\\left(' + s + '\\right)') if (o.latex and o.bigparen) else '(' + s + ')'
            out.append(s)
        elif t in ('(', ')'):
            out.append(t)
        elif (t in ('/', '*') and o.units and not bare and isinstance(prev, Q)
              and prev.unit in ('L100', 'kWh100') and i + 1 < len(toks)
              and isinstance(toks[i + 1], Q) and toks[i + 1].unit == '__100'):
            i += 2
            continue
        else:
            if (t == '*' and o.pct_of and isinstance(prev, Q) and prev.kind == 'pct'
                    and not o.pct_dec and not o.pct_frac):
                g = 'of'
            elif words:
                g = WORDS[t]
            elif o.latex:
                g = {'*': o.mul or r'\times', '/': o.div or r'\div', '-': '-', '+': '+'}[t]
            else:
                g = {'*': o.mul or '×', '/': o.div or '÷', '-': o.minus or '−', '+': '+'}[t]
            # clock + negative duration  ->  clock − |d|
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t == '+' and isinstance(nxt, Q) and nxt.kind == 'dur' and nxt.v < 0:
                g = '-' if o.latex else (o.minus or '−')
                out.append(g)
                out.append(fmt_q(nxt.like(-nxt.v), o, bare))
                prev = nxt
                i += 2
                continue
            out.append(g)
        prev = t
        i += 1
    s = ''
    for j, part in enumerate(out):
        if j == 0:
            s = part
        elif part == ')' or (s.endswith('(')):
            s += part
        else:
            s += ' ' + part
    return s


def trunc_str(v, dec):
    """Truncated decimal with dec digits (for '271.739…' style displays)."""
    s = 10 ** dec
    n = int(abs(v) * s)
    st = str(n).rjust(dec + 1, '0')
    return ('-' if v < 0 else '') + st[:-dec] + '.' + st[-dec:]


def res_str(st, o, bare=False, bold=False):
    """Return (relation, result text) for a step, result preceded by a marker."""
    q = st.res
    mark = MARK + str(st.idx) + '\x02'
    if st.divmod:
        a, b = [t.val() for t in st.expr if isinstance(t, Q)]
        qv = q.v
        r = a - qv * b
        word = o.rem_word or 'remainder'
        core = f"{int(qv)} {word} {int(r)}"
        if o.latex:
            core = f"{int(qv)}" + r"\text{ " + word + " }" + f"{int(r)}"
        rel = '='
        body = mark + (f"**{core}**" if bold else core)
        return rel, body
    if q.kind == 'clock':
        core = fmt_clock(q.v, o, q.raw)
        note = ''
        if not q.raw:
            if q.v >= 1440:
                note = ' ' + (o.nextday or '(next day)')
            elif q.v < 0:
                note = ' (previous day)'
            if note and o.latex:
                note = r' \text{' + note + '}'
        body = mark + (f"**{core}**" if bold else core) + note
        return '=', body
    core = fmt_q(q, o, bare)
    b = f"**{core}**" if bold else core
    approx = st.approx and not st.faulted
    if st.approx and st.faulted:
        approx = True
    if approx:
        mode = o.approx_mode or 'approx'
        apx = r'\approx' if o.latex else '≈'
        if mode == 'eq' or (st.faulted and mode == 'ellipsis'):
            return '=', mark + b
        if mode == 'ellipsis' and q.kind in ('money', 'num'):
            t = trunc_str(st.exact, q.dec + 2) + (r'\ldots' if o.latex else '…')
            return '=', t + ' ' + apx + ' ' + mark + b
        return apx, mark + b
    return '=', mark + b


def eq_str(st, o, bare=False, bold=False, words=False, rel_override=None, noextra=False):
    e = fmt_expr(st.expr, o, bare, words)
    rel, body = res_str(st, o, bare, bold)
    if rel_override and rel == '=':
        rel = rel_override
    s = f"{e} {rel} {body}"
    if st.extra and not noextra:
        x = st.extra(st.res)
        if x:
            s += x
    return s


def check_str(ch, o, bare=False):
    expr, exact, target = ch
    e = fmt_expr(expr, o, bare)
    like = target
    if like.kind in ('money', 'num'):
        d = like.dec
        dd = d
        while rnd(exact, dd) != exact and dd < d + 4:
            dd += 1
        if rnd(exact, dd) == exact and dd > d:
            ex = fmt_number(exact, dd, o)
            apx = r'\approx' if o.latex else '≈'
            return f"{e} = {ex} {apx} {fmt_q(target, o, bare)}"
        if rnd(exact, d) != exact:
            apx = r'\approx' if o.latex else '≈'
            return f"{e} {apx} {fmt_q(target, o, bare)}"
        return f"{e} = {fmt_q(target, o, bare)}"
    return f"{e} = {fmt_q(target, o, bare)}"


# ---------------------------------------------------------------- helpers
def dot(s):
    return s if s.endswith('.') else s + '.'


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def steps_of(items):
    return [x for k, x in items if k == 'step']


def final_sentence(sol, o, bold=False, bare=False):
    v = fmt_q(sol.final_q, o, bare)
    if sol.final_q.kind == 'clock' and sol.final_q.v >= 1440 and o.nextday_final:
        v = v + ' ' + o.nextday_final
    if bold:
        v = f"**{v}**"
    return sol.final_sent.format(v=v)


def conn(i, n, rng):
    if i == 0:
        return rng.choice(['First', 'To start', 'To begin', 'First of all'])
    if i == n - 1:
        return rng.choice(['Finally', 'Lastly', 'Last', 'Finally'])
    return rng.choice(['Next', 'Then', 'After that', 'Now', 'Next up'])


# ---------------------------------------------------------------- styles
def r_md_steps(P, sol, o, rng):
    out = [rng.choice(["Let's solve this step by step.", "Let's break this down step by step.",
                       "We'll work through this one step at a time.", "Here's how to work it out."])]
    notes = [x for k, x in sol.items if k == 'note']
    if notes and rng.random() < 0.7:
        out.append("**Given:**\n" + "\n".join("- " + n for n in notes))
    steps = steps_of(sol.items)
    for k, x in sol.items:
        if k == 'step':
            lead = ''
            if rng.random() < 0.35:
                lead = rng.choice(['We need the ', 'Compute the ', 'The ']) + x.noun + ':\n\n'
                if lead.startswith('The '):
                    lead = 'The ' + x.noun + ' is:\n\n'
            out.append(f"### Step {x.idx}: {cap(x.do)}\n\n{lead}{eq_str(x, o, bold=o.bold_res)}")
        elif k == 'check':
            out.append("**Check:** " + check_str(x, o) + " ✓")
    out.append(rng.choice(["### Final Answer", "### Answer", "## Final Answer"]) + "\n\n"
               + cap(dot(final_sentence(sol, o, bold=True))))
    return "\n\n".join(out)


def r_bold_labels(P, sol, o, rng):
    out = []
    if rng.random() < 0.6:
        out.append(rng.choice(["I'll work through this piece by piece.",
                               "Here's the calculation.", "Let me work through this.",
                               "Let's work it out."]))
    notes = [x for k, x in sol.items if k == 'note']
    if notes and rng.random() < 0.5:
        out.append(" ".join(n if n.endswith('.') else n + '.' for n in notes).replace('..', '.'))
    lines = []
    for k, x in sol.items:
        if k == 'step':
            lines.append(f"**{cap(x.noun)}:** {eq_str(x, o, bold=o.bold_res)}")
        elif k == 'check':
            lines.append(f"**Check:** {check_str(x, o)}")
    sep = "\n\n" if o.spacious else "\n"
    out.append(sep.join(lines))
    lead = rng.choice(["**Answer:** ", "So ", "**Result:** "])
    fs = final_sentence(sol, o, bold=bool(o.so))
    out.append(lead + dot(cap(fs) if lead != "So " else fs))
    return "\n\n".join(out)


def r_bullets(P, sol, o, rng):
    out = [rng.choice(["Here's the math:", "Breaking it down:", "Quick breakdown:", "Working it out:"])]
    b = o.bullet or '-'
    lines = []
    for k, x in sol.items:
        if k == 'note':
            if rng.random() < 0.5:
                lines.append(f"{b} {x}")
        elif k == 'step':
            lines.append(f"{b} {cap(x.noun)}: {eq_str(x, o)}")
        elif k == 'check':
            lines.append(f"{b} Check: {check_str(x, o)}")
    out.append("\n".join(lines))
    out.append(cap(dot(final_sentence(sol, o))))
    return "\n\n".join(out)


def r_prose(P, sol, o, rng):
    steps = steps_of(sol.items)
    n = len(steps)
    paras = []
    cur = []
    notes = [x for k, x in sol.items if k == 'note']
    if notes and rng.random() < 0.5:
        cur.append("We know that " + notes[0].rstrip('.') + ".")
    i = 0
    for k, x in sol.items:
        if k == 'step':
            words = o.words and len(x.expr) == 3 and rng.random() < 0.5
            e = eq_str(x, o, words=words)
            pat = rng.randrange(5)
            c = conn(i, n, rng)
            if pat == 0:
                s = f"{c}, {x.do}: {e}."
            elif pat == 1:
                s = f"{c}, we {x.do}: {e}."
            elif pat == 2:
                s = f"The {x.noun} is {e}."
            elif pat == 3:
                s = f"To {x.do}, {rng.choice(['compute', 'calculate', 'we compute', 'work out'])} {e}."
            else:
                s = f"{c}, we {x.do}. That gives {e}."
            if s.endswith('..'):
                s = s[:-1]
            cur.append(s)
            i += 1
            if len(cur) >= rng.choice([1, 2, 2, 3]):
                paras.append(" ".join(cur))
                cur = []
        elif k == 'check':
            cur.append("As a check, " + check_str(x, o) + ".")
    if cur:
        paras.append(" ".join(cur))
    paras.append(rng.choice(["So ", "Therefore, ", "That means ", "In total, "]) +
                 dot(final_sentence(sol, o)))
    return "\n\n".join(paras)


def r_latex(P, sol, o, rng):
    out = [rng.choice(["To solve this, we proceed step by step.",
                       "Let's work through the problem carefully.",
                       "We compute each quantity in turn."])]
    for k, x in sol.items:
        if k == 'step':
            lead = f"{x.idx}. **{cap(x.do)}:**" if o.num_lead else f"{cap(x.do)}:"
            e = eq_str(x, o, noextra=True)
            xx = x.extra(x.res) if x.extra else ''
            if o.inline:
                out.append(f"{lead} \\( {e} \\){xx}")
            else:
                out.append(f"{lead}\n\\[\n{e}\n\\]" + (f"\n\n{cap(xx.lstrip(', '))}." if xx else ''))
        elif k == 'check':
            out.append(f"Check: \\( {check_str(x, o)} \\)")
    o2 = Opt(o)
    o2.latex = False
    o2.sep = True
    fs = final_sentence(sol, o2, bare=False)
    out.append(f"Thus, {dot(fs)}\n\nThe final answer is \\(\\boxed{{{P['final']}}}\\).")
    return "\n\n".join(out)


def r_table(P, sol, o, rng):
    out = [rng.choice(["Here's the breakdown:", "Let me lay this out in a table.",
                       "Here's the full calculation:", "Breakdown of the numbers:"])]
    head = rng.choice([("#", "Item", "Calculation", "Result"),
                       ("Step", "What", "Calculation", "Result"),
                       ("Step", "Description", "Math", "Amount")])
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for k, x in sol.items:
        if k == 'step':
            e = fmt_expr(x.expr, o)
            rel, body = res_str(x, o)
            cell = body if rel == '=' and '…' not in body else (rel + ' ' + body if rel != '=' else body)
            if x.extra:
                xx = x.extra(x.res)
                if xx:
                    cell += xx
            rows.append(f"| {x.idx} | {cap(x.noun)} | {e} | {cell} |")
    out.append("\n".join(rows))
    for k, x in sol.items:
        if k == 'check':
            out.append("Check: " + check_str(x, o) + " ✓")
    out.append("**" + rng.choice(["Answer", "Bottom line", "Result"]) + ":** " +
               cap(dot(final_sentence(sol, o))))
    return "\n\n".join(out)


def r_terse(P, sol, o, rng):
    lines = []
    for k, x in sol.items:
        if k == 'step':
            pre = (cap(x.noun) + ': ') if o.labels else ''
            lines.append(pre + eq_str(x, o, bare=True))
        elif k == 'check' and rng.random() < 0.5:
            lines.append('check: ' + check_str(x, o, bare=True))
    s = "\n".join(lines)
    if o.answer_line:
        s += "\n" + "Answer: " + fmt_q(sol.final_q, o, bare=False)
    return s


def r_chatty(P, sol, o, rng):
    out = [rng.choice(["Great question! Let's figure this out together. 😊",
                       "Sure thing! Let's plan this out.",
                       "Ooh, fun trip! Let's crunch the numbers.",
                       "Happy to help with this! Here's how it works out."])]
    steps = steps_of(sol.items)
    n = len(steps)
    i = 0
    for k, x in sol.items:
        if k == 'note' and rng.random() < 0.4:
            out.append(f"Quick reminder: {x}.")
        elif k == 'step':
            e = eq_str(x, o)
            pat = rng.randrange(4)
            if i == 0:
                lead = rng.choice([f"**First**, let's {x.do}:", f"First up, we {x.do}:",
                                   f"Let's start by figuring out the {x.noun}:"])
            elif i == n - 1:
                lead = rng.choice([f"**Finally**, we {x.do}:", f"And last, let's {x.do}:",
                                   f"Last step, we {x.do}:"])
            else:
                lead = rng.choice([f"**Next**, let's {x.do}:", f"Now we {x.do}:",
                                   f"Then we {x.do}:", f"Okay, now the {x.noun}:"])
            tail = ['', '', ' 👍', ' — easy!'][pat] if i < n - 1 else ''
            out.append(f"{lead} {e}{tail}")
            i += 1
        elif k == 'check':
            out.append(f"Let's double-check: {check_str(x, o)} ✅")
    out.append(rng.choice(["So ", "That means ", "So, "]) + final_sentence(sol, o, bold=True) + "! " +
               rng.choice(["Have a wonderful trip! ✈️", "Safe travels! 🌍", "Enjoy your trip!",
                           "Hope that helps — bon voyage!"]))
    return "\n\n".join(out)


def r_numbered(P, sol, o, rng):
    out = []
    if rng.random() < 0.7:
        out.append(rng.choice(["To find the answer, we'll follow these steps:",
                               "Here's how to calculate it:", "Let's go through it:"]))
    lines = []
    for k, x in sol.items:
        if k == 'step':
            lines.append(f"{x.idx}. **{cap(x.noun)}:** {eq_str(x, o)}")
    out.append("\n".join(lines))
    for k, x in sol.items:
        if k == 'check':
            out.append("**Verification:** " + check_str(x, o))
    out.append(rng.choice(["**Answer:** ", "**Final answer:** "]) + cap(dot(final_sentence(sol, o))))
    return "\n\n".join(out)


def r_planner(P, sol, o, rng):
    out = [rng.choice(["**Trip math**", "**Breakdown**", "**Trip breakdown**", "**The numbers**"])]
    lines = []
    for k, x in sol.items:
        if k == 'note' and rng.random() < 0.6:
            lines.append(f"• {x}")
        elif k == 'step':
            lines.append(f"• {cap(x.noun)}: {eq_str(x, o, rel_override='→')}")
        elif k == 'check':
            lines.append(f"• Sanity check: {check_str(x, o)}")
    out.append("\n".join(lines))
    out.append("**" + rng.choice(["Bottom line", "Summary", "Result"]) + ":** " +
               cap(dot(final_sentence(sol, o))))
    return "\n\n".join(out)


def gsm_num(q):
    return fmt_q(q, Opt(trim_all=True, money_mode='bare', pct_frac=True), bare=True)


def r_gsm8k(P, sol, o, rng):
    lines = []
    oo = Opt(o)
    oo.update(dict(trim_all=True, money_mode='bare', pct_frac=True, mul='*', div='/',
                   minus='-', sep=False, units=False))
    for k, x in sol.items:
        if k != 'step':
            continue
        e = fmt_expr(x.expr, oo, bare=True)
        rel, body = res_str(x, oo, bare=True)
        q = x.res
        timey = q.kind in ('clock', 'dur') or any(isinstance(t, Q) and t.kind in ('clock', 'dur')
                                                  for t in x.expr)
        pre = ''
        post = ''
        if q.kind == 'money' and q.cur == 'USD':
            pre = '$'
        elif q.kind == 'money':
            post = ' ' + CUR[q.cur][3]
        elif q.kind == 'num' and q.unit:
            post = ' ' + unit_str(q.unit, Opt(long_units=True), q.v)
        if timey or x.divmod or x.approx:
            s = f"The {x.noun} is {e} {rel} {pre}{body}{post}"
        else:
            core = body.split('\x02', 1)[1]
            mark = body.split('\x02', 1)[0] + '\x02'
            s = f"The {x.noun} is {e} = {pre}<<{e.replace(' ', '')}={core}>>{mark}{core}{post}"
        if x.extra:
            xx = x.extra(x.res)
            if xx:
                s += xx
        lines.append(s + '.')
    return "\n".join(lines)


RENDER = {
    'md_steps': r_md_steps, 'bold_labels': r_bold_labels, 'bullets': r_bullets,
    'prose': r_prose, 'latex': r_latex, 'table': r_table, 'terse': r_terse,
    'chatty': r_chatty, 'numbered': r_numbered, 'planner': r_planner, 'gsm8k': r_gsm8k,
}


def style_options(style, rng, us=False):
    o = Opt()
    o.sep = True
    o.units = True
    o.money_mode = 'sym'
    o.trim = rng.random() < 0.5
    o.approx_mode = rng.choice(['approx', 'approx', 'eq', 'ellipsis'])
    o.dur_fmt = rng.randrange(4)
    o.h12 = us and rng.random() < 0.6
    o.ampm_lower = rng.random() < 0.2
    o.us_spelling = us or rng.random() < 0.4
    o.long_units = rng.random() < 0.3
    o.pct_of = rng.random() < 0.5
    o.per_word = rng.random() < 0.4
    o.nextday = rng.choice(['(next day)', 'the next day', '(+1 day)', 'next day'])
    o.nextday_final = rng.choice(['(next day)', 'the next day', '(+1)'])
    o.rem_word = rng.choice(['remainder', 'remainder', 'R'])
    o.minus_sign = '−'
    if style == 'md_steps':
        o.bold_res = rng.random() < 0.6
        o.mul = rng.choice(['×', '×', '*'])
    elif style == 'bold_labels':
        o.bold_res = rng.random() < 0.3
        o.spacious = rng.random() < 0.4
        o.so = rng.random() < 0.3
    elif style == 'bullets':
        o.mul = rng.choice(['x', '×', '*'])
        o.div = rng.choice(['/', '÷'])
        o.minus = rng.choice(['-', '−'])
        o.minus_sign = o.minus
        o.bullet = rng.choice(['-', '*', '•'])
        o.units = rng.random() < 0.6
        o.money_mode = rng.choice(['sym', 'code'])
    elif style == 'prose':
        o.words = rng.random() < 0.5
        o.div = rng.choice(['÷', '/'])
    elif style == 'latex':
        o.latex = True
        o.pct_of = False
        o.frac = rng.random() < 0.4
        o.mul = rng.choice([r'\times', r'\times', r'\cdot'])
        o.inline = rng.random() < 0.3
        o.num_lead = rng.random() < 0.5
        o.bigparen = rng.random() < 0.5
        o.units = rng.random() < 0.7
        o.h12 = False
    elif style == 'table':
        o.div = rng.choice(['÷', '/'])
    elif style == 'terse':
        o.mul = rng.choice(['*', '×', 'x'])
        o.div = rng.choice(['/', '÷'])
        o.minus = rng.choice(['-', '−'])
        o.minus_sign = o.minus
        o.sep = rng.random() < 0.5
        o.units = False
        o.money_mode = 'bare'
        o.labels = rng.random() < 0.4
        o.answer_line = rng.random() < 0.4
        o.pct_dec = rng.random() < 0.5
        o.pct_of = False
        o.trim_all = rng.random() < 0.5
    elif style == 'chatty':
        o.bold_res = False
    elif style == 'numbered':
        o.div = rng.choice(['÷', '/'])
        o.mul = rng.choice(['×', '*', '·'])
    elif style == 'planner':
        o.per_word = False
    elif style == 'gsm8k':
        o.mul = '*'
        o.div = '/'
        o.minus = '-'
        o.minus_sign = '-'
        o.h12 = False
    return o
