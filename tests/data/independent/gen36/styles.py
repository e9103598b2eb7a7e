"""Writing styles: turn a Spec + value environment into solution text (as blocks of lines)."""
from fractions import Fraction as Fr
from core import (Lit, Ref, Def, Rep, Op, Par, Chain, value, fnum, is_term, repeating,
                  stable_int, NotShown)

START, END = '\x01', '\x02'

STYLES = ['md_steps', 'bullets', 'prose', 'latex', 'table', 'terse', 'chatty', 'formula', 'numbered']
HASH_STYLES = {'md_steps', 'bullets', 'prose', 'table', 'terse', 'formula', 'numbered'}


def ordinal(n):
    n = int(n)
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s else s


class Block:
    def __init__(self, lines, step=None, kind='step', sep='\n\n'):
        self.lines = lines
        self.step = step
        self.kind = kind
        self.sep = sep


ROUND_WORDS = {0: 'the nearest whole number', 1: 'the nearest tenth', 2: 'the nearest hundredth',
               3: 'the nearest thousandth'}


class Base:
    name = 'base'
    latex = False
    sep = '\n\n'

    def __init__(self, spec, env, mark, pid):
        self.spec = spec
        self.g = spec.g
        self.env = env
        self.target = mark[0]
        self.wrong = mark[1]
        self.carry = mark[2]
        self.pid = pid
        self.mul = '×'
        self.div = '÷'
        self.minus = '−'
        self.apx = '≈'
        self.sp = True
        self.comma = False
        self.rep = None          # None | 'trunc' | 'over'
        self.ell = '...'
        self.round_eq = False
        self.rounds_to = False
        self.bold_last = False
        self.dollar = '$'
        self.pctsym = '%'
        self.frac = False
        self.setup()

    # ---- deterministic per-problem choices (same for all variants) ----
    def pick(self, key, opts):
        return opts[stable_int(self.pid + '|' + self.name + '|' + key) % len(opts)]

    def chance(self, key, p):
        return (stable_int(self.pid + '|' + self.name + '|' + key) % 1000) < p * 1000

    def setup(self):
        pass

    # ---------------- numbers ----------------
    def numtext(self, x, money=False, pct=False, big=None):
        md = 2 if money and Fr(x).denominator != 1 else None
        t = fnum(x * 100 if pct else x, md, keep=money,
                 comma=self.comma and not self.latex and abs(x) >= 1000)
        if money:
            t = self.dollar + t
        if pct:
            t += self.pctsym
        return t

    def qtext(self, name, v, mark=False):
        c = self.g.by[name]
        x = Fr(v) * c.fmt.scale
        t = c.fmt.text(v, comma=self.comma and not self.latex and abs(x) >= 1000, latex=self.latex)
        if mark:
            t = START + t + END
        if c.fmt.money:
            t = self.dollar + t
        if c.fmt.pct:
            t += self.pctsym
        return t

    def reptext(self, name):
        c = self.g.by[name]
        x = self.env.ex[name] * c.fmt.scale
        if is_term(x, 5):
            t = fnum(x)
        else:
            ip, nr, rp = repeating(x)
            if self.rep == 'over' and self.latex and len(rp) <= 2:
                t = ip + '.' + nr + '\\overline{' + rp + '}'
            else:
                k = self.pick('repk', [3, 4, 3])
                k = max(k, len(nr) + 2)
                digs = nr + rp * 20
                t = ip + '.' + digs[:k] + self.ell
        if c.fmt.money:
            t = self.dollar + t
        if c.fmt.pct:
            t += self.pctsym
        return t

    def has_target(self, node):
        if isinstance(node, Def):
            return node.name == self.target
        if isinstance(node, Op):
            return any(self.has_target(a) for a in node.args)
        if isinstance(node, Par):
            return self.has_target(node.x)
        return False

    def ntext(self, node, ctx=None):
        if isinstance(node, Lit):
            if node.text:
                return node.text
            return self.numtext(node.v, node.money, node.pct)
        if isinstance(node, Def):
            v = self.env.sh[node.name]
            if node.name == self.target and self.wrong is not None:
                v = self.wrong
            return self.qtext(node.name, v, mark=(node.name == self.target))
        if isinstance(node, Ref):
            return self.qtext(node.name, self.env.sh[node.name])
        if isinstance(node, Rep):
            return self.reptext(node.name)
        if isinstance(node, Par):
            inner = self.ntext(node.x, None)
            if self.latex and self.pick('lr', [0, 0, 1]):
                return '\\left(' + inner + '\\right)'
            return '(' + inner + ')'
        op = node.op
        args = node.args

        def paren(a, cond):
            t = self.ntext(a, op)
            if cond and not isinstance(a, Par):
                if self.latex and self.pick('lr', [0, 0, 1]):
                    return '\\left(' + t + '\\right)'
                return '(' + t + ')'
            return t

        def is_sum(a):
            return isinstance(a, Op) and a.op in '+-'

        def is_op(a):
            return isinstance(a, Op) and a.op != 'frac' or (isinstance(a, Op) and a.op == 'frac' and not self.latex)

        s = ' ' if self.sp else ''
        if op == '+':
            return (s + '+' + s).join(self.ntext(a, op) for a in args)
        if op == '-':
            return self.ntext(args[0], op) + s + self.minus + s + paren(args[1], is_sum(args[1]))
        if op == '*':
            return (s + self.mul + s).join(paren(a, is_sum(a)) for a in args)
        if op == '/':
            if self.latex and self.frac:
                a, b = args
                ta = self.ntext(a.x if isinstance(a, Par) else a, op)
                tb = self.ntext(b.x if isinstance(b, Par) else b, op)
                return '\\frac{%s}{%s}' % (ta, tb)
            return paren(args[0], is_sum(args[0])) + s + self.div + s + paren(args[1], isinstance(args[1], Op))
        if op == 'frac':
            a, b = args
            if self.latex:
                return '\\frac{%s}{%s}' % (self.ntext(a, op), self.ntext(b, op))
            return '%s/%s' % (self.ntext(a, op), self.ntext(b, op))
        raise ValueError(op)

    # ---------------- chains ----------------
    def round_phrase(self, name):
        c = self.g.by[name]
        if c.fmt.money:
            return 'the nearest cent'
        if c.fmt.pct:
            return {0: 'the nearest whole percent', 1: 'the nearest tenth of a percent'}.get(c.fmt.d, 'two decimal places')
        return ROUND_WORDS.get(c.fmt.d, '%d decimal places' % c.fmt.d)

    def chain_parts(self, chain, allow_rep=True, allow_round_eq=True):
        env = self.env
        nodes = []
        for nd in chain.nodes:
            last_apx = bool(nodes) and isinstance(nodes[-1], (Def, Ref)) and env.approx(nodes[-1].name)
            if (allow_rep and not last_apx and not (self.round_eq and allow_round_eq) and isinstance(nd, Def)
                    and env.approx(nd.name)):
                c = self.g.by[nd.name]
                x = env.ex[nd.name] * c.fmt.scale
                if is_term(x, 5) or (self.rep and not is_term(x, 8)):
                    nodes.append(Rep(nd.name))
            nodes.append(nd)
        parts = []
        ref = None
        prev = None
        for i, nd in enumerate(nodes):
            t = self.ntext(nd)
            if i == 0:
                ref = value(nd, env)
                prev = ref
                parts.append([None, t, nd])
                continue
            tg = self.has_target(nd)
            if isinstance(nd, (Def, Ref)) and env.approx(nd.name):
                if not (tg and self.carry):
                    assert env.ex[nd.name] == ref, (self.pid, nd.name, env.ex[nd.name], ref)
                rel = 'apx'
                prev = env.sh[nd.name]
                if tg and self.carry:
                    ref = env.ex[nd.name]
            elif isinstance(nd, Rep):
                assert prev is not None and prev == ref, 'Rep after an approximate value'
                if not (tg and self.carry):
                    assert env.ex[nd.name] == ref, (self.pid, nd.name)
                rel = 'eq'
                prev = None
            else:
                v = value(nd, env)
                if not (tg and self.carry):
                    assert v == (prev if prev is not None else ref), (self.pid, v, prev, ref, t)
                rel = 'eq'
                ref = v
                prev = v
            parts.append([rel, t, nd])
        # drop a node that merely repeats the previous text
        out = [parts[0]]
        for p in parts[1:]:
            if p[1] == out[-1][1] and START not in p[1]:
                continue
            out.append(p)
        return out

    def relstr(self, rel, prev_node):
        if rel == 'eq':
            return '='
        if self.rounds_to and isinstance(prev_node, Rep):
            return ', which rounds to'
        return self.apx

    def chain_str(self, chain, label=None, bold_last=None, allow_rep=True):
        parts = self.chain_parts(chain, allow_rep=allow_rep)
        bl = self.bold_last if bold_last is None else bold_last
        s = parts[0][1]
        for j, (rel, t, nd) in enumerate(parts[1:], 1):
            r = self.relstr(rel, parts[j - 1][2])
            suffix = ''
            if rel == 'apx' and self.round_eq:
                r = '='
                suffix = ' (rounded to %s)' % self.round_phrase(nd.name)
            if bl and j == len(parts) - 1:
                t = '**' + t + '**'
            if r.startswith(','):
                s += r + ' ' + t + suffix
            else:
                s += ' ' + r + ' ' + t + suffix
        if label:
            s = self.label_text(label) + ' = ' + s
        return s

    def label_text(self, label):
        return label

    # ---------------- semantic sentences ----------------
    def tok(self, node):
        return self.ntext(node)

    def lst(self, vals, money=False):
        return ', '.join(self.numtext(Fr(v), money=money) for v in vals)

    def sem(self, step, reg):
        d = step.data
        k = step.kind
        if k == 'sort':
            L = self.lst(d['vals'], d.get('money', False))
            pl = d.get('pl', 'values')
            if reg == 'short':
                return self.pick('sortS%d' % d.get('idx', 0), ['Sorted: {L}', 'In order: {L}', 'Ordered: {L}']).format(L=L)
            if reg == 'chatty':
                return self.pick('sortC', ["Let's line up the {pl} from smallest to largest: {L}.",
                                           "First things first, let's put the {pl} in order: {L}.",
                                           "Let's sort the {pl} from least to greatest: {L}."]).format(pl=pl, L=L)
            return self.pick('sortF', ['Arrange the {pl} from least to greatest: {L}.',
                                       'Put the {pl} in order from smallest to largest: {L}.',
                                       'Ordered from least to greatest, the {pl} are: {L}.']).format(pl=pl, L=L)
        if k == 'count':
            n = self.tok(d['n'])
            if reg == 'short':
                return self.pick('cntS', ['n = {n}', 'Count: {n} values', 'n = {n} values']).format(n=n)
            return self.pick('cntF', ['There are {n} values in the list.', 'There are {n} values.',
                                      'Counting them, there are {n} values.']).format(n=n)
        if k == 'medodd':
            n, o, m = d['n'], ordinal(d['pos']), self.tok(d['m'])
            if reg == 'short':
                return self.pick('moS', ['Median ({o} of {n} values) = {m}', 'Middle value ({o} of {n} values): {m}']).format(o=o, n=n, m=m)
            if reg == 'chatty':
                return "Since there are {n} values, the median is the {o} value, and that's {m}!".format(n=n, o=o, m=m)
            return self.pick('moF', ['There are {n} values, so the median is the {o} value: {m}.',
                                     'With {n} values, the median is the {o} value, which is {m}.',
                                     'There are {n} values, so the middle one is the {o} value. The median is {m}.']).format(n=n, o=o, m=m)
        if k == 'medeven':
            n, o1, o2 = d['n'], ordinal(d['p1']), ordinal(d['p2'])
            a, b = self.numtext(Fr(d['a'])), self.numtext(Fr(d['b']))
            if reg == 'short':
                return 'Middle values ({o1} and {o2} of {n} values): {a} and {b}'.format(o1=o1, o2=o2, n=n, a=a, b=b)
            if reg == 'chatty':
                return ("There are {n} values, so there are two middle ones: the {o1} and {o2} values, "
                        "which are {a} and {b}.").format(n=n, o1=o1, o2=o2, a=a, b=b)
            return self.pick('meF', ['There are {n} values, so the median is the average of the {o1} and {o2} values: {a} and {b}.',
                                     'With {n} values, the two middle values are the {o1} and {o2} values, which are {a} and {b}.']
                             ).format(n=n, o1=o1, o2=o2, a=a, b=b)
        if k == 'mode':
            v, c = self.numtext(Fr(d['v'])), d['c']
            if reg == 'short':
                return 'Mode = {v} (appears {c} times)'.format(v=v, c=c)
            if reg == 'chatty':
                return '{v} shows up {c} times, more than any other number, so the mode is {v}.'.format(v=v, c=c)
            return self.pick('modeF', ['The value {v} appears {c} times, more than any other value, so the mode is {v}.',
                                       '{v} appears {c} times, which is more than any other value. The mode is {v}.']).format(v=v, c=c)
        if k == 'ident':
            what = d.get('what', 'value')
            cl = d['claims']
            if reg == 'short':
                return ', '.join('%s = %s' % (cap(w), self.numtext(Fr(v), d.get('money', False))) for w, v in cl)
            if len(cl) == 1:
                w, v = cl[0]
                return 'The {w} {what} is {v}.'.format(w=w, what=what, v=self.numtext(Fr(v), d.get('money', False)))
            (w1, v1), (w2, v2) = cl
            return 'The {w1} {what} is {v1} and the {w2} is {v2}.'.format(
                w1=w1, what=what, v1=self.numtext(Fr(v1)), w2=w2, v2=self.numtext(Fr(v2)))
        if k == 'fav':
            S = '{' + ', '.join(str(x) for x in d['outs']) + '}'
            f = self.tok(d['f'])
            if self.latex:
                S = '\\{' + ', '.join(str(x) for x in d['outs']) + '\\}'
            if reg == 'short':
                return 'Favorable outcomes: {S} → count = {f}'.format(S=S, f=f)
            return self.pick('favF', ['The favorable outcomes are {S}, so the number of favorable outcomes is {f} (out of 6).',
                                      'The outcomes that work are {S}. That makes {f} favorable outcomes out of 6 possible.']
                             ).format(S=S, f=f)
        if k == 'medfreq':
            o = ordinal(self.env.sh[d['pos'].name])
            m = self.tok(d['m'])
            mv = self.env.sh[d['m'].name]
            d = dict(d, grp='%s %s' % (self.numtext(mv), d['grpnames'][0] if mv == 1 else d['grpnames'][1]))
            if reg == 'short':
                return 'The {o} value is in the "{grp}" row → median = {m}'.format(o=o, grp=d['grp'], m=m)
            return 'The {o} value falls in the "{grp}" row, so the median is {m}.'.format(o=o, grp=d['grp'], m=m)
        if k == 'note':
            return d['text']
        raise ValueError(k)

    SEM_TITLES = {'sort': 'Order the data', 'count': 'Count the values', 'medodd': 'Find the middle value',
                  'medeven': 'Find the two middle values', 'mode': 'Find the mode',
                  'ident': 'Identify the extreme values', 'fav': 'List the favorable outcomes',
                  'medfreq': 'Locate the median', 'note': 'Note'}

    def stitle(self, step):
        return step.title or self.SEM_TITLES[step.kind]

    # ---------------- answer ----------------
    def ans_value(self):
        return self.tok(Ref(self.spec.final)) + self.spec.unit

    def is_apx(self):
        return self.env.approx(self.spec.final)

    def ans_sentence(self, bold=False):
        v = self.ans_value()
        if bold:
            v = '**' + v + '**'
        about = self.pick('about', ['about ', 'approximately ']) if self.is_apx() else ''
        return '%s is %s%s.' % (cap(self.spec.ans), about, v)

    # ---------------- assembly ----------------
    def build(self):
        blocks = []
        for b in self.intro():
            blocks.append(b)
        steps = self.spec.steps
        for i, st in enumerate(steps):
            for b in self.step_blocks(i, st):
                blocks.append(b)
        blocks.extend(self.answer())
        return blocks

    def intro(self):
        return []

    def hashline(self):
        return '#### ' + final_plain(self.spec, self.env)


def final_plain(spec, env):
    c = spec.g.by[spec.final]
    v = env.sh[spec.final] * c.fmt.scale
    return fnum(v)


# ====================================================================
class MdSteps(Base):
    name = 'md_steps'

    def setup(self):
        self.head = self.pick('head', ['### Step {i}: {t}', '**Step {i}: {t}**', '### Step {i}: {t}', '## Step {i}: {t}'])
        self.div = self.pick('div', ['÷', '/', '÷'])
        self.minus = self.pick('minus', ['−', '-'])
        self.rep = self.pick('rep', [None, 'trunc', 'trunc'])
        self.round_eq = self.chance('req', 0.2)
        self.bold_last = self.chance('bold', 0.3)
        self.useled = self.chance('lead', 0.6)
        self.comma = True

    def intro(self):
        if self.spec.intro and self.chance('intro', 0.8):
            return [Block([self.spec.intro], kind='intro')]
        return []

    def step_blocks(self, i, st):
        lines = [self.head.format(i=i + 1, t=self.stitle(st))]
        if self.head.startswith('**'):
            lines.append('')
        if st.kind == 'calc':
            if self.useled and st.lead:
                lines.append(cap(st.lead) + ':')
            if len(st.chains) == 1:
                lines.append(self.chain_str(st.chains[0]))
            else:
                for ch in st.chains:
                    lines.append('- ' + (ch.label + ': ' if ch.label else '') + self.chain_str(ch))
        else:
            lines.append(self.sem(st, 'full'))
        return [Block(lines, step=i)]

    def answer(self):
        if self.pick('ansf', [0, 1]):
            lines = ['### Final Answer', self.ans_sentence(bold=True)]
        else:
            lines = ['**Final Answer:** ' + self.ans_sentence(bold=True)]
        return [Block(lines, kind='answer'), Block([self.hashline()], kind='hash')]


class Bullets(Base):
    name = 'bullets'
    sep = '\n'

    def setup(self):
        self.div = self.pick('div', ['/', '÷'])
        self.minus = '-'
        self.rep = self.pick('rep', [None, 'trunc'])
        self.labsep = self.pick('labsep', [': ', ' → ', ': '])

    def intro(self):
        t = self.pick('intro', ["Here's the breakdown:", 'Step-by-step:', None, 'Solution:'])
        return [Block([t], kind='intro')] if t else []

    def step_blocks(self, i, st):
        sep = '\n\n' if i == 0 and self.intro() else '\n'
        if st.kind == 'calc':
            if len(st.chains) == 1:
                return [Block(['- ' + st.label + self.labsep + self.chain_str(st.chains[0])], step=i, sep=sep)]
            lines = ['- ' + st.label + ':']
            for ch in st.chains:
                lines.append('  - ' + (ch.label + ': ' if ch.label else '') + self.chain_str(ch))
            return [Block(lines, step=i, sep=sep)]
        return [Block(['- ' + self.sem(st, 'short')], step=i, sep=sep)]

    def answer(self):
        t = self.pick('ans', ['**Answer: {v}**', '**Answer:** {v}', 'Answer: **{v}**'])
        v = self.ans_value()
        if self.is_apx():
            v = '≈ ' + v if self.pick('apxw', [0, 1]) else 'about ' + v
        return [Block([t.format(v=v)], kind='answer', sep='\n\n'), Block([self.hashline()], kind='hash', sep='\n\n')]


class Prose(Base):
    name = 'prose'

    def setup(self):
        self.div = self.pick('div', ['÷', '÷', '/'])
        self.minus = self.pick('minus', ['−', '-'])
        self.rep = self.pick('rep', ['trunc', None, 'trunc'])
        self.rounds_to = self.chance('rt', 0.5)
        self.round_eq = (not self.rounds_to) and self.chance('req', 0.3)
        self.comma = True

    def intro(self):
        if self.spec.intro and self.chance('intro', 0.4):
            return [Block([self.spec.intro], kind='intro')]
        return []

    def conn(self, i, n):
        if i == 0:
            return 'First,'
        if i == n - 1:
            return self.pick('fin', ['Finally,', 'Then', 'Lastly,'])
        return self.pick('mid%d' % i, ['Next,', 'Then', 'Now', 'Next,'])

    def step_blocks(self, i, st):
        n = len(self.spec.steps)
        if st.kind == 'calc':
            lead = st.lead
            c = self.conn(i, n)
            if len(st.chains) == 1:
                body = self.chain_str(st.chains[0])
            else:
                cs = [self.chain_str(ch) for ch in st.chains]
                body = ', '.join(cs[:-1]) + (', and ' if len(cs) > 2 else ' and ') + cs[-1]
            return [Block(['%s %s: %s.' % (c, lead, body)], step=i)]
        s = self.sem(st, 'full')
        if st.kind == 'sort':
            s = self.conn(i, n) + ' ' + low(s)
        return [Block([s], step=i)]

    def answer(self):
        t = self.pick('ans', ['So, {s}', 'Therefore, {s}', 'So {s}'])
        return [Block([t.format(s=low(self.ans_sentence()))], kind='answer'), Block([self.hashline()], kind='hash')]


class Latex(Base):
    name = 'latex'
    latex = True

    def setup(self):
        self.mul = '\\times'
        self.frac = self.pick('frac', [True, True, False])
        self.div = '\\div'
        self.minus = '-'
        self.apx = '\\approx'
        self.rep = self.pick('rep', ['over', 'over', 'trunc', None])
        self.ell = self.pick('ell', ['\\ldots', '\\ldots', '...'])
        self.dollar = '\\$'
        self.pctsym = '\\%'
        self.disp = self.pick('disp', ['three', 'three', 'one', 'dollar'])
        self.head = self.pick('head', ['num', 'num', 'step'])

    def label_text(self, label):
        return '\\text{%s}' % label

    def intro(self):
        if self.spec.intro and self.chance('intro', 0.7):
            return [Block([self.spec.intro], kind='intro')]
        return []

    def math(self, body_lines, ind):
        if self.disp == 'three':
            return [ind + '\\['] + [ind + b for b in body_lines] + [ind + '\\]']
        if self.disp == 'dollar':
            return [ind + '$$'] + [ind + b for b in body_lines] + [ind + '$$']
        if len(body_lines) == 1:
            return [ind + '\\[ ' + body_lines[0] + ' \\]']
        return [ind + '\\['] + [ind + b for b in body_lines] + [ind + '\\]']

    def step_blocks(self, i, st):
        if self.head == 'num':
            h = '%d. **%s:**' % (i + 1, self.stitle(st))
            ind = '   '
        else:
            h = '**Step %d: %s**' % (i + 1, self.stitle(st))
            ind = ''
        if st.kind == 'calc':
            if len(st.chains) == 1:
                lab = st.label if self.pick('lab%d' % i, [1, 1, 0]) else None
                body = [self.chain_str(st.chains[0], label=lab)]
            else:
                body = ['\\begin{aligned}']
                for j, ch in enumerate(st.chains):
                    parts = self.chain_parts(ch)
                    s = parts[0][1]
                    for k, (rel, t, nd) in enumerate(parts[1:], 1):
                        r = self.relstr(rel, parts[k - 1][2])
                        s += (' &' if k == 1 else ' ') + r + ' ' + t
                    if j < len(st.chains) - 1:
                        s += ' \\\\'
                    body.append(s)
                body.append('\\end{aligned}')
            lines = [h] + self.math(body, ind)
        else:
            lines = [h + ' ' + self.sem(st, 'full')]
        return [Block(lines, step=i)]

    def answer(self):
        v = self.ans_value()
        if self.spec.unit:
            v = self.tok(Ref(self.spec.final))
        about = 'approximately ' if self.is_apx() else ''
        if self.pick('ans', [0, 1]):
            lines = ['Therefore, %s is %s\\(\\boxed{%s}\\)%s.' % (self.spec.ans, about, v, self.spec.unit)]
        else:
            lines = ['So %s is %s' % (self.spec.ans, 'approximately:' if self.is_apx() else ':'),
                     '\\[', '\\boxed{%s}' % v, '\\]']
            lines[0] = lines[0].replace(' :', ':')
        return [Block(lines, kind='answer')]


class Table(Base):
    name = 'table'

    def setup(self):
        self.div = self.pick('div', ['÷', '/'])
        self.minus = self.pick('minus', ['−', '-'])
        self.rep = None
        self.hdr = self.pick('hdr', [('Step', 'Calculation', 'Result'), ('Quantity', 'Calculation', 'Value'),
                                     ('What we find', 'Work', 'Result')])

    def intro(self):
        out = []
        t = self.pick('intro', ["Let's organize the work in a table.", 'Here is the calculation, step by step:',
                                None])
        if t:
            out.append(Block([t], kind='intro'))
        dt = getattr(self.spec, 'table', None)
        if dt and self.chance('dtab', 0.6):
            h1, h2, rows = dt
            lines = ['| %s | %s |' % (h1, h2), '|---|---|']
            for a, b in rows:
                lines.append('| %s | %s |' % (a, b))
            out.append(Block(lines, kind='intro'))
        return out

    def build(self):
        blocks = list(self.intro())
        in_table = False
        for i, st in enumerate(self.spec.steps):
            if st.kind == 'calc':
                if not in_table:
                    blocks.append(Block(['| %s | %s | %s |' % self.hdr, '|---|---|---|'], kind='hdr'))
                    in_table = True
                lines = []
                for ch in st.chains:
                    parts = self.chain_parts(ch)
                    s = parts[0][1]
                    for k, (rel, t, nd) in enumerate(parts[1:-1], 1):
                        s += ' ' + self.relstr(rel, parts[k - 1][2]) + ' ' + t
                    rel, t, nd = parts[-1]
                    res = ('≈ ' if rel == 'apx' else '') + t
                    lab = ch.label if (len(st.chains) > 1 and ch.label) else st.label
                    lines.append('| %s | %s | %s |' % (lab, s, res))
                blocks.append(Block(lines, step=i, sep='\n'))
            else:
                in_table = False
                blocks.append(Block([self.sem(st, 'full')], step=i))
        t = self.pick('ans', ['**Answer:** {s}', '{s}', '**Final answer:** {s}'])
        blocks.append(Block([t.format(s=self.ans_sentence(bold=True))], kind='answer'))
        blocks.append(Block([self.hashline()], kind='hash'))
        return blocks


class Terse(Base):
    name = 'terse'
    sep = '\n'

    def setup(self):
        m = self.pick('mul', ['*', '×', 'x', '×'])
        self.mul = m
        self.div = '/'
        self.minus = '-'
        self.sp = self.pick('sp', [True, False, True]) if m != 'x' else True
        self.rep = None
        self.labsep = self.pick('labsep', [' = ', ': '])

    def step_blocks(self, i, st):
        if st.kind == 'calc':
            if len(st.chains) == 1:
                ch = st.chains[0]
                if self.labsep == ' = ':
                    return [Block([self.chain_str(ch, label=st.label)], step=i, sep='\n')]
                return [Block([st.label + ': ' + self.chain_str(ch)], step=i, sep='\n')]
            return [Block([(ch.label + ': ' if ch.label else '') + self.chain_str(ch) for ch in st.chains],
                          step=i, sep='\n')]
        return [Block([self.sem(st, 'short')], step=i, sep='\n')]

    def answer(self):
        v = self.ans_value()
        if self.is_apx():
            v = '≈ ' + v
        t = self.pick('ans', ['Answer: {v}', 'Answer: {v}', 'Final: {v}'])
        return [Block([t.format(v=v)], kind='answer', sep='\n'), Block([self.hashline()], kind='hash', sep='\n')]


class Chatty(Base):
    name = 'chatty'

    def setup(self):
        self.div = self.pick('div', ['÷', '÷', '/'])
        self.minus = '-'
        self.rep = self.pick('rep', ['trunc', None, 'trunc'])
        self.rounds_to = self.chance('rt', 0.4)
        self.bold_last = self.chance('bold', 0.5)
        self.comma = True

    def intro(self):
        t = self.pick('intro', ["Great question! Let's work through it together, step by step. 😊",
                                "I'd be happy to help with this one! Let's break it down.",
                                "Ooh, a fun statistics problem! Let's tackle it one step at a time.",
                                "No problem, let's figure this out together!"])
        return [Block([t], kind='intro')]

    def step_blocks(self, i, st):
        n = len(self.spec.steps)
        if st.kind == 'calc':
            if i == 0:
                c = self.pick('c0', ["First, let's", "To start, we'll", "First, we need to"])
            elif i == n - 1:
                c = self.pick('cl', ["Finally, let's", "Last step! Let's", "Now for the final step: let's"])
            else:
                c = self.pick('cm%d' % i, ["Next, let's", "Now we", "Great! Next, we", "Awesome, now let's"])
            lines = ['%s %s:' % (c, st.lead)]
            if len(st.chains) == 1:
                lines.append(self.chain_str(st.chains[0]))
            else:
                for ch in st.chains:
                    lines.append('- ' + (ch.label + ': ' if ch.label else '') + self.chain_str(ch))
            if self.chance('cheer%d' % i, 0.15) and i < n - 1:
                lines.append(self.pick('cheerw%d' % i, ['Easy so far, right?', "You're doing great!",
                                                         'So far, so good!']))
            return [Block(lines, step=i)]
        return [Block([self.sem(st, 'chatty')], step=i)]

    def answer(self):
        v = '**' + self.ans_value() + '**'
        about = 'about ' if self.is_apx() else ''
        t = self.pick('ans', ['So, {a} is {ab}{v}! 🎉', 'And there you have it: {a} is {ab}{v}. Great job working through it! 😊',
                              'That means {a} is {ab}{v}. Hope that helps! 😊'])
        return [Block([t.format(a=self.spec.ans, ab=about, v=v)], kind='answer')]


class Formula(Base):
    name = 'formula'

    def setup(self):
        self.div = '÷'
        self.minus = self.pick('minus', ['−', '-'])
        self.rep = self.pick('rep', [None, 'trunc'])
        self.align = self.pick('align', [True, False])

    def intro(self):
        if self.spec.formula:
            t = self.pick('intro', ['**Formula:** {f}', 'We use: {f}', 'Formula: {f}'])
            return [Block([t.format(f=self.spec.formula)], kind='intro')]
        return []

    def step_blocks(self, i, st):
        if st.kind == 'calc':
            if len(st.chains) == 1:
                parts = self.chain_parts(st.chains[0])
                lab = st.label
                pad = ' ' * (len(lab) + 1) if self.align else ''
                lines = ['%s = %s' % (lab, parts[0][1])]
                for k, (rel, t, nd) in enumerate(parts[1:], 1):
                    lines.append('%s%s %s' % (pad, self.relstr(rel, parts[k - 1][2]), t))
                return [Block(lines, step=i)]
            lines = [st.label + ':']
            for ch in st.chains:
                lines.append((ch.label + ': ' if ch.label else '') + self.chain_str(ch))
            return [Block(lines, step=i)]
        return [Block([self.sem(st, 'short')], step=i)]

    def answer(self):
        v = self.ans_value()
        t = '**Answer: %s%s**' % ('≈ ' if self.is_apx() else '', v)
        return [Block([t], kind='answer'), Block([self.hashline()], kind='hash')]


class Numbered(Base):
    name = 'numbered'

    def setup(self):
        self.div = self.pick('div', ['÷', '/'])
        self.minus = self.pick('minus', ['−', '-'])
        self.rep = self.pick('rep', [None, 'trunc'])
        self.sep_steps = self.pick('nsep', ['\n', '\n\n'])
        self.bold_last = self.chance('bold', 0.25)
        self.comma = True

    def intro(self):
        t = self.pick('intro', ["I'll work through this step by step.", None, 'Let me solve this step by step.'])
        if t is None and self.spec.intro:
            t = self.spec.intro
        return [Block([t], kind='intro')] if t else []

    def step_blocks(self, i, st):
        sep = self.sep_steps if i > 0 else '\n\n'
        h = '%d. **%s:**' % (i + 1, self.stitle(st))
        if st.kind == 'calc':
            if len(st.chains) == 1:
                return [Block([h + ' ' + self.chain_str(st.chains[0])], step=i, sep=sep)]
            lines = [h]
            for ch in st.chains:
                lines.append('   - ' + (ch.label + ': ' if ch.label else '') + self.chain_str(ch))
            return [Block(lines, step=i, sep=sep)]
        return [Block([h + ' ' + self.sem(st, 'full')], step=i, sep=sep)]

    def answer(self):
        return [Block(['**Answer:** ' + self.ans_sentence()], kind='answer'), Block([self.hashline()], kind='hash')]


CLASSES = {'md_steps': MdSteps, 'bullets': Bullets, 'prose': Prose, 'latex': Latex, 'table': Table,
           'terse': Terse, 'chatty': Chatty, 'formula': Formula, 'numbered': Numbered}


def render(spec, style, env, pid, target=None, wrong=None, carry=False):
    r = CLASSES[style](spec, env, (target, wrong, carry), pid)
    blocks = r.build()
    if style not in HASH_STYLES:
        blocks = [b for b in blocks if b.kind != 'hash']
    return blocks


def assemble(blocks):
    text = ''
    for i, b in enumerate(blocks):
        if i:
            text += b.sep
        text += '\n'.join(b.lines)
    return text
