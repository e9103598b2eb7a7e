"""Writing styles for solutions (teaching material / human-like writing).

Each style has a setup(ctx, P) function.  setup makes every random choice up
front with the picker P (never depending on numbers) and returns a Renderer.
Renderer.render(ov, rv) turns operand values ov and result values rv into a
Layout: intro lines, one line group per step (with the index of the line that
holds the step's result), separator lines between groups, and outro lines.
A step's result value is written only on its value line.
"""
from core import dec_str, money_str, plain_str, operand_value, F


class Picker(object):
    def __init__(self, rng):
        self.r = rng

    def __call__(self, seq):
        return self.r.choice(list(seq))

    def chance(self, p):
        return self.r.random() < p


class Layout(object):
    def __init__(self, intro, groups, sep, outro):
        self.intro = intro
        self.groups = groups      # list of (lines, value_index)
        self.sep = sep
        self.outro = outro

    def lines(self):
        out = list(self.intro)
        starts = []
        for i, (g, _) in enumerate(self.groups):
            if i:
                out += self.sep
            starts.append(len(out))
            out += g
        out += self.outro
        return out, starts


class Fmt(object):
    def __init__(self, money='cents', words=False, mul='×', div='÷', sub='−', tight=False):
        self.money = money
        self.words = words
        self.mul = mul
        self.div = div
        self.sub = sub
        self.tight = tight

    def sym(self, op):
        return {'+': '+', '-': self.sub, '*': self.mul, '/': self.div}[op]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def fnum(v, kind, fm, annot=None, units=False, listing=False):
    if kind == 'money':
        m = money_str(v, fm.money)
        if fm.words:
            s = m + (' dollar' if m == '1' else ' dollars')
        else:
            s = '$' + m
    elif kind == 'pct':
        s = dec_str(v) + (' percent' if fm.words else '%')
    elif kind == 'frac':
        s = '%d/%d' % (v.numerator, v.denominator)
    else:
        s = dec_str(v)
    if units and annot and kind not in ('pct', 'frac'):
        # money annotations inside a computation only when they read as a phrase
        # ("$2.50 per notebook", "$25 for decorations"); lists show them all
        if kind != 'money' or annot.split()[0] in MONEY_WORD_OK or (listing and not fm.words):
            s += ' ' + annot
    return s


# after "12 dollars" only annotations that read naturally are kept
MONEY_WORD_OK = {'per', 'for', 'on', 'in', 'each', 'a', 'an', 'saved', 'collected',
                 'off', 'spent', 'to'}


class Ctx(object):
    """Problem-level information a style may use (no numbers)."""
    def __init__(self, tpl):
        self.tpl = tpl
        self.steps = tpl.steps
        self.n = len(tpl.steps)
        self.final = tpl.steps[-1]

    def okind(self, o):
        if o.ref:
            if o.ref in self.tpl.stepmap:
                st = self.tpl.stepmap[o.ref]
                return st.kind, (None if st.kind == 'money' else st.unit)
            v = self.tpl.varmap[o.ref]
            return v.kind, v.annot
        return o.kind, o.annot


def opnd(ctx, o, vals, fm, units):
    kind, annot = ctx.okind(o)
    return fnum(operand_value(o, vals), kind, fm, annot, units)


def res(st, v, fm, units=False):
    return fnum(v, st.kind, fm, None if st.kind == 'money' else st.unit, units)


def say(st, v, fm):
    return st.say.replace('{R}', res(st, v, fm))


def pct_dec(p):
    s = dec_str(F(p) / 100)
    if len(s.split('.')[1]) < 2:
        s += '0'
    return s


WORD_OP = {'+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by'}


def calc(ctx, st, ov, rv, fm, form='sym', units=False, swap=False, eq='=',
         var=0, opword=None, conn='and get'):
    """One written computation for step st."""
    a = opnd(ctx, st.a, ov, fm, units)
    b = opnd(ctx, st.b, ov, fm, units)
    r = res(st, rv[st.name], fm, units)
    op = st.op
    sp = '' if fm.tight else ' '
    eqs = eq if form != 'sym' else ('=' if fm.tight else eq)
    if op == 'pct':
        p = operand_value(st.b, ov)
        if form == 'sym' and var == 1:
            return '%s%s%s%s%s %s %s' % (a, sp, fm.mul, sp, pct_dec(p), eqs, r) if not fm.tight \
                else '%s%s%s%s%s' % (a, fm.mul, pct_dec(p), eqs, r)
        ptxt = fnum(p, 'pct', fm)
        if fm.tight:
            return '%s of %s%s%s' % (ptxt, a, eqs, r)
        return '%s of %s %s %s' % (ptxt, a, eqs, r)
    if op == 'of':
        f = operand_value(st.a, ov)
        n, d = f.numerator, f.denominator
        if form == 'sym' and var == 1:
            core = '%s %s %d/%d' % (b, fm.mul, n, d)
        elif form == 'sym' and var == 2:
            core = '%s %s %d' % (b, fm.div, d) if n == 1 else \
                '%s %s %d %s %d' % (b, fm.div, d, fm.mul, n)
        else:
            core = '%d/%d of %s' % (n, d, b)
        if fm.tight:
            return '%s%s%s' % (core.replace(' %s ' % fm.mul, fm.mul).replace(' %s ' % fm.div, fm.div), eqs, r)
        return '%s %s %s' % (core, eqs, r)
    if op in '+*' and swap:
        a, b = b, a
    if form == 'sym':
        s = fm.sym(op)
        if fm.tight:
            return '%s%s%s%s%s' % (a, s, b, eqs, r)
        return '%s %s %s %s %s' % (a, s, b, eqs, r)
    if form == 'word':
        w = (opword or WORD_OP).get(op, WORD_OP[op]) if isinstance(opword, dict) else WORD_OP[op]
        return '%s %s %s %s %s' % (a, w, b, eq, r)
    if form == 'verb':
        if op == '+':
            return 'add %s and %s %s %s' % (a, b, conn, r)
        if op == '-':
            return 'subtract %s from %s %s %s' % (b, a, conn, r)
        if op == '*':
            return 'multiply %s by %s %s %s' % (a, b, conn, r)
        return 'divide %s by %s %s %s' % (a, b, conn, r)
    raise ValueError(form)


def chain(ctx, st, ov, rv, fm, units=False):
    """Exact work as a chain of equalities (tens-and-ones splits, fraction steps)."""
    op = st.op
    ka, _ = ctx.okind(st.a)
    kb, _ = ctx.okind(st.b)
    a = operand_value(st.a, ov)
    b = operand_value(st.b, ov)
    r = res(st, rv[st.name], fm)
    M, D, S = fm.mul, fm.div, fm.sub

    def ok_split(x):
        return x.denominator == 1 and x >= 11 and x % 10 != 0

    if op == '*' and ka == 'count' and kb == 'count':
        big = small = None
        if ok_split(b) and a <= 12:
            small, big = a, b
        elif ok_split(a) and b <= 12:
            small, big = b, a
        if big is not None:
            t, o = big - big % 10, big % 10
            return '%s %s %s = %s %s %s + %s %s %s = %s + %s = %s' % (
                dec_str(small), M, dec_str(big), dec_str(small), M, dec_str(t),
                dec_str(small), M, dec_str(o), dec_str(small * t), dec_str(small * o), r)
    if op == '-' and ka == 'count' and kb == 'count' and ok_split(b):
        t, o = b - b % 10, b % 10
        return '%s %s %s = %s %s %s %s %s = %s %s %s = %s' % (
            dec_str(a), S, dec_str(b), dec_str(a), S, dec_str(t), S, dec_str(o),
            dec_str(a - t), S, dec_str(o), r)
    if op == '+' and ka == 'count' and kb == 'count' and ok_split(b):
        t, o = b - b % 10, b % 10
        return '%s + %s = %s + %s + %s = %s + %s = %s' % (
            dec_str(a), dec_str(b), dec_str(a), dec_str(t), dec_str(o),
            dec_str(a + t), dec_str(o), r)
    if op == 'pct':
        base = fnum(a, ka, fm)
        return '%s%% of %s = %s %s %s = %s' % (dec_str(b), base, pct_dec(b), M, base, r)
    if op == 'of':
        n, d = a.numerator, a.denominator
        base = fnum(b, kb, fm)
        if n == 1:
            return '%d/%d of %s = %s %s %d = %s' % (n, d, base, base, D, d, r)
        q = b / d
        qok = (kb == 'money' and (q * 100).denominator == 1) or q.denominator == 1
        if qok:
            return '%d/%d of %s = %s %s %d %s %d = %s %s %d = %s' % (
                n, d, base, base, D, d, M, n, fnum(q, kb, fm), M, n, r)
        return '%d/%d of %s = %s %s %d %s %d = %s %s %d = %s' % (
            n, d, base, base, M, n, D, d, fnum(b * n, kb, fm), D, d, r)
    return calc(ctx, st, ov, rv, fm, 'sym', units)


class Renderer(object):
    def __init__(self, fm, fn):
        self.fm = fm
        self.fn = fn

    def render(self, ov, rv):
        return self.fn(ov, rv)

    def plain(self, v, kind):
        return plain_str(v, kind, self.fm.money)


STOP = {'of', 'for', 'in', 'on', 'from', 'to', 'at', 'with', 'that', 'left', 'not', 'she',
        'he', 'they', 'it', 'we', 'you', 'the', 'each', 'after', 'so', 'before', 'sold', 'so'}
NOT_PLURAL = {'gas', 'bus', 'plus', 'bonus', 'this', 'class'}


def plural_goal(goal):
    w = goal.split()
    k = 1 if w[0] in ('the', 'each') else 0
    if "'s" in w[0]:
        k = 1
    head = None
    for x in w[k:]:
        if x in STOP or x[:1].isupper():
            break
        if x.endswith('ed') and head is not None:
            break
        head = x
    return bool(head) and head.endswith('s') and not head.endswith('ss') and head not in NOT_PLURAL


def goal_q(goal):
    w = goal.split()
    if w[0] in ('how', 'what', 'which'):
        return 'Can you work out %s?' % goal
    return '%s %s?' % ('What are' if plural_goal(goal) else 'What is', goal)


def label(goal):
    g = goal[4:] if goal.startswith('the ') else goal
    return cap(g)


def ordinals(P, n):
    out = []
    for i in range(n):
        if i == 0:
            out.append('First')
        elif i == n - 1:
            out.append('Finally' if n > 2 else P(['Then', 'Next']))
        else:
            out.append(P(['Next', 'Then', 'After that']))
    return out


OP_NAME = {'+': 'addition', '-': 'subtraction', '*': 'multiplication',
           '/': 'division', 'pct': 'a percent of an amount', 'of': 'a fraction of an amount'}
OP_VERB = {'+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide',
           'pct': 'find the percent', 'of': 'find the fraction'}
NUM_WORD = {2: 'two', 3: 'three', 4: 'four', 5: 'five'}


def final_parts(ctx, rv, fm):
    st = ctx.final
    v = rv[st.name]
    return res(st, v, fm), res(st, v, fm, True), say(st, v, fm)


def money_mode(P):
    return P(['cents', 'cents', 'trim'])


# ======================================================================
# 1. answer_key
def s_answer_key(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', 'x', '*']), div=P(['÷', '÷', '/']),
             sub=P(['−', '-', '-']))
    numbering = P(['none', 'none', 'paren', 'dot', 'step'])
    use_label = P.chance(0.35)
    res_units = P.chance(0.35)
    header = P(['', '', '', 'Solution:', 'Answer key:', 'Work:'])
    final = P(['Answer: {F}', 'Ans: {F}', 'Final answer: {F}', 'Answer: {FU}', 'Answer: {FU}'])
    swaps = [P.chance(0.3) for _ in ctx.steps]
    forms = [P([0, 0, 1, 2]) for _ in ctx.steps]

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym', units=False, swap=swaps[i], var=forms[i])
            if res_units and st.kind != 'money':
                c += ' ' + st.unit
            if use_label:
                c = '%s: %s' % (label(st.goal), c)
            pre = {'none': '', 'paren': '%d) ' % (i + 1), 'dot': '%d. ' % (i + 1),
                   'step': 'Step %d: ' % (i + 1)}[numbering]
            groups.append(([pre + c], 0))
        Fv, FU, _ = final_parts(ctx, rv, fm)
        return Layout([header] if header else [], groups, [],
                      [final.replace('{FU}', FU).replace('{F}', Fv)])
    return Renderer(fm, fn)


# 2. textbook_worked
def s_textbook(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', '·']), div=P(['÷', '÷', '/']))
    header = P(['Solution', 'Solution:', 'Worked solution:', 'Solution.', 'Worked example'])
    hstyle = P(['step_colon', 'step_dot', 'ordinal'])
    hverb = P(['Find', 'Work out', 'Calculate'])
    units = P.chance(0.4)
    vstyle = [P(['calc', 'calc_so', 'calc_so']) for _ in ctx.steps]
    swaps = [P.chance(0.3) for _ in ctx.steps]
    forms = [P([0, 1, 2]) for _ in ctx.steps]
    blank = P.chance(0.6)
    ords = ordinals(P, ctx.n)
    outro = P(['Therefore, {say}.', 'So {say}.', 'Answer: {FU}', 'The answer is {FU}.'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            if hstyle == 'step_colon':
                h = 'Step %d: %s %s.' % (i + 1, hverb, st.goal)
            elif hstyle == 'step_dot':
                h = 'Step %d. %s %s.' % (i + 1, hverb, st.goal)
            else:
                h = '%s, %s %s.' % (ords[i], hverb.lower(), st.goal)
            if vstyle[i] == 'calc' or i == ctx.n - 1:
                v = calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i], var=forms[i])
            else:
                v = calc(ctx, st, ov, rv, fm, 'sym', units=False, swap=swaps[i], var=forms[i])
                v += ', so %s.' % say(st, rv[st.name], fm)
            groups.append(([h, v], 1))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        out = ([''] if blank else []) + [outro.replace('{say}', sy).replace('{FU}', FU)]
        return Layout([header], groups, [''] if blank else [], out)
    return Renderer(fm, fn)


# 3. forum_answer
def s_forum(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['*', 'x', '×', '*']), div=P(['/', '/', '÷']),
             sub=P(['-', '-', '−']))
    opener = P(['', 'Hi!', 'Hey there!', 'Okay so you just have to go one step at a time.',
                'Good question, this one is easier if you split it up.',
                "Here's how I would do it:", 'You need to break this into parts.'])
    units = P.chance(0.3)
    forms = [P(['find', 'verb', 'need']) for _ in ctx.steps]
    conns = []
    for i in range(ctx.n):
        if i == 0:
            conns.append(P(['First', 'First', 'Start by', 'Okay, first']))
        elif i == ctx.n - 1:
            conns.append(P(['Then', 'Finally', 'Last,']))
        else:
            conns.append(P(['Then', 'Next', 'After that']))
    swaps = [P.chance(0.35) for _ in ctx.steps]
    pvar = [P([0, 1]) for _ in ctx.steps]
    closer = P(['So the answer is {FU}.', 'So the answer is {FU}. Hope this helps!',
                '**Answer: {F}**', 'So {say}. Hope that helps :)',
                'So {say}. Let me know if any step is confusing.', 'Answer = {FU}'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i], var=pvar[i])
            conn = conns[i]
            if conn == 'Start by':
                line = 'Start by finding %s: %s' % (st.goal, c)
            elif forms[i] == 'find':
                line = '%s find %s: %s' % (conn, st.goal, c)
            elif forms[i] == 'verb':
                line = '%s %s to get %s: %s' % (conn, OP_VERB[st.op], st.goal, c)
            else:
                line = '%s you need %s, so %s' % (conn, st.goal, c)
            groups.append(([line], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        cl = closer.replace('{FU}', FU).replace('{F}', Fv).replace('{say}', sy)
        return Layout([opener] if opener else [], groups, [], [cl])
    return Renderer(fm, fn)


# 4. tutor_child
HINTS = {
    '*': ['We have equal groups, so we can multiply.', 'This is a job for multiplying.',
          'Equal groups means multiplication.'],
    '+': ["We're putting amounts together, so we add.", "Let's add them up.",
          'Putting together means adding.'],
    '-': ["This time we subtract.", "Let's subtract to find out.",
          'We need the difference, so we subtract.'],
    '/': ["We're splitting into equal parts, so we divide.", 'This is a sharing job, so we divide.',
          "Let's divide to find out."],
    'pct': ['A percent means out of one hundred.', 'We need to find a percent of the amount.'],
    'of': ['A fraction of a number means equal parts of it.',
           'We need to find a fraction of the amount.'],
}


def s_tutor(ctx, P):
    fm = Fmt(money=money_mode(P))
    opener = P(["Let's work through this one together!", "Okay, let's take this one step at a time.",
                "Good job reading the problem! Now let's solve it.", "Let's figure this out together.",
                "You can do this! Let's go slowly."])
    ords = ordinals(P, ctx.n)
    hint = [P.chance(0.6) for _ in ctx.steps]
    hints = [P(HINTS[st.op]) for st in ctx.steps]
    lead = [P(["let's find", 'we need to know', "let's work out"]) for _ in ctx.steps]
    vform = [P(['word', 'word_so', 'sym_so']) for _ in ctx.steps]
    eqw = [P(['is', 'is', 'equals', 'makes']) for _ in ctx.steps]
    swaps = [P.chance(0.3) for _ in ctx.steps]
    blank = P.chance(0.5)
    outro = P(['So {say}. Great job!', 'That means {say}. You did it!',
               'So {say}. Nice work sticking with it!', 'So the answer is {FU}. Great thinking!'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            h = '%s, %s %s.' % (ords[i], lead[i], st.goal)
            if hint[i]:
                h += ' ' + hints[i]
            e = eqw[i] if st.op in '+*' or eqw[i] != 'makes' else 'is'
            vf = vform[i]
            if i == ctx.n - 1 and '{say}' in outro and vf != 'word':
                vf = 'word'
            if vf == 'sym_so':
                v = calc(ctx, st, ov, rv, fm, 'sym', swap=swaps[i]) + ', so %s.' % say(st, rv[st.name], fm)
            else:
                v = calc(ctx, st, ov, rv, fm, 'word', swap=swaps[i], eq=e)
                if vf == 'word_so':
                    v += ', so %s.' % say(st, rv[st.name], fm)
                else:
                    v = cap(v) + '.'
            groups.append(([h, cap(v)], 1))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        out = ([''] if blank else []) + [outro.replace('{say}', sy).replace('{FU}', FU)]
        return Layout([opener], groups, [''] if blank else [], out)
    return Renderer(fm, fn)


# 5. sentence_prose
def s_prose(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', 'x']))
    opener = P(['We want to find {q}.', 'The question asks for {q}.', '', 'We need {q}.'])
    word = P.chance(0.4)
    pats = [P(['to_find', 'since', 'because', 'ord']) for _ in ctx.steps]
    ords = ordinals(P, ctx.n)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    eqw = P(['is', 'equals'])
    outro = P(['So the answer is {FU}.', 'Therefore, the answer is {FU}.', 'The answer is {F}.',
               'That means the answer is {FU}.'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'word' if word else 'sym', swap=swaps[i], eq=eqw if word else '=')
            sy = say(st, rv[st.name], fm)
            p = pats[i]
            if p == 'to_find':
                line = 'To find %s, we work out %s.' % (st.goal, c)
            elif p == 'since':
                line = 'Since %s, %s.' % (c, sy)
            elif p == 'because':
                line = '%s, because %s.' % (cap(sy), c)
            else:
                line = '%s, %s, so %s.' % (ords[i], c, sy)
            groups.append(([line], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        intro = [opener.replace('{q}', ctx.final.goal)] if opener else []
        return Layout(intro, groups, [], [outro.replace('{FU}', FU).replace('{F}', Fv)])
    return Renderer(fm, fn)


# 6. units_in_words
def s_units_words(ctx, P):
    fm = Fmt(money=P(['trim', 'cents']), words=True)
    opener = P(['', '', 'Solution (keeping the units in every step):', 'Write the units with every number.'])
    head = P(['step', 'step', 'ordinal'])
    mulw = P(['times', 'multiplied by'])
    subw = P(['minus', 'take away'])
    eq = P(['equals', 'is', 'equals'])
    swaps = [P.chance(0.3) for _ in ctx.steps]
    ords = ordinals(P, ctx.n)
    outro = P(['Answer: {FU}.', 'The answer is {FU}.', 'So the final answer is {FU}.'])

    def fn(ov, rv):
        groups = []
        words = {'+': 'plus', '-': subw, '*': mulw, '/': 'divided by'}
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'word', units=True, swap=swaps[i], eq=eq, opword=words)
            if head == 'step':
                line = 'Step %d: %s.' % (i + 1, c)
            else:
                line = '%s, %s.' % (ords[i], c)
            groups.append(([line], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        FU = res(ctx.final, rv[ctx.final.name], fm, True)
        return Layout([opener] if opener else [], groups, [], [outro.replace('{FU}', FU)])
    return Renderer(fm, fn)


# 7. teacher_notes
MISC = ['Watch for students who stop after the first step.',
        'Encourage students to label each number with its unit.',
        'A quick sketch or bar model helps here.',
        'Ask students to say what each number means before they compute.',
        '']


def s_teacher(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', 'x']))
    header = P(["Teacher's notes", 'Notes for the teacher:', 'Teaching notes:', 'Teacher notes:'])
    bullet = P(['• ', '- ', '• '])
    bform = P(['students', 'label'])
    units = P.chance(0.3)
    ords = ordinals(P, ctx.n)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    forms = [P([0, 1, 2]) for _ in ctx.steps]
    note = P(MISC)
    ansf = P(['Answer: {FU}', 'Answer: {FU}.', 'Expected answer: {FU}'])

    def fn(ov, rv):
        runs = []
        for st in ctx.steps:
            if runs and runs[-1][0] == OP_NAME[st.op]:
                runs[-1][1] += 1
            else:
                runs.append([OP_NAME[st.op], 1])
        if len(runs) == 1:
            uses = '%s in every step' % runs[0][0]
        else:
            uses = ', then '.join(name + {1: '', 2: ' twice', 3: ' three times', 4: ' four times'}[c]
                                  for name, c in runs)
        intro = [header, 'This is a %s-step problem. It uses %s.' % (NUM_WORD[ctx.n], uses)]
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i], var=forms[i])
            if bform == 'students':
                line = '%s%s, students find %s: %s.' % (bullet, ords[i], st.goal, c)
            else:
                line = '%s%s: %s' % (bullet, label(st.goal), c)
            groups.append(([line], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        out = [ansf.replace('{FU}', FU)]
        if note:
            out.append(note)
        return Layout(intro, groups, [], out)
    return Renderer(fm, fn)


# 8. know_need_work
def s_know_need(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', 'x']))
    kl = P(['What I know:', 'I know:', 'Given:'])
    nl = P(['What I need to find:', 'I need to find:', 'Find:'])
    wl = P(['My work:', 'Work:', 'Solve:'])
    al = P(['Answer:', 'My answer:'])
    bullets = P.chance(0.4)
    plan = P.chance(0.5)
    units = P.chance(0.4)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    astyle = P(['say', 'fu'])

    def fn(ov, rv):
        tpl = ctx.tpl
        givens = []
        for name in tpl.used_vars():
            v = tpl.varmap[name]
            x = ov[name]
            s = fnum(x, v.kind, fm, v.annot, True, listing=True)
            if v.kind in ('pct', 'frac') and v.annot:
                s += ' ' + v.annot
            givens.append(s)
        intro = []
        if bullets:
            intro.append(kl)
            intro += ['- ' + g for g in givens]
        else:
            intro.append('%s %s' % (kl, ', '.join(givens)))
        intro.append('%s %s' % (nl, ctx.final.goal))
        if plan:
            verbs = [OP_VERB[st.op] for st in ctx.steps]
            intro.append('My plan: %s.' % cap(', then '.join(verbs)))
        intro.append(wl)
        groups = []
        for i, st in enumerate(ctx.steps):
            groups.append(([calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i])], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        a = '%s %s.' % (al, cap(sy)) if astyle == 'say' else '%s %s' % (al, FU)
        return Layout(intro, groups, [], [a])
    return Renderer(fm, fn)


# 9. lesson_script
def s_lesson(ctx, P):
    fm = Fmt(money=money_mode(P))
    opener = P(["Okay, everyone, let's look at this one together.", 'Alright, class, eyes up here.',
                "Let's try this problem as a class.", 'Okay, friends, pencils down and watch me.'])
    qf = [P(['q', 'we_need']) for _ in ctx.steps]
    conn = P(['and get', 'to get', 'and we get'])
    swaps = [P.chance(0.3) for _ in ctx.steps]
    two_lines = P.chance(0.6)
    ordl = []
    for i in range(ctx.n):
        ordl.append('first' if i == 0 else ('last' if i == ctx.n - 1 else P(['next', 'after that'])))
    closer = P([' Does that make sense?', ' Any questions?', '', ' Thumbs up if you got the same thing.'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            if qf[i] == 'q':
                h = 'What do we find %s? %s.' % (ordl[i], cap(st.goal))
            else:
                h = 'What do we need %s? We need %s.' % (ordl[i], st.goal)
            if st.op in ('pct', 'of'):
                v = 'So %s.' % calc(ctx, st, ov, rv, fm, 'word', eq='is')
            else:
                v = 'So we %s.' % calc(ctx, st, ov, rv, fm, 'verb', swap=swaps[i], conn=conn)
            if two_lines:
                groups.append(([h, v], 1))
            else:
                groups.append((['%s %s' % (h, v)], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        return Layout([opener], groups, [], ['So our answer is %s.%s' % (FU, closer)])
    return Renderer(fm, fn)


# 10. kid_homework
def s_kid(ctx, P):
    fm = Fmt(money=P(['trim', 'trim', 'cents']), mul=P(['x', 'x', '*']), div=P(['/', '÷']),
             sub='-', tight=P.chance(0.5))
    res_units = P.chance(0.4)
    final = P(['ans: {FU}', 'answer = {FU}', '{say}', 'answer: {FU}', '{F} {U}'])

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym')
            if res_units and st.kind != 'money':
                c += ' ' + st.unit
            groups.append(([c], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        U = '' if ctx.final.kind == 'money' else ctx.final.unit
        f = final.replace('{FU}', FU).replace('{say}', sy).replace('{F}', Fv).replace('{U}', U)
        return Layout([], groups, [], [f.strip().lower()])
    return Renderer(fm, fn)


# 11. qa_dialogue
KIDS = ['Sam', 'Maya', 'Leo', 'Ava', 'Noah', 'Zoe', 'Eli', 'Ruby']


def s_qa(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', 'x']))
    flavor = P(['qa', 'qa', 'tutor'])
    kid = P(KIDS)
    units = P.chance(0.5)
    word = P.chance(0.3)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    nxt = [P(['', '', 'Next, ', 'Okay. ', 'Good. Now ']) for _ in ctx.steps]
    blank = P.chance(0.3)

    def fn(ov, rv):
        ql, al = ('Q:', 'A:') if flavor == 'qa' else ('Tutor:', kid + ':')
        groups = []
        for i, st in enumerate(ctx.steps):
            q = goal_q(st.goal)
            if i and nxt[i]:
                q = nxt[i] + (q if nxt[i].endswith('. ') else q[0].lower() + q[1:])
            q = '%s %s' % (ql, q)
            if word:
                c = calc(ctx, st, ov, rv, fm, 'word', units=False, swap=swaps[i], eq='is')
            else:
                c = calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i])
            groups.append(([q, '%s %s.' % (al, cap(c))], 1))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        if flavor == 'qa':
            out = ['Final answer: %s' % FU]
        else:
            out = ['Tutor: So what is the answer to the question?', '%s %s.' % (al, cap(sy))]
        return Layout([], groups, [''] if blank else [], ([''] if blank else []) + out)
    return Renderer(fm, fn)


# 12. sg_working
def s_sg(ctx, P):
    fm = Fmt(money=P(['trim', 'cents']), mul='×', div='÷', sub='−')
    head = P(['', '', 'Working:'])
    brackets = P.chance(0.8)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    forms = [P([0, 2]) for _ in ctx.steps]
    statement = P.chance(0.6)

    def fn(ov, rv):
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym', swap=swaps[i], var=forms[i])
            if st.kind != 'money':
                c += (' (%s)' % st.unit) if brackets else (' ' + st.unit)
            groups.append(([c], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        out = (['%s.' % cap(sy)] if statement else []) + ['Ans: %s' % FU]
        return Layout([head] if head else [], groups, [], out)
    return Renderer(fm, fn)


# 13. exact_chains
def s_chains(ctx, P):
    fm = Fmt(money='cents', mul=P(['×', '×', '·']), div='÷', sub='−')
    intro = P(['', 'Exact working, one step at a time:', 'Work it out exactly (no rounding):'])
    use_label = P.chance(0.6)
    outro = P(['Answer: {FU}', 'So {say}.', 'The exact answer is {FU}.'])

    def fn(ov, rv):
        groups = []
        for st in ctx.steps:
            c = chain(ctx, st, ov, rv, fm)
            groups.append((['%s: %s' % (label(st.goal), c) if use_label else c], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        return Layout([intro] if intro else [], groups, [],
                      [outro.replace('{FU}', FU).replace('{say}', sy)])
    return Renderer(fm, fn)


# 14. key_table
def s_table(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', '×', 'x']))
    cols = P([('Step', 'What we find', 'Work'), ('Step', 'Quantity', 'Calculation'),
              ('#', 'Find', 'Work')])
    units = P.chance(0.3)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    forms = [P([0, 1]) for _ in ctx.steps]
    outro = P(['**Answer:** {FU}', 'Answer: {FU}'])

    def fn(ov, rv):
        intro = ['| %s | %s | %s |' % cols, '|---|---|---|']
        groups = []
        for i, st in enumerate(ctx.steps):
            c = calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i], var=forms[i])
            groups.append((['| %d | %s | %s |' % (i + 1, label(st.goal), c)], 0))
        Fv, FU, sy = final_parts(ctx, rv, fm)
        return Layout(intro, groups, [], ['', outro.replace('{FU}', FU)])
    return Renderer(fm, fn)


# 15. hint_ladder
def s_hints(ctx, P):
    fm = Fmt(money=money_mode(P), mul=P(['×', 'x']))
    sol = P(['Full solution:', 'Worked solution:', 'Solution:'])
    units = P.chance(0.3)
    swaps = [P.chance(0.3) for _ in ctx.steps]
    hforms = [P(['Next, find {g}.', 'Then work out {g}.', 'Now find {g}.']) for _ in ctx.steps]

    def fn(ov, rv):
        intro = []
        for i, st in enumerate(ctx.steps):
            if i == 0:
                h = 'Start by finding %s.' % st.goal
            elif i == ctx.n - 1:
                h = 'Use that to find %s.' % st.goal
            else:
                h = hforms[i].replace('{g}', st.goal)
            intro.append('Hint %d: %s' % (i + 1, h))
        intro += ['', sol]
        groups = [([calc(ctx, st, ov, rv, fm, 'sym', units=units, swap=swaps[i])], 0)
                  for i, st in enumerate(ctx.steps)]
        Fv, FU, sy = final_parts(ctx, rv, fm)
        return Layout(intro, groups, [], ['Answer: %s' % FU])
    return Renderer(fm, fn)


# name, weight, setup, description
STYLES = [
    ('answer_key', 12, s_answer_key, 'worksheet answer key: one bare computation per line, short answer line'),
    ('textbook_worked', 11, s_textbook, 'textbook worked example: "Step n: Find ..." headings, computation lines, concluding sentence'),
    ('forum_answer', 10, s_forum, 'homework-help forum reply: casual lines like "First find ...: 6*12 = 72", sign-off'),
    ('tutor_child', 9, s_tutor, 'tutor talking to a child: "let\'s find ...", gentle hints, "6 times 12 is 72", praise at the end'),
    ('sentence_prose', 9, s_prose, 'word-heavy prose: one full sentence per step with the computation inside it'),
    ('units_in_words', 8, s_units_words, 'step list with every unit written out in words, money as "dollars", operations as words'),
    ('teacher_notes', 6, s_teacher, 'teacher\'s notes: problem summary, bulleted expected steps, expected answer, teaching tip'),
    ('know_need_work', 6, s_know_need, 'student worksheet organizer: What I know / What I need to find / My work / Answer'),
    ('lesson_script', 6, s_lesson, 'teacher talking a class through it: "What do we find first?" and "So we multiply 6 by 12 and get 72."'),
    ('kid_homework', 5, s_kid, 'a child\'s own homework: terse lowercase lines like "6x12=72", short answer'),
    ('qa_dialogue', 5, s_qa, 'question-and-answer or tutor/student dialogue, one question per step'),
    ('sg_working', 4, s_sg, 'Singapore-style working: equations with the unit in brackets, statement and "Ans:" line'),
    ('exact_chains', 4, s_chains, 'exact mental-math chains: tens-and-ones splits and fraction steps joined by "="'),
    ('key_table', 3, s_table, 'answer-key table in Markdown: step, quantity, work'),
    ('hint_ladder', 2, s_hints, 'numbered hints first, then the full worked solution'),
]
