"""Eleven chat-assistant answer styles.

Every style function takes (P, r, V):
  P  the Problem, r  a random.Random seeded per problem (the same seed for all
  four variants, and no draw depends on a value, so the wording is shared),
  V  a View giving the values to write.
It returns an Out: a list of (line, tag) with tag ('i',) intro, ('s', i) a
line of step i, ('c', i) the line of step i holding its computation,
('o',) outro.
"""
from core import Nt, dec_str


class Out:
    def __init__(self):
        self.L = []

    def intro(self, *ls):
        for l in ls:
            self.L.append((l, ('i',)))

    def step(self, i, *ls):
        for l in ls:
            self.L.append((l, ('s', i)))

    def comp(self, i, l):
        self.L.append((l, ('c', i)))

    def outro(self, *ls):
        for l in ls:
            self.L.append((l, ('o',)))


class View:
    """comp: values written on computation lines; ref: values used everywhere else."""

    def __init__(self, P, comp, ref, correct):
        self.P, self.comp, self.ref, self.correct = P, comp, ref, correct
        self.n = len(P.steps)

    def expr(self, i, nt, env=None):
        return nt.expr(self.P.steps[i], self.ref if env is None else env, self.P)

    def res(self, i, nt, with_unit=None):
        st = self.P.steps[i]
        return nt.res(st, self.comp[st.var], with_unit)

    def rref(self, i, nt, with_unit=None):
        st = self.P.steps[i]
        return nt.res(st, self.ref[st.var], with_unit)

    def fin(self, nt, with_unit=None):
        return self.rref(self.n - 1, nt, with_unit)

    def plain(self):
        return dec_str(self.ref[self.P.steps[-1].var])

    def cexpr(self, i, nt):
        return nt.expr(self.P.steps[i], self.correct, self.P)


def cap(s):
    return s[0].upper() + s[1:]


SINGULAR_HEAD = {'number', 'amount', 'cost', 'total', 'sum', 'price', 'distance', 'time', 'money',
                 'area', 'perimeter', 'difference', 'height', 'value', 'discount', 'tip', 'raise',
                 'commission', 'profit', 'growth', 'markup', 'weight', 'water', 'flour', 'change',
                 'data', 'hotel', 'food', 'final', 'new', 'sale', 'monthly', 'weekly', 'yearly',
                 'daily', 'regular', 'overtime', 'study', 'weekday', 'round-trip', 'ribbon',
                 'wood', 'rice', 'cooking', 'painting', 'hiking', 'average', 'father\'s', 'sister\'s',
                 'brother\'s', 'gift', 'rent', 'milk', 'score', 'bill'}
PLURAL_WORDS = {'fish', 'people', 'children', 'earnings', 'savings'}


def be(what):
    """'is' or 'are' for a step's noun phrase."""
    w = what.split()
    if w[-1] in ('earnings', 'savings'):
        return 'are'
    if len(w) > 1 and w[1] in SINGULAR_HEAD:
        return 'is'
    for x in w[1:3]:
        if x in PLURAL_WORDS or (x.endswith('s') and not x.endswith('ss') and not x.endswith("'s")):
            return 'are'
    return 'is'


VERBS = ["Calculate", "Find", "Determine", "Compute", "Work out"]

OP_PHRASE = {
    '*': ["Multiply:", "We multiply:", "Multiply the two numbers:"],
    '+': ["Add them together:", "Add:", "We add:"],
    '-': ["Subtract:", "We subtract:", "Take the difference:"],
    '/': ["Divide:", "We divide:", "Divide evenly:"],
    'pct': ["Take the percentage:", "Find the percentage:", "Apply the percentage:"],
    'frac': ["Take the fraction:", "Find that fraction of the total:", "Apply the fraction:"],
}

OP_VERB = {'*': 'multiply', '+': 'add', '-': 'subtract', '/': 'divide',
           'pct': 'take the percentage', 'frac': 'take the fraction'}

KEYCAP = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣']


def gsm(o, V):
    o.outro('', '#### ' + V.plain())


# ------------------------------------------------------------------ 1 GPT-4o headings + \[ \]

def s_gpt4o_headings_latex(P, r, V):
    o = Out()
    nt = Nt('latex', mul='\\times', div=r.choice(['\\div', '\\div', 'frac']),
            money=r.choice(['\\$', '', '']), thou=r.choice([',', ',', '{,}']),
            pct=r.choice(['dec', 'frac100', 'of', 'dec_after']), frac=r.choice(['x', 'x', 'after', 'div']))
    tx = Nt('text')
    fw = P.steps[-1].what
    intro = r.choice([
        "To find %s, let's break it down step by step." % fw,
        "Let's break this down step by step.",
        "Let's solve this step by step.",
        "Sure! Let's work out %s step by step." % fw,
        "Let's go through the problem step by step."])
    multiline = r.random() < 0.6
    restate = r.random() < 0.55
    ophr = r.random() < 0.4
    hdr = r.choice(['###', '###', '##'])
    rules = r.random() < 0.3
    label_eq = r.random() < 0.2
    fform = r.randrange(4)
    fin_units = r.random() < 0.5
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        verb = r.choice(VERBS)
        phrase = r.choice(OP_PHRASE[st.op])
        o.step(i, '%s Step %d: %s %s' % (hdr, i + 1, verb, st.what))
        if ophr:
            o.step(i, phrase)
        eq = '%s = %s' % (V.expr(i, nt), V.res(i, nt))
        if label_eq:
            eq = '\\text{%s} = %s' % (st.label, eq)
        if multiline:
            o.step(i, '\\[')
            o.comp(i, eq)
            o.step(i, '\\]')
        else:
            o.comp(i, '\\[ %s \\]' % eq)
        if restate:
            o.step(i, 'So, %s %s **%s**.' % (st.what, be(st.what), V.rref(i, tx, fin_units)))
        o.step(i, '')
        if rules and i < V.n - 1:
            o.step(i, '---', '')
    fin = V.fin(tx, fin_units)
    if fform == 0:
        o.outro('---', '', '### Final Answer:', '%s %s **%s**.' % (cap(fw), be(fw), fin))
    elif fform == 1:
        o.outro('---', '', '**Final Answer:** \\( \\boxed{%s} \\)' % V.plain())
    elif fform == 2:
        o.outro('### ✅ Final Answer:', '**%s**' % fin)
    else:
        o.outro('**Answer:** %s %s **%s**.' % (cap(fw), be(fw), fin))
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 2 Claude bold steps

def s_claude_bold_steps(P, r, V):
    o = Out()
    nt = Nt('text', mul='×', div='÷', money='$', thou=',', uops=r.random() < 0.5,
            ures=r.random() < 0.4, pct=r.choice(['of', 'dec', 'pct_x']), frac=r.choice(['x', 'of', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["I'll solve this step by step.", "Let me work through this step by step.",
                      "Let me break this down.", "I'll work through this problem step by step.", None])
    form = r.choice(['plain', 'label', 'bullet'])
    hform = r.choice(['verb', 'verb', 'label'])
    aform = r.randrange(4)
    fin_units = r.random() < 0.5
    if intro:
        o.intro(intro, '')
    for i, st in enumerate(P.steps):
        verb = r.choice(["Find", "Calculate", "Figure out", "Determine"])
        if hform == 'verb':
            o.step(i, '**Step %d: %s %s**' % (i + 1, verb, st.what))
        else:
            o.step(i, '**Step %d: %s**' % (i + 1, st.label))
        e, res = V.expr(i, nt), V.res(i, nt)
        if form == 'plain':
            o.comp(i, '%s = %s' % (e, res))
        elif form == 'label':
            o.comp(i, '%s = %s = %s' % (st.label, e, res))
        else:
            o.comp(i, '- %s = %s' % (e, res))
        o.step(i, '')
    fin = V.fin(nt, fin_units)
    if aform == 0:
        o.outro('**Answer: %s %s %s.**' % (cap(fw), be(fw), fin))
    elif aform == 1:
        o.outro('**Answer:** %s' % fin)
    elif aform == 2:
        o.outro('Therefore, %s %s **%s**.' % (fw, be(fw), fin))
    else:
        o.outro('**%s %s %s.**' % (cap(fw), be(fw), fin))
    return o


# ------------------------------------------------------------------ 3 markdown table

def s_markdown_table(P, r, V):
    o = Out()
    nt = Nt('text', mul=r.choice(['×', '×', 'x']), div='÷', money='$', thou=',',
            pct=r.choice(['of', 'dec', 'pct_x']), frac=r.choice(['x', 'of', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["Let's break it down:", "Here's the breakdown:", "Here's a step-by-step breakdown:",
                      "Sure! Here's how it adds up:", "Let's organize the calculation in a table:"])
    layout = r.choice(['3col', '3col', '4col', '2col'])
    h3 = r.choice([("Step", "Calculation", "Result"), ("What we find", "Calculation", "Result"),
                   ("Quantity", "Calculation", "Value"), ("Description", "Math", "Amount")])
    h4 = r.choice([("#", "Step", "Calculation", "Result"), ("Step", "Description", "Calculation", "Result")])
    h2 = r.choice([("Step", "Work"), ("What", "Calculation")])
    sep = r.choice(['short', 'dash', 'spaced'])
    bold_last = r.random() < 0.6
    aform = r.randrange(4)
    rule = r.random() < 0.3
    fin_units = r.random() < 0.5
    hdr = {'3col': h3, '4col': h4, '2col': h2}[layout]
    if sep == 'short':
        sline = '|' + '|'.join('---' for _ in hdr) + '|'
    elif sep == 'dash':
        sline = '|' + '|'.join('-' * (len(h) + 2) for h in hdr) + '|'
    else:
        sline = '| ' + ' | '.join('---' for _ in hdr) + ' |'
    o.intro(intro, '', '| ' + ' | '.join(hdr) + ' |', sline)
    for i, st in enumerate(P.steps):
        e, res = V.expr(i, nt), V.res(i, nt)
        lab = st.label
        last = i == V.n - 1
        if bold_last and last:
            lab, res = '**%s**' % lab, '**%s**' % res
        if layout == '3col':
            o.comp(i, '| %s | %s | %s |' % (lab, e, res))
        elif layout == '4col':
            o.comp(i, '| %d | %s | %s | %s |' % (i + 1, lab, e, res))
        else:
            o.comp(i, '| %s | %s = %s |' % (lab, e, res))
    o.outro('')
    fin = V.fin(nt, fin_units)
    if rule:
        o.outro('---', '')
    if aform == 0:
        o.outro('> **Answer:** %s %s **%s**.' % (cap(fw), be(fw), fin))
    elif aform == 1:
        o.outro('**Final answer: %s**' % fin)
    elif aform == 2:
        o.outro('> ✅ **%s**' % fin)
    else:
        o.outro('So, %s %s **%s**.' % (fw, be(fw), fin))
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 4 Gemini bullets

def s_gemini_bullets(P, r, V):
    o = Out()
    nt = Nt('text', mul=r.choice(['*', '*', 'x', '×']), div='/', money='$', thou=',',
            uops=r.random() < 0.5, ures=r.random() < 0.5, pct=r.choice(['pct_x', 'dec', 'of']),
            frac=r.choice(['x', 'of', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["Here's how to solve this problem:", "Here's how to solve the problem step-by-step:",
                      "Here's how to break down the problem:", "Here's how to figure this out:"])
    form = r.choice(['A', 'A', 'B', 'C'])
    aform = r.randrange(3)
    fin_units = r.random() < 0.5
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        e, res = V.expr(i, nt), V.res(i, nt)
        if form == 'A':
            o.step(i, '**%d. %s:**' % (i + 1, st.label), '')
            o.comp(i, '* %s = %s' % (e, res))
            o.step(i, '')
        elif form == 'B':
            o.comp(i, '* **%s:** %s = %s' % (st.label, e, res))
        else:
            o.step(i, '* **%s:**' % st.label)
            o.comp(i, '    * %s = %s' % (e, res))
    if form != 'A':
        o.outro('')
    fin = V.fin(nt, fin_units)
    if aform == 0:
        o.outro('**Answer:** %s %s %s.' % (cap(fw), be(fw), fin))
    elif aform == 1:
        o.outro('**Therefore, %s %s %s.**' % (fw, be(fw), fin))
    else:
        o.outro('So the answer is **%s**.' % fin)
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 5 Llama-3 chatty numbered list

def s_llama3_chatty_list(P, r, V):
    o = Out()
    nt = Nt('text', mul=r.choice(['x', 'x', '×', '*']), div=r.choice(['/', '÷']), money='$', thou=',',
            uops=r.random() < 0.3, ures=r.random() < 0.5, pct=r.choice(['of', 'dec']),
            frac=r.choice(['x', 'of', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["Let's break it down step by step!", "Let's break this problem down step by step:",
                      "What a great problem! Let's solve it step by step.",
                      "I'd be happy to help you with that! Let's go step by step.",
                      "Let's solve this problem step by step!"])
    form = r.choice(['numbered', 'numbered', 'numbered_blank', 'step_colon'])
    first = ["First, let's find", "First, we need to find", "First, let's calculate"]
    mid = ["Next, let's find", "Then, we need to calculate", "Now, let's find"]
    last = ["Finally, let's find", "Finally, we can find", "Now, we can calculate"]
    aform = r.randrange(4)
    hashes = r.random() < 0.5
    fin_units = r.random() < 0.5
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        pool = first if i == 0 else (last if i == V.n - 1 else mid)
        conn = r.choice(pool)
        e, res = V.expr(i, nt), V.res(i, nt)
        if form == 'step_colon':
            o.comp(i, 'Step %d: %s = %s = %s' % (i + 1, cap(st.what), e, res))
        else:
            o.comp(i, '%d. %s %s: %s = %s' % (i + 1, conn, st.what, e, res))
        if form != 'numbered':
            o.step(i, '')
    fin = V.fin(nt, fin_units)
    if form == 'numbered':
        o.outro('')
    if aform == 0:
        o.outro('So, %s %s **%s**! 🎉' % (fw, be(fw), fin))
    elif aform == 1:
        o.outro('Therefore, %s %s %s.' % (fw, be(fw), fin))
    elif aform == 2:
        o.outro('So, the answer is %s! 😊' % fin)
    else:
        o.outro("And that's it! %s %s **%s**." % (cap(fw), be(fw), fin))
    if hashes:
        gsm(o, V)
    return o


# ------------------------------------------------------------------ 6 Llama-3.1 "## Step n:"

def s_llama31_step_headings(P, r, V):
    o = Out()
    nt = Nt('text', mul=r.choice(['*', '*', '×']), div='/', money='$', thou=r.choice([',', '']),
            pct=r.choice(['dec', 'of', 'pct_x']), frac=r.choice(['x', 'after', 'div']))
    sform = r.choice(['to_find', 'is', 'is_calc'])
    for i, st in enumerate(P.steps):
        verb = r.choice(["Calculate", "Determine", "Find"])
        o.step(i, '## Step %d: %s %s' % (i + 1, verb, st.what))
        e, res = V.expr(i, nt), V.res(i, nt)
        if sform == 'to_find':
            o.comp(i, 'To find %s, we %s: %s = %s.' % (st.what, OP_VERB[st.op], e, res))
        elif sform == 'is':
            o.comp(i, '%s %s %s = %s.' % (cap(st.what), be(st.what), e, res))
        else:
            o.comp(i, '%s %s calculated as %s = %s.' % (cap(st.what), be(st.what), e, res))
        o.step(i, '')
    o.outro('The final answer is: $\\boxed{%s}$' % V.plain())
    return o


# ------------------------------------------------------------------ 7 Qwen numbered + indented \[ \]

def s_qwen_latex_list(P, r, V):
    o = Out()
    money = r.choice(['\\$', '\\$', ''])
    nt = Nt('latex', mul='\\times', div=r.choice(['\\div', 'frac']), money=money,
            thou=r.choice([',', '{,}', '']), ures=r.random() < 0.3,
            pct=r.choice(['dec', 'frac100', 'of']), frac=r.choice(['x', 'after', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["To determine %s, we need to follow these steps:" % fw,
                      "To solve the problem, we will break it down into smaller steps.",
                      "To find %s, we can follow these steps:" % fw,
                      "To find %s, we need to perform a series of calculations. Let's break it down step by step." % fw])
    multiline = r.random() < 0.6
    restate = r.random() < 0.5
    aform = r.randrange(3)
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        verb = r.choice(VERBS)
        o.step(i, '%d. **%s %s:**' % (i + 1, verb, st.what))
        eq = '%s = %s' % (V.expr(i, nt), V.res(i, nt))
        if multiline:
            o.step(i, '   \\[')
            o.comp(i, '   ' + eq)
            o.step(i, '   \\]')
        else:
            o.comp(i, '   \\[ %s \\]' % eq)
        if restate:
            suffix = ' dollars' if (st.kind == 'money' and money == '') else ''
            o.step(i, '   So, %s %s \\( %s \\)%s.' % (st.what, be(st.what), V.rref(i, nt, False), suffix))
        o.step(i, '')
    if aform == 0:
        o.outro('Therefore, %s %s \\(\\boxed{%s}\\).' % (fw, be(fw), V.plain()))
    elif aform == 1:
        o.outro('The final answer is \\(\\boxed{%s}\\).' % V.plain())
    else:
        o.outro('Thus, %s %s:' % (fw, be(fw)), '\\[', '\\boxed{%s}' % V.plain(), '\\]')
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 8 emoji checklist

def s_emoji_checklist(P, r, V):
    o = Out()
    nt = Nt('text', mul='×', div='÷', money='$', thou=',', ures=r.random() < 0.4,
            pct=r.choice(['of', 'pct_x', 'dec']), frac=r.choice(['x', 'of', 'div']))
    fw = P.steps[-1].what
    intro = r.choice(["Let's solve it! 🧮", "🧮 **Let's break it down:**", "Here's the breakdown 👇",
                      "Sure! Let's work it out 🧮"])
    form = r.choice(['pin', 'keycap', 'heading', 'heading_comp', 'check'])
    rule = r.random() < 0.4
    aform = r.randrange(4)
    fin_units = r.random() < 0.5
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        e, res = V.expr(i, nt), V.res(i, nt)
        if form == 'pin':
            emo = '➡️' if i == V.n - 1 else '📌'
            o.comp(i, '%s **%s:** %s = **%s**' % (emo, st.label, e, res))
        elif form == 'keycap':
            o.comp(i, '%s **%s:** %s = **%s**' % (KEYCAP[i], st.label, e, res))
        elif form == 'heading':
            o.step(i, '### %s %s' % (KEYCAP[i], st.label))
            o.comp(i, '%s = **%s**' % (e, res))
            o.step(i, '')
        elif form == 'heading_comp':
            o.comp(i, '### %s %s: %s = %s' % (KEYCAP[i], st.label, e, res))
            o.step(i, '')
        else:
            o.comp(i, '- ✅ **%s:** %s = %s' % (st.label, e, res))
    if form in ('pin', 'keycap', 'check'):
        o.outro('')
    if rule:
        o.outro('---', '')
    fin = V.fin(nt, fin_units)
    if aform == 0:
        o.outro('✅ **Answer:** %s %s **%s**.' % (cap(fw), be(fw), fin))
    elif aform == 1:
        o.outro('🎯 **Final answer: %s**' % fin)
    elif aform == 2:
        o.outro('✅ **%s**' % fin)
    else:
        o.outro('📌 **Answer:** %s' % fin)
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 9 fenced code block

def s_fenced_code_block(P, r, V):
    o = Out()
    nt = Nt('code', mul=r.choice(['*', '×']), div=r.choice(['/', '÷']), money=r.choice(['$', '']),
            thou=r.choice([',', '']), pct=r.choice(['dec', 'dec_after']), frac=r.choice(['x', 'after', 'div']))
    tx = Nt('text')
    fw = P.steps[-1].what
    intro = r.choice(["Let's break it down:", "Here's the math:", "Sure — here's the calculation:",
                      "Let's compute it step by step:"])
    fence = r.choice(['```', '```', '```text'])
    labels = r.random() < 0.85
    align = r.random() < 0.7
    after = r.randrange(3)
    aform = r.randrange(3)
    fin_units = r.random() < 0.5
    lw = max(len(st.label) for st in P.steps) + 1
    ew = max(len(V.cexpr(i, nt)) for i in range(V.n))
    o.intro(intro, '', fence)
    for i, st in enumerate(P.steps):
        e, res = V.expr(i, nt), V.res(i, nt)
        if align:
            body = e.ljust(ew) + ' = ' + res
        else:
            body = '%s = %s' % (e, res)
        if labels:
            head = (st.label + ':').ljust(lw + 1) if align else st.label + ': '
            o.comp(i, head + body)
        else:
            o.comp(i, body)
    o.outro('```', '')
    fin = V.fin(tx, fin_units)
    if after == 0:
        o.outro('So %s %s **%s**.' % (fw, be(fw), fin), '')
    elif after == 1:
        o.outro('%s: **%s**' % (cap(fw), fin), '')
    if aform == 0:
        o.outro('**Final answer: %s**' % fin)
    elif aform == 1:
        o.outro('**Answer: %s**' % V.plain())
    else:
        o.outro('> **Answer:** %s' % fin)
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 10 inline-code bullets

def s_inline_code_bullets(P, r, V):
    o = Out()
    nt = Nt('code', mul=r.choice(['*', '*', '×']), div='/', money=r.choice(['', '', '$']),
            thou=r.choice(['', ',']), pct=r.choice(['dec', 'dec_after', 'pct_x']),
            frac=r.choice(['x', 'after', 'div']))
    tx = Nt('text')
    fw = P.steps[-1].what
    intro = r.choice(["Let's break it down:", "Here's the calculation:", "Step by step:", "Quick breakdown:"])
    form = r.choice(['A', 'B', 'C', 'D'])
    aform = r.randrange(3)
    fin_units = r.random() < 0.5
    o.intro(intro, '')
    for i, st in enumerate(P.steps):
        code = '`%s = %s`' % (V.expr(i, nt), V.res(i, nt))
        if form == 'A':
            o.comp(i, '- **%s:** %s' % (st.label, code))
        elif form == 'B':
            o.step(i, '- %s:' % cap(st.what))
            o.comp(i, '  - ' + code)
        elif form == 'C':
            o.comp(i, '%d. **%s** → %s' % (i + 1, st.label, code))
        else:
            o.step(i, '**%s:**' % cap(st.what))
            o.comp(i, code)
            o.step(i, '')
    if form != 'D':
        o.outro('')
    fin = V.fin(tx, fin_units)
    if aform == 0:
        o.outro('**Answer: %s**' % fin)
    elif aform == 1:
        o.outro('Final answer: **%s**' % fin)
    else:
        o.outro('➡️ **%s**' % fin)
    gsm(o, V)
    return o


# ------------------------------------------------------------------ 11 $$ display math

def s_display_math_dollars(P, r, V):
    o = Out()
    nt = Nt('latex', mul=r.choice(['\\times', '\\times', '\\cdot']), div=r.choice(['\\div', 'frac']),
            money=r.choice(['\\$', '']), thou=r.choice([',', '{,}']), ures=r.random() < 0.3,
            pct=r.choice(['dec', 'frac100', 'of', 'dec_after']), frac=r.choice(['x', 'after', 'div']))
    intro = r.choice(["Let's work through it.", None, "We'll compute each quantity in turn.",
                      "Let me set this up carefully."])
    head = r.choice(['step_dash', 'num_what', 'bold_step'])
    block = r.choice(['multi', 'single', 'multi_text'])
    aform = r.randrange(2)
    if intro:
        o.intro(intro, '')
    for i, st in enumerate(P.steps):
        if head == 'step_dash':
            o.step(i, '**Step %d — %s**' % (i + 1, st.label))
        elif head == 'num_what':
            o.step(i, '**%d. %s**' % (i + 1, cap(st.what)))
        else:
            o.step(i, '**Step %d:** %s %s.' % (i + 1, r.choice(VERBS), st.what))
        o.step(i, '')
        eq = '%s = %s' % (V.expr(i, nt), V.res(i, nt))
        if block == 'multi':
            o.step(i, '$$')
            o.comp(i, eq)
            o.step(i, '$$')
        elif block == 'single':
            o.comp(i, '$$%s$$' % eq)
        else:
            o.step(i, '$$')
            o.comp(i, '\\text{%s} = %s' % (st.label, eq))
            o.step(i, '$$')
        o.step(i, '')
    if aform == 0:
        o.outro('**Final answer:**', '', '$$', '\\boxed{%s}' % V.plain(), '$$')
    else:
        o.outro('**Final answer:** \\(\\boxed{%s}\\)' % V.plain())
    gsm(o, V)
    return o


STYLES = [
    ('gpt4o_headings_latex', s_gpt4o_headings_latex),
    ('claude_bold_steps', s_claude_bold_steps),
    ('markdown_table', s_markdown_table),
    ('gemini_bullets', s_gemini_bullets),
    ('llama3_chatty_list', s_llama3_chatty_list),
    ('llama31_step_headings', s_llama31_step_headings),
    ('qwen_latex_list', s_qwen_latex_list),
    ('emoji_checklist', s_emoji_checklist),
    ('fenced_code_block', s_fenced_code_block),
    ('inline_code_bullets', s_inline_code_bullets),
    ('display_math_dollars', s_display_math_dollars),
]
