"""Rendering core for the reading-data evaluation set (stdlib only).

A solver describes a solution as a sequence of abstract steps (intro, heading,
restated data, computations, final answer).  The renderer ``R`` turns them into
text in one of several writing styles and can inject exactly one fault into one
computation (slip: wrong written value, correct value carried on; carry: wrong
value carried on).
"""
from fractions import Fraction as F
import random

STYLES = ['md_headings', 'bold_labels', 'bullets', 'prose', 'latex_inline',
          'latex_display', 'table', 'terse', 'tutor', 'numbered']

ST = {
    'md_headings':   dict(mul='×', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=False),
    'bold_labels':   dict(mul='×', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=False),
    'bullets':       dict(mul='x', div='/', sub='-', neg='-', half=True, sep=',', latex=False, words=False),
    'prose':         dict(mul='×', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=True),
    'latex_inline':  dict(mul=r'\times', div=r'\div', sub='-', neg='-', half=False, sep='{,}', latex=True, words=False),
    'latex_display': dict(mul=r'\times', div=r'\div', sub='-', neg='-', half=False, sep='{,}', latex=True, words=False),
    'table':         dict(mul='×', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=False),
    'terse':         dict(mul='*', div='/', sub='-', neg='-', half=False, sep='', latex=False, words=False),
    'tutor':         dict(mul='×', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=True),
    'numbered':      dict(mul='·', div='÷', sub='−', neg='−', half=True, sep=',', latex=False, words=False),
}


class GenError(Exception):
    pass


def rnd(v, dp):
    """Round a Fraction half-up (away from zero) to dp decimals."""
    q = F(1, 10 ** dp)
    x = abs(F(v)) / q
    n = int(x)
    if x - n >= F(1, 2):
        n += 1
    r = n * q
    return -r if v < 0 else r


def is_term(v, maxdp):
    return (F(v) * 10 ** maxdp).denominator == 1


def min_dp(v, cap=6):
    for d in range(cap + 1):
        if is_term(v, d):
            return d
    return None


def dec_str(v, dp=None):
    """Plain decimal string (no separators) of a Fraction."""
    v = F(v)
    if dp is None:
        dp = min_dp(v)
        if dp is None:
            raise GenError('non-terminating value %s' % v)
    neg = v < 0
    a = abs(v)
    scaled = a * 10 ** dp
    if scaled.denominator != 1:
        scaled = F(int(rnd(a, dp) * 10 ** dp))
    n = int(scaled)
    ip, fp = divmod(n, 10 ** dp)
    s = str(ip)
    if dp:
        s += '.' + str(fp).rjust(dp, '0')
    return ('-' if neg else '') + s


def plainnum(n):
    """the written number without separators/currency/percent sign"""
    dp = n.dp
    if n.kind == 'money':
        dp = 2 if (dp is None or dp > 0 or n.v.denominator != 1) else 0
    if dp is not None and min_dp(n.v) is not None and min_dp(n.v) > dp:
        dp = None
    return dec_str(n.v, dp)


def final_str(v):
    s = dec_str(v)
    return s


class Num:
    __slots__ = ('v', 'kind', 'dp', 'unit')

    def __init__(self, v, kind='int', dp=None, unit=''):
        self.v = F(v)
        self.kind = kind
        self.dp = dp
        self.unit = unit

    def with_v(self, v, dp='same'):
        return Num(v, self.kind, self.dp if dp == 'same' else dp, self.unit)


def N(v, kind='int', dp=None):
    return Num(v, kind, dp)


def M(v):
    return Num(v, 'money', 2)


def Mw(v):
    """money shown without cents when whole (e.g. a $20 bill)"""
    return Num(v, 'money', 0 if F(v).denominator == 1 else 2)


def H(v):
    return Num(v, 'half')


def join_list(items, conj='and'):
    items = list(items)
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return '%s %s %s' % (items[0], conj, items[1])
    return ', '.join(items[:-1]) + ', %s %s' % (conj, items[-1])


def evaluate(items):
    env = []
    for it in items:
        if isinstance(it, Num):
            v = it.v / 100 if it.kind == 'pct' else it.v
            env.append('F(%d,%d)' % (v.numerator, v.denominator))
        elif isinstance(it, tuple) and it[0] == 'frac':
            a, b = it[1], it[2]
            env.append('(F(%d,%d)/F(%d,%d))' % (a.v.numerator, a.v.denominator, b.v.numerator, b.v.denominator))
        else:
            env.append({'+': '+', '-': '-', '*': '*', '/': '/', '(': '(', ')': ')'}[it])
    return eval(''.join(env), {'F': F})


# ---------------------------------------------------------------- faults
def _digits_variants(s):
    """s: plain numeric string like '1250', '13.50', '-3', '20.7'"""
    out = {}
    neg = s.startswith('-')
    body = s[1:] if neg else s
    dp = len(body.split('.')[1]) if '.' in body else 0
    pos = [i for i, c in enumerate(body) if c.isdigit()]

    def mk(b):
        return ('-' if neg else '') + b
    sw = []
    for a, b in zip(pos, pos[1:]):
        if b == a + 1 and body[a] != body[b]:
            t = list(body)
            t[a], t[b] = t[b], t[a]
            sw.append(mk(''.join(t)))
    if sw:
        out['digit_swap'] = sw
    if len(pos) >= 2:
        dr = []
        for i in pos:
            t = body[:i] + body[i + 1:]
            if t.startswith('.') or t.endswith('.') or t == '':
                continue
            dr.append(mk(t))
        if dr:
            out['digit_drop'] = dr
    db = []
    for i in pos:
        db.append(mk(body[:i] + body[i] + body[i:]))
    out['digit_double'] = db
    if '.' in body:
        ip, fp = body.split('.')
        allds = ip + fp
        sh = []
        k = len(ip)
        for nk in (k - 1, k + 1):
            if 1 <= nk < len(allds):
                sh.append(mk(allds[:nk] + '.' + allds[nk:]))
        if sh:
            out['decimal_shift'] = sh
    return out, dp


def make_wrong(rng, right, items, res_kind, tol_dp, allow_neg):
    """right: Num of the written (possibly rounded) result. returns (kind, Fraction)."""
    s = dec_str(right.v, right.dp if right.dp is not None else None)
    var, dp = _digits_variants(s)
    unit = F(1, 10 ** dp) if dp else F(1)
    cands = {}
    cands['off_by_one'] = [right.v + 1, right.v - 1] if dp == 0 or rng.random() < 0.5 else [right.v + unit, right.v - unit]
    cands['off_by_ten'] = [right.v + 10, right.v - 10]
    for k, lst in var.items():
        cands[k] = [F(x) for x in lst]
    if right.v < 0:
        cands['sign_drop'] = [-right.v]
    simple = [it for it in items if it not in ('(', ')')]
    if len(simple) == 3 and isinstance(simple[0], Num) and isinstance(simple[2], Num):
        a, op, b = simple[0].v, simple[1], simple[2].v
        alt = {'+': [a - b, a * b], '-': [a + b], '*': [a + b], '/': [a * b, a - b]}[op]
        alt = [x for x in alt if x.denominator == 1 or is_term(x, 2)]
        if alt:
            cands['wrong_op'] = alt
    tol = F(1, 2) * F(1, 10 ** tol_dp) if tol_dp is not None else F(0)
    kinds = sorted(cands)
    weights = {'off_by_one': 5, 'off_by_ten': 3, 'digit_swap': 4, 'digit_drop': 2, 'digit_double': 2,
               'decimal_shift': 3, 'sign_drop': 6, 'wrong_op': 3}
    order = []
    pool = list(kinds)
    while pool:
        tot = sum(weights[k] for k in pool)
        x = rng.random() * tot
        for k in pool:
            x -= weights[k]
            if x <= 0:
                break
        order.append(k)
        pool.remove(k)
    for k in order:
        lst = list(cands[k])
        rng.shuffle(lst)
        for w in lst:
            if abs(w - right.v) <= tol or w == right.v:
                continue
            if w < 0 and not allow_neg and k != 'sign_drop':
                continue
            if res_kind == 'pct':
                # must not match under the other reading of '%'
                if abs(w / 100 - right.v) <= tol:
                    continue
            if w == 0:
                continue
            if res_kind == 'money' and not is_term(w, 2):
                continue
            return k, w
    raise GenError('no wrong value for %s' % s)


# ---------------------------------------------------------------- renderer
class R:
    def __init__(self, style, seed, fault=None):
        self.style = style
        self.c = ST[style]
        self.rng = random.Random('txt|' + seed)
        self.frng = random.Random('flt|' + seed + '|' + repr(fault))
        self.lines = []
        self.fault = fault  # (step, mode)
        self.step = 0
        self.finfo = None
        self.nhead = 0
        self.open_table = None
        self.indent = ''
        self.pending = None
        self.calc_lines = []

    # -- basic output
    def out(self, s):
        if self.pending:
            p, self.pending = self.pending, None
            for x in p:
                self.blank() if x == '' else self.lines.append(x)
        self.lines.append(s)

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')

    def t(self, n):
        """number inside running text"""
        s = self.fnum(n)
        return '\\(%s\\)' % s if self.c['latex'] else s

    def pick(self, xs):
        return xs[self.rng.randrange(len(xs))]

    # -- number formatting
    def fnum(self, n, plain=False):
        c = self.c
        v = n.v
        neg = v < 0
        a = abs(v)
        kind = n.kind
        if kind == 'half' and a.denominator == 2 and c['half'] and not plain:
            ip = int(a)
            s = ('%d½' % ip) if ip else '½'
        elif kind == 'money':
            dp = n.dp if n.dp is not None else 2
            if dp == 0 and a.denominator != 1:
                dp = 2
            s = self._sep(dec_str(a, dp))
        else:
            if n.dp is not None:
                s = self._sep(dec_str(a, n.dp))
            else:
                s = self._sep(dec_str(a))
        if neg:
            s = c['neg'] + s
        if kind == 'money':
            s = (r'\$' if c['latex'] else '$') + s
            if neg:
                s = c['neg'] + s.replace(c['neg'], '', 1)
        if kind == 'pct':
            s += r'\%' if c['latex'] else '%'
        return s

    def _sep(self, s):
        ip, _, fp = s.partition('.')
        sep = self.c['sep']
        if len(ip) >= 4 and sep:
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = sep.join(groups)
        return ip + ('.' + fp if fp else '')

    def fitems(self, items):
        c = self.c
        parts = []
        for it in items:
            if isinstance(it, Num):
                s = self.fnum(it)
                if it.v < 0 and parts and parts[-1] not in ('(',):
                    s = '(' + s + ')'
                parts.append(s)
            elif isinstance(it, tuple) and it[0] == 'frac':
                a, b = self.fnum(it[1]), self.fnum(it[2])
                if c['latex']:
                    parts.append(r'\frac{%s}{%s}' % (a, b))
                else:
                    parts.append('%s/%s' % (a, b))
            elif it in '()':
                parts.append(it)
            else:
                parts.append({'+': '+', '-': c['sub'], '*': c['mul'], '/': c['div']}[it])
        s = ''
        for i, p in enumerate(parts):
            if p == '(':
                s += ('' if not s or s.endswith('(') else ' ') + '('
            elif p == ')':
                s += ')'
            else:
                if s and not s.endswith('('):
                    s += ' '
                s += p
        return s

    def wordy(self, items, res):
        simple = [it for it in items]
        a, op, b = simple
        w = {'+': self.pick(['plus', 'plus', 'added to']) if False else 'plus', '-': 'minus',
             '*': self.pick(['times', 'multiplied by']), '/': 'divided by'}[op]
        eqw = self.pick(['is', 'equals', 'gives'])
        return '%s %s %s %s %s' % (self.fnum(a), w, self.fnum(b), eqw, res)

    # -- structure
    def intro(self, goal, extra=None):
        st = self.style
        g = goal
        G = g[0].upper() + g[1:]
        if st == 'md_headings':
            self.out(self.pick(['We need to %s.' % g, 'Goal: %s.' % G, 'Approach: %s.' % G]))
        elif st == 'bold_labels':
            self.out('**Goal:** %s.' % G)
        elif st == 'bullets':
            self.out(self.pick(['To %s, I will read the data first.' % g, "Here's the plan: read the data, then %s." % g]))
        elif st == 'prose':
            self.out(self.pick(['To %s, we first read the values we need.' % g,
                                'We are asked to %s. Let me start by reading the data.' % g,
                                'The question asks us to %s.' % g]))
        elif st == 'tutor':
            self.out(self.pick(["Great question! Let's %s together." % g,
                                "Sure! Let's work through this carefully. We want to %s." % g,
                                "Happy to help! Our job is to %s." % g]))
        elif st in ('latex_inline', 'latex_display'):
            self.out(self.pick(['We want to %s.' % g, 'To solve this, we %s.' % g]))
        elif st == 'table':
            self.out(self.pick(["Let's organize the information in a table and %s." % g,
                                'I will put the data in a table first, then %s.' % g]))
        elif st == 'numbered':
            self.out(self.pick(["Here's how to %s:" % g, 'Steps to %s:' % g]))
        elif st == 'terse':
            pass
        if extra:
            self.out(extra)
        if self.lines:
            self.blank()

    def head(self, title):
        self.nhead += 1
        st = self.style
        self.indent = ''
        if st == 'md_headings':
            self.blank()
            self.out('### Step %d: %s' % (self.nhead, title))
        elif st == 'table':
            self.pending = ['', '**%s**' % title]
        elif st in ('bold_labels', 'bullets'):
            self.blank()
            self.out('**%s**' % title)
        elif st == 'numbered':
            self.blank()
            self.out('%d. **%s**' % (self.nhead, title))
            self.indent = '   '
        elif st == 'latex_display':
            self.blank()
            self.out('**%s**' % title)
        elif st in ('prose', 'tutor', 'latex_inline'):
            self.blank()
        elif st == 'terse':
            pass

    def say(self, text):
        st = self.style
        if st == 'numbered':
            self.out(self.indent + ('- ' if self.indent else '') + text)
        elif st == 'bullets':
            self.out('- ' + text)
        else:
            self.out(text)

    def note(self, text):
        """an aside/remark (ties, rounding remarks)."""
        st = self.style
        if st == 'bold_labels':
            self.out('**Note:** ' + text)
        elif st == 'md_headings':
            self.out('> ' + text)
        elif st == 'tutor':
            self.out(self.pick(['Heads up: ', 'Notice: ', 'One thing to watch: ']) + text)
        else:
            self.say(text)

    # -- data restatement
    def restate(self, pairs, lead='From the table', unit='', cols=None):
        """pairs: list of (label, Num|str)."""
        st = self.style

        def val(x):
            return x if isinstance(x, str) else self.fnum(x)
        u = ((' ' + unit) if not unit.startswith('°') else unit) if unit else ''
        if st == 'table' and cols:
            self.blank()
            self.out('| %s | %s |' % cols)
            self.out('|---|---|')
            for lab, x in pairs:
                self.out('| %s | %s |' % (lab, val(x)))
            self.open_table = ('restate', [x for _, x in pairs], 2, len(self.lines), self.step)
            return
        if st in ('bullets', 'md_headings', 'bold_labels') or (st == 'numbered'):
            ind = self.indent
            if lead:
                self.out(ind + lead + ':')
            for lab, x in pairs:
                self.out(ind + '- %s: %s%s' % (lab, val(x), u))
            return
        if st == 'terse':
            self.out(', '.join('%s %s' % (lab, val(x)) for lab, x in pairs))
            return
        if st in ('latex_inline', 'latex_display') and self.rng.random() < 0.5:
            self.out('%s: %s.' % (lead or 'Data', ', '.join(('%s \\(%s\\)' % (lab, val(x))) if not isinstance(x, str) else '%s %s' % (lab, x) for lab, x in pairs)))
            return
        if st in ('prose', 'tutor') and self.rng.random() < 0.5:
            bits = ['%s had %s' % (pairs[0][0], val(pairs[0][1]) + u)] + ['%s %s' % (lab, val(x)) for lab, x in pairs[1:]]
            self.out('%s, %s.' % (lead or 'Reading the data', join_list(bits)))
            return
        self.out('%s: %s.' % (lead or 'Data', ', '.join('%s %s' % (lab, val(x)) for lab, x in pairs)))

    # -- computations
    def _fault_here(self):
        return self.fault is not None and self.fault[0] == self.step

    def calc(self, items, kind='int', approx_dp=None, round_to=None, lab=None, sents=None, unit='',
             pct_chain=False, check=False, allow_neg=False, fixed_dp=None, emit=True, as_cell=False, row=False):
        """Compute items, write the line, return the Num to carry on.

        kind: result kind; approx_dp: decimals when the value is not exact;
        round_to: also show a final rounding to this many decimals;
        pct_chain: items evaluate to a fraction; show '≈ 0.207 = 20.7%'.
        """
        true = evaluate(items)
        if kind == 'pct' and not pct_chain and any(isinstance(x, Num) and x.kind == 'pct' for x in items):
            true *= 100
        rk = kind
        segs = []  # list of (rel, Num)
        tol_dp = None
        if pct_chain:
            d = approx_dp if approx_dp is not None else 1
            if is_term(true * 100, d):
                pv = true * 100
                fr = Num(true, 'dec')
                if min_dp(true) is not None and min_dp(true) <= 4:
                    segs.append(('=', fr))
                segs.append(('=', Num(pv, 'pct')))
            else:
                segs.append(('≈', Num(rnd(true, d + 2), 'dec', d + 2)))
                segs.append(('=', Num(rnd(true * 100, d), 'pct', d)))
                tol_dp = d
            rk = 'pct'
        else:
            md = min_dp(true, 6)
            if kind == 'money':
                if md is not None and md <= 2:
                    segs.append(('=', Num(true, 'money', 2 if fixed_dp is None else fixed_dp)))
                else:
                    d = 2
                    segs.append(('≈', Num(rnd(true, d), 'money', d)))
                    tol_dp = d
            else:
                limit = approx_dp if approx_dp is not None else 2
                if round_to is not None:
                    limit = max(limit, round_to + 2)
                if md is not None and md <= limit and (round_to is None or md <= 4):
                    segs.append(('=', Num(true, kind, fixed_dp)))
                else:
                    d = approx_dp if approx_dp is not None else 2
                    if round_to is not None:
                        d = round_to + 2
                        # avoid double-rounding artefacts
                        while rnd(rnd(true, d), round_to) != rnd(true, round_to):
                            d += 1
                    segs.append(('≈', Num(rnd(true, d), kind, d)))
                    tol_dp = d
                if round_to is not None and (min_dp(segs[-1][1].v) or 0) > round_to:
                    segs.append(('≈', Num(rnd(true, round_to), kind, round_to)))
                    tol_dp = round_to
        if check:
            return self._emit(items, segs, lab, sents, unit, check=True, as_cell=as_cell)
        self.step += 1
        carried = segs[-1][1]
        written = carried
        if self._fault_here():
            fk, wv = make_wrong(self.frng, carried, items, rk, tol_dp, allow_neg or true < 0)
            written = carried.with_v(wv)
            if written.dp is not None and min_dp(wv) is not None and min_dp(wv) > written.dp:
                written.dp = min_dp(wv)
            if written.kind == 'money':
                written.dp = 2 if wv.denominator != 1 or carried.dp else carried.dp
            segs = segs[:-1] + [(segs[-1][0], written)]
            self.finfo = dict(step=self.step, kind=fk, wrong=plainnum(written),
                              right=plainnum(carried), wv=wv, rv=carried.v)
            if self.fault[1] == 'carry':
                carried = written
        if emit:
            self._emit(items, segs, lab, sents, unit, as_cell=as_cell, row=row)
        return carried

    def eqstr(self, items, segs, unit=''):
        c = self.c
        left = self.fitems(items)
        s = left
        for rel, n in segs:
            r = rel
            if c['latex']:
                r = r'\approx' if rel == '≈' else '='
            s += ' %s %s' % (r, self.fnum(n))
        return s

    def _emit(self, items, segs, lab, sents, unit, check=False, as_cell=False, row=False):
        st = self.style
        c = self.c
        u = ((' ' + unit) if not unit.startswith('°') else unit) if unit else ''
        eq = self.eqstr(items, segs)
        if as_cell:
            self._cell = eq
            if self._fault_here() and not check:
                self.finfo['pending_cell'] = True
            return segs[-1][1]
        if (c['words'] and not check and len(items) == 3 and all(isinstance(x, Num) for x in (items[0], items[2]))
                and len(segs) == 1 and segs[0][0] == '=' and self.rng.random() < 0.35
                and items[0].kind != 'pct' and items[2].kind != 'pct' and items[0].v >= 0 and items[2].v >= 0):
            eq = self.wordy(items, self.fnum(segs[0][1]))
        if c['latex']:
            eq = '\\( %s \\)' % eq
        sent = self.pick(sents) if sents else None
        lab = lab or 'Result'
        ind = self.indent
        if check:
            if st == 'latex_display':
                self.out('Check:')
                self.out('\\[ %s \\]' % self.eqstr(items, segs) + (' ✓' if self.rng.random() < 0.5 else ''))
            else:
                tick = self.pick([' ✓', ' ✓', '', ' (matches)'])
                self.say('Check: %s%s%s' % (eq, u, tick))
            return segs[-1][1]
        if row and st != 'latex_display':
            if st == 'bold_labels':
                self.out('- **%s:** %s%s' % (lab, eq, u))
            elif st in ('md_headings', 'bullets'):
                self.out('- %s: %s%s' % (lab, eq, u))
            elif st == 'terse':
                self.out('%s: %s' % (lab, eq))
            else:
                self.out(ind + '%s: %s%s' % (lab, eq, u) if st != 'numbered' else ind + '- %s: %s%s' % (lab, eq, u))
        elif st == 'latex_display':
            self.out(ind + ('%s:' % lab if self.rng.random() < 0.7 or not sent else sent.replace('{eq}', '').rstrip(' .:') + ':'))
            self.out('\\[ %s \\]' % self.eqstr(items, segs) + ('' if not unit else ''))
        elif st in ('prose', 'tutor', 'latex_inline') and sent:
            self.out(sent.replace('{eq}', eq + u))
        elif st in ('md_headings', 'bold_labels', 'numbered', 'table') and sent and self.rng.random() < 0.25:
            self.out(ind + ('- ' if st == 'numbered' else '') + sent.replace('{eq}', eq + u))
        elif st == 'bold_labels':
            self.out('**%s:** %s%s' % (lab, eq, u))
        elif st == 'bullets':
            self.out('- %s: %s%s' % (lab, eq, u))
        elif st == 'numbered':
            self.out(ind + '- %s: %s%s' % (lab, eq, u))
        elif st == 'terse':
            self.out('%s: %s' % (lab, eq))
        else:
            self.out(ind + '%s: %s%s' % (lab, eq, u))
        if self._fault_here():
            self.finfo['line'] = len(self.lines) - 1
        return segs[-1][1]

    def check(self, items, target, kind='int', unit=''):
        """A verifying computation; written only if it comes out equal to target."""
        v = evaluate(items)
        if v != target.v:
            return
        self.calc(items, kind=kind, check=True, unit=unit)

    # -- per-item computed column
    def per_item(self, rows, cols, unit='', kind='int', lab_fmt='{lab}', approx_dp=None, pct_chain=False,
                 allow_neg=False):
        """rows: list of (label, given_str, items). Returns list of Nums."""
        st = self.style
        res = []
        if st == 'table':
            self.blank()
            self.out('| %s |' % ' | '.join(cols))
            self.out('|' + '---|' * len(cols))
            for lab, given, items in rows:
                n = self.calc(items, kind=kind, approx_dp=approx_dp, pct_chain=pct_chain, as_cell=True,
                              allow_neg=allow_neg)
                cell = self._cell
                if given is None:
                    self.out('| %s | %s |' % (lab, cell))
                else:
                    self.out('| %s | %s | %s |' % (lab, given, cell))
                if self.finfo and self.finfo.pop('pending_cell', False):
                    self.finfo['line'] = len(self.lines) - 1
                    self.finfo['table_cell'] = True
                res.append(n)
            self.open_table = ('per_item', res, len(cols), len(self.lines), self.step)
            return res
        for lab, given, items in rows:
            n = self.calc(items, kind=kind, approx_dp=approx_dp, pct_chain=pct_chain, lab=lab_fmt.format(lab=lab),
                          sents=[lab_fmt.format(lab=lab) + ': {eq}'], unit=unit, allow_neg=allow_neg, row=True)
            res.append(n)
        return res

    def total(self, nums, lab='Total', sents=None, unit='', kind=None, bold_total=True):
        st = self.style
        kind = kind or (nums[0].kind if nums[0].kind != 'half' else 'int')
        if kind == 'half':
            kind = 'int'
        ot = self.open_table
        if st == 'table' and ot is not None and ot[4] == self.step and len(ot[1]) == len(nums) and all(
                isinstance(a, Num) and a.v == b.v for a, b in zip(ot[1], nums)):
            items = []
            for i, n in enumerate(nums):
                if i:
                    items.append('+')
                items.append(n)
            self.step += 1
            true = sum((n.v for n in nums), F(0))
            carried = Num(true, kind, 2 if kind == 'money' else None)
            written = carried
            if self._fault_here():
                fk, wv = make_wrong(self.frng, carried, items, kind, None, False)
                written = carried.with_v(wv)
                self.finfo = dict(step=self.step, kind=fk, wrong=plainnum(written),
                                  right=plainnum(carried), wv=wv, rv=carried.v)
                if self.fault[1] == 'carry':
                    carried = written
            if self.finfo and self.finfo.get('table_cell'):
                self.finfo['implicit'] = True
            cells = [''] * (ot[2] - 2)
            w = self.fnum(written)
            pos = ot[3]
            self.lines.insert(pos, '| **Total** | %s**%s** |' % (''.join(x + ' | ' for x in cells), w))
            if self._fault_here():
                self.finfo['line'] = pos
            self.pending = None
            self.open_table = None
            return carried
        items = []
        for i, n in enumerate(nums):
            if i:
                items.append('+')
            items.append(n)
        return self.calc(items, kind=kind, lab=lab, sents=sents, unit=unit)

    # -- final answer
    def final(self, num, sent, unit=''):
        """sent contains {ans}."""
        st = self.style
        a = self.fnum(num)
        u = ((' ' + unit) if not unit.startswith('°') else unit) if unit else ''
        self.blank()
        if self.c['latex']:
            a = '\\(%s\\)' % a
        if st == 'md_headings':
            self.out('### Answer')
            self.out(sent.replace('{ans}', '**%s%s**' % (a, u)))
        elif st == 'bold_labels':
            self.out('**Answer:** ' + sent.replace('{ans}', a + u))
        elif st == 'bullets':
            self.out('**Answer: %s%s**' % (a, u))
        elif st == 'prose':
            self.out(sent.replace('{ans}', a + u))
        elif st == 'tutor':
            fw = sent.split()[0]
            if fw in ('The', 'There', 'Together', 'About', 'It', 'They', 'At'):
                sent = sent[0].lower() + sent[1:]
            self.out(self.pick(['So, ', 'And there we have it: ', 'Putting it all together: ']) +
                     sent.replace('{ans}', '**%s%s**' % (a, u)))
            self.out(self.pick(['Hope this helps!', 'Let me know if you want to check another one!',
                                'Nice work reading the chart!']))
        elif st == 'latex_inline':
            self.out(sent.replace('{ans}', a + u))
            self.out('The answer is \\(\\boxed{%s}\\).' % self.fnum(num))
        elif st == 'latex_display':
            self.out(sent.replace('{ans}', a + u))
            self.out('\\[ \\boxed{%s} \\]' % self.fnum(num))
        elif st == 'table':
            self.out('**Answer: %s%s**' % (a, u))
        elif st == 'terse':
            self.out('Answer: %s%s' % (a, u))
        elif st == 'numbered':
            self.out('**Final answer:** %s%s' % (a, u))
        self.out('')
        self.out('#### ' + final_str(num.v))
        self.final_v = num.v

    def text(self):
        """returns (lines, index of the fault line in the returned list or None)"""
        out = []
        fidx = None
        want = self.finfo.get('line') if self.finfo else None
        for i, l in enumerate(self.lines):
            if l == '' and (not out or out[-1] == ''):
                continue
            if i == want:
                fidx = len(out)
            out.append(l)
        return out, fidx


def tstr(m, ampm=False):
    h, mm = divmod(m, 60)
    if ampm:
        suf = 'a.m.' if h < 12 else 'p.m.'
        h12 = h % 12 or 12
        return '%d:%02d %s' % (h12, mm, suf)
    return '%d:%02d' % (h, mm)


def _tcalc(self, t1, t2, lab, ampm=False):
    """elapsed minutes between two clock times, written as a checkable line."""
    self.step += 1
    right = Num(t2 - t1, 'int')
    carried = right
    written = right
    if self._fault_here():
        fk, wv = make_wrong(self.frng, right, [], 'int', None, False)
        written = right.with_v(wv)
        self.finfo = dict(step=self.step, kind=fk, wrong=plainnum(written),
                          right=plainnum(right), wv=wv, rv=right.v)
        if self.fault[1] == 'carry':
            carried = written
    a, b = tstr(t1, ampm), tstr(t2, ampm)
    w = self.fnum(written)
    st = self.style
    form = self.pick([0, 1, 2]) if st not in ('terse', 'table') else 2
    if st == 'table':
        form = 1
    if form == 0:
        s = 'From %s to %s is %s minutes' % (a, b, w)
    elif form == 1:
        s = '%s to %s = %s min' % (a, b, w)
    else:
        s = '%s → %s: %s min' % (a, b, w)
    if st in ('prose', 'tutor', 'latex_inline'):
        self.out('%s: from %s to %s is %s minutes.' % (lab, a, b, w))
    elif st == 'bold_labels':
        self.out('**%s:** %s' % (lab, s))
    elif st in ('bullets',):
        self.out('- %s: %s' % (lab, s))
    elif st == 'numbered':
        self.out(self.indent + '- %s: %s' % (lab, s))
    else:
        self.out('%s: %s' % (lab, s))
    if self._fault_here():
        self.finfo['line'] = len(self.lines) - 1
    return carried


R.tcalc = _tcalc
