"""Trace styles for set 18.  A style renders a problem into paragraphs:
list of (tag, text); tag ('step', i) marks the thinking paragraph of step i.
Step results are wrapped in markers \x01name\x02text\x03 (stripped later).
"""
import random

from numfmt import money_str, dec_str, int_str

OPS = {
    'sym': ('+', '−', '×', '÷'),
    'asc': ('+', '-', '*', '/'),
    'x': ('+', '-', 'x', '/'),
    'word': ('plus', 'minus', 'times', 'divided by'),
    'word2': ('plus', 'minus', 'multiplied by', 'divided by'),
    'latex': ('+', '-', '\\times', '\\div'),
    'plain': ('+', '-', '*', '/'),
}
OPI = {'+': 0, '-': 1, '*': 2, '/': 3}
EQ = {'=': ' = ', 'is': ' is ', 'equals': ' equals ', 'gives': ' gives ', 'comes to': ' comes to ',
      'which': ', which is ', 'thats': ", that's "}
LEADS = ['First,', 'Next,', 'Then,', 'After that,', 'Now,']
SECOND = ['Alternatively, I could compute it as', 'Another way to see it:', 'Computing it a second way:']
CHECK = ['Let me verify:', 'Wait, let me double-check that:', 'Quick check:']
SUFFIX = [', yes.', '. Yes, that matches.', ', good.', ', so it agrees.']


class Render:
    def __init__(s, P, vals):
        s.P, s.T, s.vals, s.st = P, P.T, vals, P.st
        s.n = len(s.T.steps)
        s.rng = random.Random(f"{P.seed}|words|{P.pid}")

    def ch(s, xs):
        return xs[s.rng.randrange(len(xs))]

    # ---- numbers
    def fmtv(s, v, typ, mode):
        th = s.st['thousands'] and mode not in ('plain',)
        if typ == 'm':
            t = money_str(v, s.st['cents'], th)
            return {'latex': '\\$', 'plain': ''}.get(mode, '$') + t
        if typ == 'd':
            return dec_str(v, th)
        if typ == 'p':
            return str(int(v)) + {'plain': '', 'latex': '\\%'}.get(mode, '%')
        if typ == 'f':
            if mode == 'latex':
                return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
            return f"{v.numerator}/{v.denominator}"
        return int_str(v, th)

    def q(s, name, mode='sym'):
        if isinstance(name, int):
            name = s.T.steps[name].name
        t = s.fmtv(s.vals[name], s.T.types[name], mode)
        if name in s.T.stepnames:
            return f"\x01{name}\x02{t}\x03"
        return t

    def raw(s, name):
        return str(int(s.vals[name]))

    # ---- words
    def D(s, i):
        return s.T.steps[i].desc.format(**s.P.fmt)

    def Dn(s, i):
        d = s.D(i)
        return d[4:] if d.startswith('the ') else d

    def Dc(s, i):
        d = s.Dn(i)
        return d[0].upper() + d[1:]

    def U(s, i):
        st = s.T.steps[i]
        if st.typ == 'm' or not st.unit:
            return ''
        return ' ' + st.unit.format(**s.P.fmt)

    def lead(s, i):
        return 'Finally,' if i == s.n - 1 and s.n > 2 else LEADS[min(i, len(LEADS) - 1)]

    def ans(s, mode='plain'):
        return s.q(s.n - 1, mode)

    # ---- computations
    def E(s, i, mode):
        st = s.T.steps[i]
        sp = '' if mode == 'plain' else ' '
        o = OPS[mode]
        mul = o[2]
        if st.op in OPI:
            A, B = s.q(st.args[0], mode), s.q(st.args[1], mode)
            return f"{A}{sp}{o[OPI[st.op]]}{sp}{B}"
        X = s.q(st.args[1], mode)
        if st.op == 'pct':
            p = s.raw(st.args[0])
            if mode == 'latex':
                return f"{p}\\% \\times {X}"
            if mode in ('sym', 'word', 'word2'):
                return f"{p}% of {X}"
            return f"{X}{sp}{mul}{sp}{p}/100"
        fr = s.vals[st.args[0]]
        n, d = fr.numerator, fr.denominator
        if mode == 'latex':
            return f"\\frac{{{n}}}{{{d}}} \\times {X}"
        if mode in ('sym', 'word', 'word2'):
            return f"{n}/{d} of {X}"
        return f"{X}{sp}{mul}{sp}{n}/{d}"

    def C(s, i, mode, eq='='):
        if mode == 'plain':
            return f"{s.E(i, mode)}={s.q(i, mode)}"
        return f"{s.E(i, mode)}{EQ[eq]}{s.q(i, mode)}"

    def V(s, i, mode='sym'):
        """Second computation of step i (or None)."""
        form = s.P.verify[i]
        if form is None:
            return None
        st = s.T.steps[i]
        o = OPS[mode]
        r = s.q(i, mode)
        if st.op in OPI:
            A, B = s.q(st.args[0], mode), s.q(st.args[1], mode)
        if form == 'commute':
            return f"{B} {o[OPI[st.op]]} {A} = {r}"
        if form == 'inverse':
            inv = {'+': 1, '-': 0, '*': 3, '/': 2}[st.op]
            return f"{r} {o[inv]} {B} = {A}"
        if form == 'alt':
            return f"{A} {o[OPI[st.op]]} {r} = {B}"
        if form == 'decomp':
            a = int(s.vals[st.args[0]])
            t, u = a // 10 * 10, a % 10
            bn = st.args[1]
            vb, tb = s.vals[bn], s.T.types[bn]
            return (f"{t} {o[2]} {B} + {u} {o[2]} {B} = {s.fmtv(t * vb, tb, mode)} + "
                    f"{s.fmtv(u * vb, tb, mode)} = {r}")
        if form == 'recalc':
            xn = st.args[1]
            X = s.q(xn, mode)
            if st.op == 'pct':
                return f"{X} {o[2]} {s.raw(st.args[0])} {o[3]} 100 = {r}"
            fr = s.vals[st.args[0]]
            xv = s.vals[xn] * fr.numerator
            XN = s.fmtv(xv, s.T.types[xn], mode)
            return f"{X} {o[2]} {fr.numerator} = {XN}, and {XN} {o[3]} {fr.denominator} = {r}"
        raise ValueError(form)

    def Vline(s, i, mode='sym', checks=CHECK, seconds=SECOND, suffix=SUFFIX):
        v = s.V(i, mode)
        if v is None:
            return None
        form = s.P.verify[i]
        pre = s.ch(seconds if form in ('commute', 'decomp', 'recalc') else checks)
        return f"{pre} {v}{s.ch(suffix)}"

    def sym_expr(s, i, letters):
        """Symbolic form with letters for earlier step results (equation style)."""
        st = s.T.steps[i]
        names = s.T.stepnames

        def lv(a):
            return letters[names.index(a)] if a in names else s.q(a, 'sym')
        if st.op in OPI:
            return f"{lv(st.args[0])} {OPS['sym'][OPI[st.op]]} {lv(st.args[1])}"
        X = lv(st.args[1])
        if st.op == 'pct':
            return f"{s.raw(st.args[0])}% of {X}"
        fr = s.vals[st.args[0]]
        return f"{fr.numerator}/{fr.denominator} of {X}"


def lowart(t):
    """Lower-case a leading article so the facts can follow 'So,'."""
    for a in ('A ', 'An ', 'The '):
        if t.startswith(a):
            return a.lower() + t[len(a):]
    return t


def lowfirst(t):
    return t[0].lower() + t[1:]


# ====================================================================== styles
def r1_verbose(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nOkay, so the problem says: {P.facts} The question is: {P.q}\n"
                     f"Let me break this down step by step.")]
    for i in range(n):
        lines = [f"{R.lead(i)} I need {R.D(i)}."]
        lines.append(R.ch([f"That's {R.C(i, 'sym')}{R.U(i)}.", f"So {R.C(i, 'sym', 'which')}{R.U(i)}.",
                           f"{R.C(i, 'sym', 'comes to')}{R.U(i)}."]))
        v = R.Vline(i)
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"So that gives exactly {R.q(n - 1)}{R.U(n - 1)} in the end. I'm fairly confident in this.\n</think>"))
    wu = ["**Solution:**", ""] + [f"{i + 1}. **{R.Dc(i)}:** {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', R.ch([f"**Final Answer**\n\\boxed{{{R.ans()}}}", f"**Answer:** {R.ans('sym')}"])))
    return out


QLEADS = ['So first,', 'Then', 'Now', 'And next,', 'And then']


def qwq_rambling(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nAlright, let's see. {P.facts} Hmm, so the question is asking: {P.q}\n"
                     f"Okay, let me think about this carefully.")]
    for i in range(n):
        ld = 'And finally,' if i == n - 1 else QLEADS[min(i, 4)]
        lines = [f"{ld} {R.D(i)}... Hmm, let me see."]
        lines.append(f"{R.C(i, R.ch(['word', 'word2']), R.ch(['is', 'equals', 'comes to', 'gives']))}{R.U(i)}.")
        v = R.Vline(i, 'sym', suffix=['. Yeah, same thing.', ', yeah.', '. Okay, good.'])
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"Hmm, so putting it all together, I get {R.q(n - 1)}{R.U(n - 1)}. Let me just make sure I "
                         f"didn't miss anything... no, I think that's it.\n</think>"))
    wu = [f"{R.lead(i)} {R.D(i)} is {R.C(i, 'sym')}{R.U(i)}." for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', R.ch([f"**Final Answer**\n\\boxed{{{R.ans()}}}", f"The answer is **{R.ans('sym')}**."])))
    return out


def terse_think(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nGoal: {P.q}")]
    for i in range(n):
        lines = [f"{R.Dn(i)}: {R.C(i, 'asc')}"]
        v = R.V(i, 'asc')
        if v:
            lines.append(f"check: {v}")
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', "done.\n</think>"))
    wu = [f"{R.Dc(i)}: {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"**Answer:** {R.ans('sym')}"))
    return out


def no_tags(R):
    P, n = R.P, R.n
    out = [('intro', f"Let me think this through. {P.facts}\nSo I need to find: {P.q}")]
    for i in range(n):
        lines = [f"{R.lead(i)} {R.D(i)}: {R.C(i, 'x')}{R.U(i)}."]
        v = R.Vline(i, 'x')
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"So the result is {R.q(n - 1)}{R.U(n - 1)}."))
    out.append(('rule', '---'))
    wu = [f"- {R.Dc(i)}: {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"**Final Answer**\n\\boxed{{{R.ans()}}}"))
    return out


def o1_summary(R):
    P, n = R.P, R.n
    out = [('intro', f"Thought for {R.rng.randint(4, 48)} seconds")]
    for i in range(n):
        head = R.ch(['Calculating', 'Working out', 'Figuring out', 'Determining'])
        verb = R.ch(["I'm calculating", "I'm working out", "I'm figuring out"])
        lines = [f"**{head} {R.Dn(i)}**", f"{verb} {R.D(i)}: {R.C(i, 'sym', R.ch(['=', 'which']))}{R.U(i)}."]
        v = R.V(i, 'sym')
        if v:
            lines.append(f"I'm double-checking this a second way: {v}, which matches.")
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"**Wrapping up**\nPutting it together, {R.D(n - 1)} comes out to exactly {R.q(n - 1)}{R.U(n - 1)}."))
    wu = ["Here is the solution.", ""] + [f"- **{R.Dc(i)}:** {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"**Answer:** {R.ans('sym')}"))
    return out


def qwen3_think(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nOkay, let's tackle this problem step by step. {P.facts}\nThe question is: {P.q}")]
    for i in range(n):
        lines = [f"{R.lead(i)} I should find {R.D(i)}. So {R.C(i, 'sym', R.ch(['=', 'which', 'gives']))}{R.U(i)}."]
        v = R.Vline(i, 'sym', checks=['Let me verify:', 'Let me double-check:'])
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', "Okay, that seems consistent. Let me write up the solution.\n</think>"))
    for i in range(n):
        out.append(('wu', f"### Step {i + 1}: {R.Dc(i)}\n\\[\n{R.C(i, 'latex')}\n\\]"))
    out.append(('ans', f"### Final Answer\n\\[\n\\boxed{{{R.ans()}}}\n\\]"))
    return out


def plan_verify(R):
    P, n = R.P, R.n
    plan = [f"{i + 1}. Find {R.D(i)}." for i in range(n)]
    out = [('intro', "<think>\nPlan:\n" + '\n'.join(plan) + "\nThen verify each step before answering.")]
    for i in range(n):
        out.append((('step', i), f"Step {i + 1}, {R.D(i)}: {R.C(i, 'sym')}{R.U(i)}."))
    ver = ["Verification:"]
    for i in range(n):
        v = R.V(i, 'sym')
        ver.append(f"- {v if v else R.C(i, 'asc')} ✓")
    out.append(('verify', '\n'.join(ver)))
    out.append(('close', "Everything checks out.\n</think>"))
    wu = ["**Solution**"] + [f"{i + 1}. {R.Dc(i)}: {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"#### {R.ans()}"))
    return out


def socratic(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nWhat do I know? {P.facts}\nWhat is being asked? {P.q}")]
    for i in range(n):
        lines = [f"What is {R.D(i)}? {R.C(i, 'word2', R.ch(['equals', 'is', '=']))}{R.U(i)}."]
        v = R.V(i, 'sym')
        if v:
            lines.append(f"Does that make sense? {v}, so yes.")
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"So what is the result? It is {R.q(n - 1)}{R.U(n - 1)}.\n</think>"))
    wu = [f"- {R.Dc(i)}: {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"**Answer:** {R.ans('sym')}"))
    return out


def answer_first(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nQuick pass first, then I'll check it. {P.q}")]
    for i in range(n):
        lines = [f"{R.Dc(i)}: {R.C(i, 'sym', R.ch(['=', 'thats', 'gives']))}{R.U(i)}"]
        v = R.Vline(i, 'sym')
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', "That covers everything.\n</think>"))
    out.append(('ans', f"**Answer: {R.ans('sym')}**"))
    chk = ["Check:"]
    for i in range(n):
        v = R.V(i, 'sym')
        chk.append(f"- {R.Dc(i)}: {R.C(i, 'sym')}" + (f", and {v}" if v else ''))
    chk.append(f"Everything is consistent, so the answer is {R.ans('sym')}.")
    out.append(('wu', '\n'.join(chk)))
    return out


LETTERS = ['A', 'B', 'C', 'G', 'H', 'K', 'M', 'N', 'Q', 'R', 'S', 'T', 'W']


def equation_heavy(R):
    P, n = R.P, R.n
    letters = R.rng.sample(LETTERS, n)
    lets = [f"Let {letters[i]} = {R.D(i)}." for i in range(n)]
    out = [('intro', "<think>\nLet me set up variables.\n" + '\n'.join(lets))]
    for i in range(n):
        st = R.T.steps[i]
        if any(a in R.T.stepnames for a in st.args):
            line = f"{letters[i]} = {R.sym_expr(i, letters)} = {R.C(i, 'sym')}"
        else:
            line = f"{letters[i]} = {R.C(i, 'sym')}"
        lines = [line]
        v = R.V(i, 'sym')
        if v:
            lines.append(f"Check: {v}.")
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"So {letters[n - 1]} = {R.q(n - 1)}.\n</think>"))
    wu = ["**Equations:**"] + [f"- {letters[i]} = {R.C(i, 'sym')}{R.U(i)}" for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"**Answer:** {R.ans('sym')}"))
    return out


def gsm_annot(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\n{P.facts}\nI'll work out each quantity, then write it in the usual format.")]
    for i in range(n):
        lines = [f"{R.Dc(i)}: {R.C(i, 'asc', R.ch(['=', 'is']))}{R.U(i)}."]
        v = R.V(i, 'asc')
        if v:
            lines.append(f"Double-check: {v}.")
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', "All good.\n</think>"))
    wu = [f"{R.Dc(i)} is {R.E(i, 'plain')}=<<{R.C(i, 'plain')}>>{R.q(i, 'sym')}{R.U(i)}." for i in range(n)]
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"#### {R.ans()}"))
    return out


def r1_latex(R):
    P, n = R.P, R.n
    out = [('intro', f"<think>\nOkay, let me try to figure out this problem. So, {lowart(P.facts)}\nHmm, {lowfirst(P.q)}")]
    for i in range(n):
        mode = R.ch(['sym', 'word'])
        lines = [f"{R.lead(i)} let's compute {R.D(i)}. {R.C(i, mode, R.ch(['=', 'is', 'gives']))}{R.U(i)}.",
                 f"So that's {R.q(i)}{R.U(i)}."]
        v = R.Vline(i, 'sym', checks=['Let me check that again:'], suffix=['. Okay.', ', right.'])
        if v:
            lines.append(v)
        out.append((('step', i), '\n'.join(lines)))
    out.append(('close', f"So the result should be {R.q(n - 1)}{R.U(n - 1)}.\n</think>"))
    wu = ["**Solution:**"]
    for i in range(n):
        wu.append(f"{i + 1}. {R.Dc(i)}:")
        wu.append(f"   \\( {R.C(i, 'latex')} \\)")
    out.append(('wu', '\n'.join(wu)))
    out.append(('ans', f"The final answer is \\(\\boxed{{{R.ans()}}}\\)."))
    return out


STYLES = {
    'r1_verbose': dict(w=14, cents=True, thousands=True, vprob=0.6, fn=r1_verbose,
                       desc='DeepSeek-R1 style: "Okay, so the problem says..." thinking, "Wait, let me double-check", numbered bold write-up, boxed or **Answer:**'),
    'qwq_rambling': dict(w=10, cents=False, thousands=True, vprob=0.6, fn=qwq_rambling,
                         desc='QwQ style: "Alright, let\'s see... Hmm, let me see." worded operators, prose write-up'),
    'terse_think': dict(w=8, cents=False, thousands=False, vprob=0.3, fn=terse_think,
                        desc='short <think> with "label: a*b = c" lines and "check:" lines'),
    'no_tags': dict(w=8, cents=False, thousands=False, vprob=0.4, fn=no_tags,
                    desc='thinking without tags, "x" operator, --- rule, **Final Answer** boxed'),
    'o1_summary': dict(w=8, cents=True, thousands=True, vprob=0.4, fn=o1_summary,
                       desc='o1-style "Thought for N seconds" with bold step headings, then bullet write-up'),
    'qwen3_think': dict(w=10, cents=True, thousands=False, vprob=0.5, fn=qwen3_think,
                        desc='Qwen3 thinking, "### Step k" write-up with \\[ LaTeX \\] display math and boxed answer'),
    'plan_verify': dict(w=8, cents=True, thousands=False, vprob=0.7, fn=plan_verify,
                        desc='plan list, step execution, verification section with checkmarks, #### answer'),
    'socratic': dict(w=7, cents=False, thousands=True, vprob=0.6, fn=socratic,
                     desc='self-questions "What is ...? a multiplied by b equals c", "Does that make sense?"'),
    'answer_first': dict(w=7, cents=False, thousands=False, vprob=0.5, fn=answer_first,
                         desc='quick thinking, then **Answer: N** first followed by a Check: list'),
    'equation_heavy': dict(w=7, cents=False, thousands=False, vprob=0.4, fn=equation_heavy,
                           desc='letters for quantities, "L = T − 10 = 72 − 10 = 62" equation chains'),
    'gsm_annot': dict(w=7, cents=False, thousands=False, vprob=0.3, fn=gsm_annot,
                      desc='thinking then GSM8K-format write-up with <<a*b=c>> calculator annotations and ####'),
    'r1_latex': dict(w=6, cents=True, thousands=False, vprob=0.5, fn=r1_latex,
                     desc='R1 thinking with "So that\'s N." restatements, numbered write-up with \\( LaTeX \\), boxed'),
}
STYLE_ORDER = list(STYLES)


def pick_style(rng):
    tot = sum(STYLES[k]['w'] for k in STYLE_ORDER)
    r = rng.random() * tot
    acc = 0
    for k in STYLE_ORDER:
        acc += STYLES[k]['w']
        if r < acc:
            return k
    return STYLE_ORDER[-1]


def render(P, vals):
    R = Render(P, vals)
    return STYLES[P.style]['fn'](R)
