"""Build solution plans (computation steps plus the words around them)."""
from fractions import Fraction as Fr
from engine import C, Rf, Cx, St, fmt_prose
from numfmt import fwords, frac_str, PART, MULW, dec_str, group, terminating

NAMES_F = ['Maya', 'Priya', 'Sofia', 'Aisha', 'Emma', 'Lena', 'Chloe', 'Hana', 'Grace', 'Rosa',
           'Mei', 'Nora', 'Zoe', 'Fatima', 'Ingrid', 'Amara']
NAMES_M = ['Liam', 'Omar', 'Jake', 'Diego', 'Ethan', 'Ravi', 'Noah', 'Sam', 'Kenji', 'Marcus',
           'Tom', 'Leo', 'Ben', 'Mateo', 'Yusuf', 'Carlos']


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def pick_names(rng):
    g = rng.random() < 0.5
    n = rng.choice(NAMES_F if g else NAMES_M)
    others = [m for m in NAMES_F + NAMES_M if m != n]
    m = rng.choice(others)
    mg = m in NAMES_F
    D = dict(N=n, M=m, pro='she' if g else 'he', Pro='She' if g else 'He', pos='her' if g else 'his',
             Pos='Her' if g else 'His', obj='her' if g else 'him', self='herself' if g else 'himself',
             Mpro='she' if mg else 'he', Mpos='her' if mg else 'his')
    return D


class Plan:
    pass


# ----------------------------------------------------------------------------------------
# chain problems

def unit_info(u):
    if u == 'money':
        return 'money', None
    if u == 'int':
        return 'int', None
    return 'cnt', u[1]


def apply_op(t, c, v):
    if t == 'sub':
        return c - v
    if t == 'add':
        return c + v
    if t == 'mul':
        return c * v
    if t == 'div':
        return c / v
    if t == 'keepfrac':
        return c * (1 - v)
    if t in ('fracof', 'pctof'):
        return c * v
    if t == 'pctoff':
        return c * (1 - v)
    if t == 'pctup':
        return c * (1 + v)
    raise KeyError(t)


def ok_value(v, f):
    if v <= 0:
        return False
    if f in ('cnt', 'int'):
        return v.denominator == 1
    d = terminating(v)
    return d is not None and d <= 2


def gen_chain_params(T, rng, avoid):
    sf, _ = unit_info(T['unit'])
    xf = unit_info(T['xunit'])[0] if 'xunit' in T else sf
    for _ in range(50000):
        xs = T['x']
        if isinstance(xs, list):
            x = Fr(str(rng.choice(xs)))
        else:
            lo, hi, step = xs
            x = Fr(rng.randrange(lo, hi + 1, step))
        ps = []
        for op in T['ops']:
            t, spec = op[0], op[1]
            if t in ('sub', 'add'):
                v = rng.randint(*spec) if isinstance(spec, tuple) else rng.choice(spec)
            elif t in ('keepfrac', 'fracof'):
                v = rng.choice(spec)
            elif t in ('mul', 'div'):
                v = rng.choice(spec)
            else:
                v = Fr(rng.choice(spec), 100)
            ps.append(Fr(str(v)) if not isinstance(v, Fr) else v)
        vals = [x]
        good = ok_value(x, xf)
        c = x
        for op, v in zip(T['ops'], ps):
            c = apply_op(op[0], c, v)
            if op[0] in ('keepfrac',) and not ok_value(vals[-1] * v, sf):
                good = False
            if op[0] in ('pctoff', 'pctup') and not ok_value(vals[-1] * v, sf if sf != 'cnt' else 'cnt'):
                good = False
            vals.append(c)
            if not ok_value(c, sf):
                good = False
        if not good or vals[-1] == x:
            continue
        key = (x, tuple(ps))
        if key in avoid:
            continue
        avoid.add(key)
        return x, ps, vals
    raise RuntimeError('no params for ' + T['id'])


def pdict(T, ps, D):
    sf, noun = unit_info(T['unit'])
    out = dict(D)
    for i, (op, v) in enumerate(zip(T['ops'], ps)):
        t = op[0]
        of = op[4] if len(op) > 4 else None
        if t in ('sub', 'add') or of == 'money':
            out['a%d' % i] = fmt_prose(v, 'money' if (sf == 'money' or of == 'money') else 'int')
        if t in ('keepfrac', 'fracof'):
            out['w%d' % i] = fwords(v)
            out['f%d' % i] = frac_str(v)
        if t in ('mul', 'div'):
            out['k%d' % i] = dec_str(v)
            if v in MULW:
                out['m%d' % i] = MULW[int(v)][0]
                out['mv%d' % i] = MULW[int(v)][1]
        if t.startswith('pct'):
            out['p%d' % i] = dec_str(v * 100) + '%'
    return out


def E_next(E, letter, t, v, cfmt):
    simple = (E == letter)
    if t == 'sub':
        return '%s − %s' % (E, cfmt(v))
    if t == 'add':
        return '%s + %s' % (E, cfmt(v))
    if t == 'mul':
        return ('%s%s' if simple else '%s(%s)') % (cfmt(v), E)
    if t == 'div':
        return ('%s/%s' if simple else '(%s)/%s') % (E, cfmt(v))
    if t in ('keepfrac', 'fracof'):
        q = 1 - v if t == 'keepfrac' else v
        if q == Fr(1, 2):
            return ('%s/2' if simple else '(%s)/2') % E
        return ('(%s)%s' if simple else '(%s)(%s)') % (frac_str(q), E)
    m = {'pctoff': 1 - v, 'pctup': 1 + v, 'pctof': v}[t]
    return ('%s%s' if simple else '%s(%s)') % (dec_str(m), E)


def arrow_fwd(t, v, f):
    a = fmt_prose(v, f) if t in ('sub', 'add') else None
    return {'sub': lambda: '− ' + a, 'add': lambda: '+ ' + a, 'mul': lambda: '× ' + fmt_prose(v, 'money' if f == 'money' and v.denominator != 1 else 'int'),
            'div': lambda: '÷ ' + dec_str(v), 'keepfrac': lambda: 'keep ' + frac_str(1 - v),
            'fracof': lambda: '× ' + frac_str(v), 'pctoff': lambda: '− ' + dec_str(v * 100) + '%',
            'pctup': lambda: '+ ' + dec_str(v * 100) + '%', 'pctof': lambda: '× ' + dec_str(v * 100) + '%'}[t]()


def arrow_undo(t, v, f):
    a = fmt_prose(v, f) if t in ('sub', 'add') else None
    return {'sub': lambda: '+ ' + a, 'add': lambda: '− ' + a, 'mul': lambda: '÷ ' + fmt_prose(v, 'money' if f == 'money' and v.denominator != 1 else 'int'),
            'div': lambda: '× ' + dec_str(v), 'keepfrac': lambda: '÷ ' + frac_str(1 - v),
            'fracof': lambda: '÷ ' + frac_str(v), 'pctoff': lambda: '÷ ' + dec_str(1 - v),
            'pctup': lambda: '÷ ' + dec_str(1 + v), 'pctof': lambda: '÷ ' + dec_str(v)}[t]()


def build_chain(T, ti, qi, x, ps, vals, D, style, rng):
    sf, noun = unit_info(T['unit'])
    if 'xunit' in T:
        xf, xnoun = unit_info(T['xunit'])
    else:
        xf, xnoun = sf, noun
    PD = pdict(T, ps, D)
    R = vals[-1]
    PD['R'] = fmt_prose(R, 'money' if sf == 'money' else 'int')
    P = Plan()
    P.kind = T['id']
    P.problem = T['texts'][ti].format(**PD) + ' ' + T['qs'][qi].format(**PD)
    P.sf, P.noun, P.xf, P.xnoun = sf, noun, xf, xnoun
    ops = []
    for i, op in enumerate(T['ops']):
        ops.append(dict(t=op[0], v=ps[i], lab=op[2].format(**PD), ev=op[3].format(**PD),
                        of=(op[4] if len(op) > 4 else ('money' if sf == 'money' else 'int'))))
    st = T['st']
    end = T['end'].format(**PD)
    P.end = end
    P.given = cap(end) + '.'
    P.goal = T['goal'].format(**PD)
    P.ans = T['ans'].format(v='{R}', **PD)
    P.fwd = [cap(o['lab']) + '.' for o in ops]
    P.fwd_arrows = [arrow_fwd(o['t'], o['v'], o['of']) for o in ops]
    P.undo_arrows = [arrow_undo(o['t'], o['v'], o['of']) for o in reversed(ops)]
    algebra = (style == 'algebra')
    letter = {'money': 'x'}.get(sf, 'x')
    if T['id'].startswith('think') or T['id'] == 'frac_whole':
        letter = rng.choice(['n', 'x'])
    elif T['id'] in ('discount', 'sales_tax', 'markup', 'tip', 'discount_tax', 'double_discount',
                     'markup_sale', 'discount_coupon'):
        letter = rng.choice(['p', 'x', 'P'])
    elif T['id'] in ('commission', 'base_commission'):
        letter = rng.choice(['s', 'x', 'S'])
    elif T['id'] == 'taxi':
        letter = 'm'
    P.letter = letter
    cfmt = lambda v: dec_str(v)
    Es = [letter]
    for o in ops:
        Es.append(E_next(Es[-1], letter, o['t'], o['v'], cfmt))
    P.eq = '%s = %s' % (Es[-1], dec_str(R))
    P.Es = Es

    steps = []
    cur = C(R, sf)
    n = len(ops)
    for j in range(n - 1, -1, -1):
        o = ops[j]
        t, v = o['t'], o['v']
        lab, ev = o['lab'], o['ev']
        Lab = cap(lab)
        rf = xf if j == 0 else sf
        say_v = [('Before %s, ' % ev) + st.format(v='{R}', **PD) + '.',
                 'So ' + st.format(v='{R}', **PD) + ' before %s.' % ev,
                 'That means ' + st.format(v='{R}', **PD) + ' right before %s.' % ev]
        say = rng.choice(say_v)
        if j == 0:
            pre = rng.choice(['So ', '', 'Therefore, '])
            a = P.ans
            if pre and (a.startswith('The ') or a.startswith('There ')):
                a = a[0].lower() + a[1:]
            say = pre + a
        title_v = ['Undo “%s”' % lab, 'Before %s' % ev, 'Reversing “%s”' % lab]
        title = rng.choice(title_v)
        aE = Es[j]
        new = []
        if t == 'sub':
            why = rng.choice(['%s, so add {B} back.' % Lab, 'Since %s, add {B} back to {A}.' % lab,
                              'Undo “%s” by adding {B}.' % lab, '%s. To reverse that, add it back.' % Lab])
            new.append(St('+', cur, C(v, o['of']), rf, chain=True, title=title, why=why, say=say,
                          alg=('Add %s to both sides' % cfmt(v), aE)))
        elif t == 'add':
            why = rng.choice(['%s, so take {B} away.' % Lab, 'Since %s, subtract {B} from {A}.' % lab,
                              'Undo “%s” by subtracting {B}.' % lab])
            new.append(St('-', cur, C(v, o['of']), rf, chain=True, title=title, why=why, say=say,
                          alg=('Subtract %s from both sides' % cfmt(v), aE)))
        elif t == 'mul':
            bf = 'money' if o['of'] == 'money' and v.denominator != 1 else 'int'
            if T['id'] == 'taxi':
                bf = 'money'
            why = rng.choice(['%s, so divide by {B}.' % Lab, 'Since %s, divide {A} by {B}.' % lab,
                              'The opposite of multiplying by {B} is dividing by {B}.'])
            new.append(St('/', cur, C(v, bf), rf, chain=True, title=title, why=why, say=say,
                          alg=('Divide both sides by %s' % cfmt(v), aE)))
        elif t == 'div':
            why = rng.choice(['%s, so multiply by {B}.' % Lab, 'Since %s, multiply {A} by {B}.' % lab,
                              'The opposite of dividing by {B} is multiplying by {B}.'])
            new.append(St('*', cur, C(v, 'int'), rf, chain=True, title=title, why=why, say=say,
                          alg=('Multiply both sides by %s' % cfmt(v), aE)))
        elif t in ('keepfrac', 'fracof'):
            q = 1 - v if t == 'keepfrac' else v
            qw, qf = fwords(q), frac_str(q)
            if t == 'keepfrac':
                lead = rng.choice(['%s, so %s was left. That means {A} is %s of the amount before %s.' % (Lab, qw, qw, ev),
                                   'Since %s, the remaining {A} is %s of what there was before %s.' % (lab, qw, ev)])
            else:
                lead = rng.choice(['{A} is %s of the whole, so divide by %s.' % (qf, qf),
                                   'We know %s of the total is {A}.' % qf])
            if q == Fr(1, 2):
                meths = ['half']
            elif q.numerator == 1:
                meths = ['unit', 'div']
            else:
                meths = ['div', 'recip', 'part'] + (['pre'] if t == 'keepfrac' else [])
            if algebra:
                meths = [m for m in meths if m in ('half', 'unit', 'div', 'recip')]
            m = rng.choice(meths)
            note = ''
            if terminating(q) is None and rng.random() < 0.5:
                approx = dec_str(round(q * 100) / Fr(100), 2)
                note = '(Note: %s ≈ %s, so keep the exact fraction instead of rounding.)' % (qf, approx)
            if m == 'half':
                why = rng.choice(['%s, so {A} is the half that was left. Double it.' % Lab,
                                  'Since %s, {A} is only half of the amount before %s, so multiply by 2.' % (lab, ev)]) if t == 'keepfrac' else \
                    '{A} is half of the whole, so double it.'
                new.append(St('*', cur, C(2, 'int'), rf, chain=True, title=title, why=why, say=say,
                              alg=('Multiply both sides by 2', aE)))
            elif m == 'unit':
                pn = PART.get(q.denominator, ('part', 'parts'))[0]
                why = lead + ' So {A} is one %s; multiply by %d.' % (pn, q.denominator)
                new.append(St('*', cur, C(q.denominator, 'int'), rf, chain=True, title=title, why=why, say=say,
                              alg=('Multiply both sides by %d' % q.denominator, aE)))
            elif m in ('div', 'recip'):
                if m == 'div':
                    form = rng.choice(['plain', 'recip', 'recip', 'recip2'])
                    why = lead + ' ' + rng.choice(['Divide by %s:' % qf, 'So divide {A} by %s.' % qf, ''])
                    new.append(St('/', cur, C(q, 'frac'), rf, form=form, chain=True, title=title, why=why.strip(),
                                  say=say, note=note, alg=('Divide both sides by %s' % qf, aE)))
                else:
                    why = lead + ' Dividing by %s is the same as multiplying by %s.' % (qf, frac_str(1 / q))
                    new.append(St('*', cur, C(1 / q, 'frac'), rf, chain=True, title=title, why=why, say=say,
                                  note=note, alg=('Multiply both sides by %s' % frac_str(1 / q), aE)))
            elif m == 'part':
                pn, pp = PART.get(q.denominator, ('part', 'parts'))
                why1 = lead + ' That is %d %s, so one %s is:' % (q.numerator, pp, pn)
                new.append(St('/', cur, C(q.numerator, 'int'), rf if rf != 'int' else 'int',
                              title='Find one %s' % pn, why=why1))
                new.append(St('*', None, C(q.denominator, 'int'), rf, chain=True, title=title,
                              why='The whole amount is %d %s:' % (q.denominator, pp), say=say))
            elif m == 'pre':
                new.append(St('-', C(1, 'int'), C(v, 'frac'), 'frac', title='Fraction left',
                              why='%s, so the fraction that was left is:' % Lab))
                why2 = 'So {A} is that fraction of the amount before %s. Divide by it:' % ev
                new.append(St('/', cur, None, rf, form=rng.choice(['plain', 'recip']), chain=True, title=title,
                              why=why2, say=say, note=note))
        else:  # percents
            pw = dec_str(v * 100) + '%'
            if t == 'pctof':
                mult = v
                lead = rng.choice(['{A} is %s of the whole.' % pw, 'We know %s of the total is {A}.' % pw,
                                   '%s. So {A} is %s of the total.' % (Lab, pw)])
            else:
                mult = 1 - v if t == 'pctoff' else 1 + v
                mw = dec_str(mult * 100) + '%'
                lead = rng.choice(['%s, so {A} is %s of the amount before %s.' % (Lab, mw, ev),
                                   'Since %s, {A} is %s (that is, %s) of the amount before %s.' % (lab, mw, dec_str(mult), ev)])
            meths = ['direct', 'direct']
            if t != 'pctof':
                meths += ['compound', 'pre']
            if sf == 'money' and x.denominator == 1:
                meths.append('onepct')
            if sf == 'cnt' and t == 'pctof':
                meths.append('x100')
            if algebra:
                meths = [mm for mm in meths if mm in ('direct', 'compound')]
            m = rng.choice(meths)
            phrase = 'Divide both sides by %s' % dec_str(mult)
            if m == 'direct':
                why = lead + ' ' + rng.choice(['Divide by %s:' % dec_str(mult), 'So divide by %s.' % dec_str(mult), ''])
                new.append(St('/', cur, C(mult, 'dec'), rf, chain=True, title=title, why=why.strip(), say=say,
                              form=rng.choice(['plain', 'plain', 'pctdec']), alg=(phrase, aE)))
            elif m == 'compound':
                sgn = '-' if t == 'pctoff' else '+'
                why = '%s (%s = %s), so divide by (1 %s %s):' % (Lab, pw, dec_str(v), '−' if sgn == '-' else '+', dec_str(v))
                new.append(St('/', cur, Cx(sgn, C(1, 'int'), C(v, 'dec')), rf, form='compound', chain=True,
                              title=title, why=why, say=say, alg=(phrase, aE)))
            elif m == 'pre':
                sgn = '-' if t == 'pctoff' else '+'
                new.append(St(sgn, C(1, 'pct'), C(v, 'pct'), 'pct', title='Percent of the earlier amount',
                              why=rng.choice(['%s, so the percent that is left is:' % Lab,
                                              '%s. As a percent of the earlier amount:' % Lab]) if t == 'pctoff'
                              else '%s, so the new amount is this percent of the old one:' % Lab))
                new.append(St('/', cur, None, rf, chain=True, title=title,
                              why='So {A} is that percent of the amount before %s. Divide by the decimal:' % ev, say=say))
            elif m == 'onepct':
                mn = mult * 100
                new.append(St('/', cur, C(mn, 'int'), 'money', title='Find 1%',
                              why=lead + ' First find 1%%: divide by %s.' % dec_str(mn)))
                new.append(St('*', None, C(100, 'int'), rf, chain=True, title=title,
                              why='Then 100% is 100 times that:', say=say))
            elif m == 'x100':
                new.append(St('*', cur, C(100, 'int'), 'int', title='Scale up',
                              why=lead + ' Multiply by 100 first:'))
                new.append(St('/', None, C(v * 100, 'int'), rf, chain=True, title=title,
                              why='Then divide by %s:' % dec_str(v * 100), say=say))
        # wire references
        for s in new:
            if s.a is None:
                s.a = Rf(len(steps) - 1) if steps else cur
            if s.b is None:
                s.b = Rf(len(steps) - 1, 'dec' if s.op == '/' and steps[-1].f == 'pct' else None)
            steps.append(s)
            if s.a is cur:
                pass
        # fix: second step of two-step methods refers to the first
        cur = Rf(len(steps) - 1)
    # patch two-step a-refs (a=None already handled through order) -- verify
    P.nmain = len(steps)
    steps[-1].ans = True
    # ---- forward check ----
    cur = Rf(len(steps) - 1)
    checks = []
    for j, o in enumerate(ops):
        t, v = o['t'], o['v']
        cf = sf
        if t == 'sub':
            checks.append(St('-', cur, C(v, o['of']), cf, chain=True))
        elif t == 'add':
            checks.append(St('+', cur, C(v, o['of']), cf, chain=True))
        elif t == 'mul':
            bf = 'money' if (o['of'] == 'money' and (v.denominator != 1 or T['id'] == 'taxi')) else 'int'
            checks.append(St('*', cur, C(v, bf), cf, chain=True))
        elif t == 'div':
            checks.append(St('/', cur, C(v, 'int'), cf, chain=True))
        elif t in ('keepfrac', 'fracof'):
            q = 1 - v if t == 'keepfrac' else v
            if t == 'keepfrac' and rng.random() < 0.55:
                if v == Fr(1, 2) and rng.random() < 0.5:
                    checks.append(St('/', cur, C(2, 'int'), cf, form=rng.choice(['plain', 'halfof'])))
                else:
                    checks.append(St('*', cur, C(v, 'frac'), cf, form=rng.choice(['of', 'plain'])))
                checks.append(St('-', cur, Rf(-1), cf, chain=True))
            else:
                checks.append(St('*', cur, C(q, 'frac'), cf, form=rng.choice(['of', 'plain']), chain=True))
        elif t in ('pctoff', 'pctup'):
            if rng.random() < 0.5:
                checks.append(St('*', cur, C(v, 'pct'), cf, form=rng.choice(['of', 'plain'])))
                checks.append(St('-' if t == 'pctoff' else '+', cur, Rf(-1), cf, chain=True))
            else:
                checks.append(St('*', cur, C(1 - v if t == 'pctoff' else 1 + v, 'dec'), cf, chain=True))
        elif t == 'pctof':
            if rng.random() < 0.5:
                checks.append(St('*', cur, C(v, 'pct'), cf, form='of', chain=True))
            else:
                checks.append(St('*', cur, C(v, 'dec'), cf, chain=True))
        cur = None
    # fix two-step check: the subtraction's a must be the state before the split
    fixed = []
    state = Rf(len(steps) - 1)
    idx = len(steps)
    k = 0
    while k < len(checks):
        s = checks[k]
        s.a = state
        if not s.chain:
            nxt = checks[k + 1]
            nxt.a = state
            nxt.b = Rf(idx + k)
            state = Rf(idx + k + 1)
            k += 2
        else:
            state = Rf(idx + k)
            k += 1
    P.steps = steps + checks
    P.R = R
    P.Rtext = fmt_prose(R, sf, noun)
    P.D = PD
    P.ops = ops
    P.template_id = T['id']
    return P


# ----------------------------------------------------------------------------------------
# ages problems (custom step lists)

def gen_ages_params(T, rng, avoid):
    tid = T['id']
    for _ in range(50000):
        if tid == 'ages_future':
            k = rng.randint(2, 12); Y = rng.randint(14, 60); d = rng.randint(2, 9); m = rng.randint(2, 8)
            p = dict(k=k, Y=Y, d=d, m=m)
            ok = Y - k - d - m >= 2
        elif tid == 'ages_past_mult':
            m = rng.randint(2, 15); t = rng.randint(2, 5); then = rng.randint(2, 20)
            p = dict(m=m, t=t, D=then + m)
            ok = 18 <= (t - 1) * then <= 42 and then * t + m <= 80
        elif tid == 'ages_algebra':
            t = rng.randint(3, 5); b = rng.randint(2, 12); a = rng.randint(2, 20)
            num = a + t * b
            ok = num % (t - 1) == 0
            if ok:
                x = num // (t - 1)
                ok = x - b >= 2 and x <= 75
            p = dict(t=t, b=b, a=a)
        else:
            d = rng.randint(2, 9); k = rng.randint(2, 10); B = rng.randint(4, 40)
            p = dict(d=d, k=k, S=2 * B + d + 2 * k)
            ok = True
        if not ok:
            continue
        key = tuple(sorted(p.items()))
        if key in avoid:
            continue
        avoid.add(key)
        return p
    raise RuntimeError(tid)


def build_ages(T, ti, qi, p, D, style, rng):
    tid = T['id']
    PD = dict(D)
    PD.update({k: str(v) for k, v in p.items()})
    P = Plan()
    P.kind = tid
    P.problem = T['texts'][ti].format(**PD) + ' ' + T['qs'][qi].format(**PD)
    P.sf, P.noun, P.xf, P.xnoun = 'int', None, 'int', None
    P.fwd_arrows = None
    P.undo_arrows = None
    N, M = D['N'], D['M']
    ln, lm = N[0].lower(), M[0].lower()
    if ln == lm:
        ln, lm = 'x', 'y'
    steps = []

    def S(op, a, b, **kw):
        steps.append(St(op, a, b, 'int', **kw))
        return Rf(len(steps) - 1)

    if tid == 'ages_future':
        k, Y, d, m = p['k'], p['Y'], p['d'], p['m']
        P.given = 'In %d years %s will be %d.' % (k, N, Y)
        P.goal = "%s's age %d years ago" % (M, m)
        P.fwd = ['%s will be %d in %d years.' % (N, Y, k), '%s is %d years younger than %s.' % (M, d, N),
                 "We want %s's age %d years ago." % (M, m)]
        P.eq = '%s + %d = %d' % (ln, k, Y)
        P.letter = ln
        P.let = "Let %s be %s's age now and %s be %s's age now." % (ln, N, lm, M)
        r0 = S('-', C(Y, 'int'), C(k, 'int'), chain=True, title="%s's age now" % N,
               why=rng.choice(['%s will be %d in %d years, so today %s is %d years younger.' % (N, Y, k, D['pro'], k),
                               'Go back %d years from %d to get %s\'s current age.' % (k, Y, N)]),
               say='%s is {R} now.' % N, alg=('Subtract %d from both sides' % k, ln))
        r1 = S('-', r0, C(d, 'int'), chain=True, title="%s's age now" % M,
               why='%s is %d years younger than %s:' % (M, d, N), say='%s is {R} now.' % M,
               alg=('%s = %s − %d' % (lm, ln, d), lm))
        r2 = S('-', r1, C(m, 'int'), chain=True, title='%d years ago' % m,
               why='Now go back %d years:' % m, say='%s was {R} years old %d years ago.' % (M, m),
               alg=('%d years ago' % m, lm + ' − %d' % m), ans=True)
        P.ans = '%s was {R} years old %d years ago.' % (M, m)
        P.nmain = 3
        c0 = S('+', r2, C(m, 'int'), chain=True)
        c1 = S('+', c0, C(d, 'int'), chain=True)
        S('+', c1, C(k, 'int'), chain=True)
        P.end = '%s will be %d in %d years' % (N, Y, k)
        P.R = Fr(Y)
    elif tid == 'ages_past_mult':
        m, t, Dg = p['m'], p['t'], p['D']
        P.given = '%s\'s daughter is %d now.' % (N, Dg)
        P.goal = "%s's age now" % N
        P.fwd = ["The daughter is %d now." % Dg, '%d years ago %s was %d times as old as the daughter.' % (m, N, t)]
        P.letter = ln
        P.eq = '%s − %d = %d(%d − %d)' % (ln, m, t, Dg, m)
        P.let = "Let %s be %s's age now." % (ln, N)
        r0 = S('-', C(Dg, 'int'), C(m, 'int'), chain=True, title="The daughter's age %d years ago" % m,
               why=rng.choice(['%d years ago the daughter was %d years younger than she is now:' % (m, m),
                               'First find how old the daughter was back then.']),
               say='The daughter was {R} then.', alg=('Daughter then', 'd'))
        r1 = S('*', r0, C(t, 'int'), chain=True, title="%s's age %d years ago" % (N, m),
               why='%s was %d times as old back then:' % (N, t), say='%s was {R} then.' % N,
               alg=('%s then' % N, ln + ' − %d' % m))
        S('+', r1, C(m, 'int'), chain=True, title='Come forward to today', why='Add the %d years back on:' % m,
          say='%s is {R} years old now.' % N, alg=('Add %d to both sides' % m, ln), ans=True)
        P.ans = '%s is {R} years old now.' % N
        P.nmain = 3
        c0 = S('-', Rf(2), C(m, 'int'), chain=True)
        S('/', c0, C(t, 'int'), chain=True)
        P.end = "the daughter was %d back then" % (Dg - m)
        P.R = None
    elif tid == 'ages_algebra':
        t, b, a = p['t'], p['b'], p['a']
        x = (a + t * b) // (t - 1)
        P.given = 'In %d years %s will be %d times the age %s was %d years ago.' % (a, N, t, D['pro'], b)
        P.goal = "%s's age now" % N
        P.fwd = ['Age in %d years: %s + %d.' % (a, 'x', a), 'Age %d years ago: x − %d.' % (b, b),
                 'The first is %d times the second.' % t]
        P.letter = 'x'
        P.eq = 'x + %d = %d(x − %d)' % (a, t, b)
        P.let = "Let x be %s's age now." % N
        r0 = S('*', C(t, 'int'), C(b, 'int'), title='Expand the bracket',
               why='Write the equation x + %d = %d(x − %d) and expand the right side, %d(x − %d) = %dx − %d·%d, where:' % (a, t, b, t, b, t, t, b),
               say='So x + %d = %dx − {R}.' % (a, t), alg=None)
        r1 = S('+', C(a, 'int'), r0, title='Collect the numbers',
               why='Add {B} to both sides and subtract x from both sides:', say='That gives {R} = %dx − x.' % t)
        r2 = S('-', C(t, 'int'), C(1, 'int'), title='Collect the x terms', why='On the right, %dx − x leaves:' % t,
               say='So {R}x = {V1}.')
        S('/', r1, r2, chain=True, title='Solve for x', why='Divide both sides by {B}:',
          say='%s is {R} years old now.' % N, alg=('Divide both sides by {B}', 'x'), ans=True)
        P.ans = '%s is {R} years old now.' % N
        P.nmain = 4
        S('+', Rf(3), C(a, 'int'))
        c1 = S('-', Rf(3), C(b, 'int'))
        S('*', c1, C(t, 'int'))
        P.end = 'both sides of the equation give the same age'
        P.R = None
    else:
        d, k, Ssum = p['d'], p['k'], p['S']
        P.given = 'In %d years the sum of their ages will be %d.' % (k, Ssum)
        P.goal = "%s's age now" % N
        P.fwd = ['%s is %d years older than %s.' % (N, d, M), 'In %d years, both are %d years older.' % (k, k),
                 'The sum then is %d.' % Ssum]
        P.letter = lm
        P.eq = '(%s + %d) + (%s + %d) + (%s + %d) = %d' % (lm, d, lm, k, lm, k, Ssum)
        P.let = "Let %s be %s's age now, so %s is %s + %d." % (lm, M, N, lm, d)
        r0 = S('*', C(k, 'int'), C(2, 'int'), title='Years added to the sum',
               why='In %d years each of them is %d years older, so the sum grows by:' % (k, k),
               say='The sum grows by {R} years.')
        r1 = S('-', C(Ssum, 'int'), r0, chain=True, title='Sum of their ages now', why='Take that off the future sum:',
               say='Right now their ages add up to {R}.', alg=('Sum now', '2%s + %d' % (lm, d)))
        r2 = S('-', r1, C(d, 'int'), chain=True, title='Remove the age gap',
               why='%s is %d years older, so take away the %d-year gap:' % (N, d, d), say='That is twice %s\'s age.' % M,
               alg=('Subtract %d from both sides' % d, '2' + lm))
        r3 = S('/', r2, C(2, 'int'), chain=True, title="%s's age" % M, why='Split it in half:',
               say='%s is {R}.' % M, alg=('Divide both sides by 2', lm))
        S('+', r3, C(d, 'int'), chain=True, title="%s's age" % N, why='%s is %d years older:' % (N, d),
          say='%s is {R} years old now.' % N, alg=('%s is %d years older' % (N, d), lm + ' + %d' % d), ans=True)
        P.ans = '%s is {R} years old now.' % N
        P.nmain = 5
        c0 = S('+', Rf(4), C(k, 'int'))
        c1 = S('+', Rf(3), C(k, 'int'))
        S('+', c0, c1)
        P.end = 'the sum is %d' % Ssum
        P.R = Fr(Ssum)
    P.steps = steps
    P.Rtext = None
    P.D = PD
    P.template_id = tid
    P.Es = None
    return P
