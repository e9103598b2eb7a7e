#!/usr/bin/env python3
"""Generate the held-out lab-mixing evaluation set. stdlib only, deterministic."""
import argparse
import json
import os
import re
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Q, Chain, fmt, show  # noqa: E402
from structs import S  # noqa: E402
import random  # noqa: E402

STYLES = ['md_steps', 'bold_labels', 'bullets', 'prose', 'latex_inline', 'latex_display',
          'table', 'terse', 'tutor', 'numbered']
NUMSETS = 4


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- rendering
class St:
    def __init__(self, name, rng):
        self.name = name
        self.latex = name in ('latex_inline', 'latex_display')
        if self.latex:
            self.mul, self.div = '\\times', '\\div'
        elif name == 'terse':
            self.mul, self.div = rng.choice([('*', '/'), ('x', '/'), ('×', '/')])
        else:
            self.mul, self.div = rng.choice([('×', '÷'), ('×', '/'), ('×', '÷'), ('·', '/'), ('x', '÷')])
        self.sub = rng.choice(['−', '-']) if not self.latex else '-'
        self.units = name in ('bold_labels', 'bullets', 'latex_display', 'numbered', 'tutor') or rng.random() < 0.4
        self.worded = name == 'prose' and rng.random() < 0.6
        self.frac = name == 'latex_display' and rng.random() < 0.7
        self.commas = rng.random() < 0.6
        self.approx = '\\approx' if self.latex else rng.choice(['≈', '≈', '='])

    def num(self, disp, unit, force_unit=False, pct=False):
        if unit == '$':
            return ('\\$' if self.latex else '$') + disp
        if unit == '%':
            if pct:
                return disp + ('\\%' if self.latex else '%')
            return disp
        if unit and (self.units or force_unit):
            if self.latex:
                return disp + '\\text{ %s}' % unit
            return disp + ' ' + unit
        return disp

    def res(self, r):
        if r.unit == '%':
            return r.disp + ('\\%' if self.latex else '%')
        if r.unit == '$':
            return ('\\$' if self.latex else '$') + r.disp
        if not r.unit:
            return r.disp
        if self.latex:
            return r.disp + '\\text{ %s}' % r.unit
        return r.disp + ' ' + r.unit

    def expr(self, toks, worded=False):
        if self.frac and len(toks) == 3 and toks[1] == '/':
            return '\\frac{%s}{%s}' % (self.num(toks[0].disp, toks[0].unit), self.num(toks[2].disp, toks[2].unit))
        out = []
        for k, t in enumerate(toks):
            if isinstance(t, Q):
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                out.append(self.num(t.disp, t.unit, pct=(nxt == 'of')))
            elif t == '*':
                out.append(' times ' if worded else ' %s ' % self.mul)
            elif t == '/':
                out.append(' divided by ' if worded else ' %s ' % self.div)
            elif t == '+':
                out.append(' plus ' if worded else ' + ')
            elif t == '-':
                out.append(' minus ' if worded else ' %s ' % self.sub)
            elif t == 'of':
                out.append(' of ' if not self.latex else ' \\text{ of } ')
            elif t == '(':
                out.append('(')
            elif t == ')':
                out.append(')')
        s = ''.join(out)
        return re.sub(r'\( ', '(', re.sub(r' \)', ')', s))


def step_eq(st, s, rng, worded=False, with_sym=False):
    """The equation text for a calc/conv step."""
    if s['type'] == 'conv':
        x = s['toks'][0]
        lhs = st.num(x.disp, x.unit, force_unit=True)
        return '%s = %s' % (lhs, st.num(s['r'].disp, s['r'].unit, force_unit=True))
    rel = '=' if s['exact'] else st.approx
    if worded and rel == '=':
        rel = rng.choice(['is', 'gives', 'equals', '='])
    e = st.expr(s['toks'], worded=worded)
    pre = ''
    if with_sym and s.get('sym'):
        sym = s['sym']
        if st.latex and len(sym) == 2 and sym[1].isdigit():
            sym = sym[0] + '_' + sym[1]
        pre = sym + ' = '
    return '%s%s %s %s' % (pre, e, rel, st.res(s['r']))


def check_line(st, ans_step, rng):
    """An inverse check on the answer step, only when it is exact and holds."""
    t = ans_step['toks']
    if ans_step['type'] != 'calc' or not ans_step['exact'] or len(t) != 3 or not isinstance(t[0], Q) or not isinstance(t[2], Q):
        return None
    a, op, b = t
    r = ans_step['r']
    if op == '/':
        v, inv = r.val * b.val, '*'
    elif op == '*' and b.val != 0:
        v, inv = r.val / b.val, '/'
    elif op == '-':
        v, inv = r.val + b.val, '+'
    elif op == '+':
        v, inv = r.val - b.val, '-'
    else:
        return None
    if v != a.val:
        return None
    rr = Q(r.disp, r.unit)
    if rr.unit == '%':
        rr = Q(r.disp, '')
    e = st.expr([rr, inv, b])
    return '%s = %s' % (e, st.res(Q(a.disp, a.unit if a.unit != '%' else '')))


INTROS = {
    'md_steps': ['## Solution', "Let's solve this step by step.", '## Setting up the problem'],
    'bold_labels': ['**Given:** {g}', '**Known values:** {g}'],
    'bullets': ["Here's what we know:", 'Given information:', 'What we have:'],
    'prose': ['We are given {g}.', 'The problem tells us {g}.', 'Start with what is known: {g}.'],
    'latex_inline': ['We know {g}.', 'From the problem: {g}.'],
    'latex_display': ['**Given:** {g}', 'We have {g}.'],
    'table': ['Known values: {g}.', 'Data: {g}.'],
    'terse': ['Given: {g}', ''],
    'tutor': ["Great question! Let's work through it together.", "Sure! Let's break this down step by step.",
              "No problem, this is a classic lab calculation. Let's take it one piece at a time."],
    'numbered': ['Here is the calculation:', 'Steps:', "Let's go through it:"],
}
CONNECT = ['First', 'Next', 'Then', 'Now', 'After that', 'Finally']


def render(style, st, rng, steps, info, final_disp, ans_step, with_check):
    """Return (lines, map step_i -> line index)."""
    L = []
    where = {}
    g = ', '.join(info['given'])
    intro = rng.choice(INTROS[style]).format(g=g)
    if intro:
        L.append(intro)
        L.append('')
    if style == 'bullets':
        for x in info['given']:
            L.append('- ' + x)
        L.append('')
        L.append(rng.choice(['Now the calculation:', 'Working:', 'Calculations:']))
    if style == 'table':
        L.append('| Step | Quantity | Calculation |')
        L.append('|---|---|---|')
    calcs = [s for s in steps if s['type'] in ('calc', 'conv')]
    k = 0
    pending_notes = []
    for s in steps:
        if s['type'] == 'note':
            if style == 'table':
                pending_notes.append(s['text'])
            else:
                if style == 'md_steps':
                    L.append('')
                L.append(s['text'])
            continue
        if s['type'] == 'check':
            continue
        k += 1
        lab = s['label']
        last = (k == len(calcs))
        if style == 'md_steps':
            if k > 1:
                L.append('')
            L.append('### Step %d: %s' % (k, cap(lab)))
            where[s['i']] = len(L)
            L.append(step_eq(st, s, rng, with_sym=rng.random() < 0.5))
        elif style == 'bold_labels':
            where[s['i']] = len(L)
            L.append('**%s:** %s' % (cap(lab), step_eq(st, s, rng)))
            L.append('')
        elif style == 'bullets':
            where[s['i']] = len(L)
            L.append('- %s: %s' % (cap(lab), step_eq(st, s, rng)))
        elif style == 'prose':
            conn = 'Finally' if last and k > 1 else CONNECT[min(k - 1, 4)]
            worded = st.worded and s['type'] == 'calc' and len(s['toks']) == 3
            eq = step_eq(st, s, rng, worded=worded)
            form = rng.choice(['%s, the %s: %s.', '%s we need the %s, and %s.', '%s, for the %s we get %s.'])
            where[s['i']] = len(L)
            L.append(form % (conn, lab, eq))
        elif style == 'latex_inline':
            where[s['i']] = len(L)
            L.append(rng.choice(['The %s is \\(%s\\).', 'For the %s: \\(%s\\).', '%s: \\(%s\\)']) % (
                lab if rng.random() < 0.7 else cap(lab), step_eq(st, s, rng, with_sym=True)))
            if not L[-1].endswith('.'):
                L[-1] = cap(L[-1])
            L.append('')
        elif style == 'latex_display':
            L.append('%s:' % cap(lab))
            where[s['i']] = len(L)
            L.append('\\[ %s \\]' % step_eq(st, s, rng, with_sym=True))
            L.append('')
        elif style == 'table':
            where[s['i']] = len(L)
            L.append('| %d | %s | %s |' % (k, cap(lab), step_eq(st, s, rng)))
        elif style == 'terse':
            where[s['i']] = len(L)
            if s.get('sym') and rng.random() < 0.6:
                L.append(step_eq(st, s, rng, with_sym=True))
            else:
                L.append('%s: %s' % (lab, step_eq(st, s, rng)))
        elif style == 'tutor':
            lead = rng.choice(["Let's find the %s.", 'Now for the %s.', 'Next up: the %s.', 'We need the %s.'])
            where[s['i']] = len(L)
            tail = rng.choice([' Nice, that is %s.', ' So that gives us %s.', ''])
            tail = tail % show(s['r'].disp, s['r'].unit) if '%s' in tail else tail
            L.append('%s %s.%s' % (lead % lab if k > 1 or rng.random() < 0.5 else "First, let's get the %s." % lab,
                                   step_eq(st, s, rng), tail))
            L.append('')
        elif style == 'numbered':
            where[s['i']] = len(L)
            L.append('%d. %s: %s' % (k, cap(lab), step_eq(st, s, rng)))
    if style == 'table':
        L.append('')
        L.extend(pending_notes)
    while L and L[-1] == '':
        L.pop()
    L.append('')
    if with_check and ans_step is not None:
        c = check_line(st, ans_step, rng)
        if c is not None:
            if style.startswith('latex'):
                L.append('Check: \\(%s\\) ✓' % c)
            elif style == 'tutor':
                L.append("Let's double-check: %s. ✓ It works!" % c)
            else:
                L.append(rng.choice(['Check: %s ✓', 'Check: %s.', '**Check:** %s ✓']) % c)
            L.append('')
    concl = info['concl'].replace('{a}', show(info['ans'].disp, info['ans'].unit))
    if style in ('md_steps',):
        L.append('### Answer')
        L.append(concl)
    elif style in ('bold_labels', 'numbered'):
        L.append('**Answer:** ' + concl)
    elif style == 'latex_display':
        a = info['ans']
        L.append(concl)
        L.append('')
        L.append('\\[ \\boxed{%s} \\]' % st.res(a))
    elif style == 'terse':
        L.append('Answer: ' + show(info['ans'].disp, info['ans'].unit))
    elif style == 'tutor':
        L.append(concl + rng.choice([' Hope that helps!', ' Let me know if you want to see another example.', '']))
    else:
        pre = rng.choice(['So, ', 'Therefore, ', ''])
        L.append(pre + (concl[0].lower() + concl[1:] if pre else concl))
    L.append('')
    L.append('#### ' + final_disp)
    return L, where


COMMA_RE = re.compile(r'(?<![\d.,\w])(\d{4,})(?![\d])')


def add_commas(line):
    if line.startswith('####'):
        return line

    def f(m):
        s = m.group(1)
        return '{:,}'.format(int(s))
    return COMMA_RE.sub(f, line)


# ---------------------------------------------------------------- faults
def ulp_ok(true_val, disp):
    """True if disp is an acceptable written value of true_val (rounded at its own precision)."""
    d = len(disp.split('.')[1]) if '.' in disp else 0
    return abs(Fraction(disp) - true_val) <= Fraction(1, 2 * 10 ** d)


def mutate(rng, s, kind, step):
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == 'off_by_one':
        d = len(s.split('.')[1]) if '.' in s else 0
        v = Fraction(s) + rng.choice([1, -1]) * Fraction(1, 10 ** d)
        return fmt(v, d, keep=True)
    if kind == 'off_by_ten':
        d = len(s.split('.')[1]) if '.' in s else 0
        if Fraction(s) >= 20:
            v = Fraction(s) + rng.choice([10, -10])
        else:
            v = Fraction(s) + rng.choice([10, -10]) * Fraction(1, 10 ** d)
        return fmt(v, d, keep=True)
    if kind == 'swap':
        cands = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
        if not cands:
            return None
        i = rng.choice(cands)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return t
    if kind == 'drop':
        sig = [i for i in digits if not (s[i] == '0' and i == 0)]
        if len(sig) < 2:
            return None
        i = rng.choice(sig)
        t = s[:i] + s[i + 1:]
        if t.endswith('.') or t.startswith('.'):
            return None
        return t
    if kind == 'double':
        i = rng.choice(digits)
        return s[:i] + s[i] + s[i:]
    if kind == 'decimal_shift':
        v = Fraction(s) * rng.choice([10, Fraction(1, 10)])
        d = len(s.split('.')[1]) if '.' in s else 0
        return fmt(v, max(d + 1, 0))
    if kind == 'wrong_op':
        t = step['toks']
        if step['type'] != 'calc' or len(t) != 3 or not isinstance(t[0], Q) or not isinstance(t[2], Q):
            return None
        a, op, b = t
        alt = {'*': '+', '/': '*', '+': '*', '-': '+', 'of': '*'}.get(op)
        if alt is None:
            return None
        av = a.val / 100 if op == 'of' else a.val
        v = {'*': av * b.val, '+': av + b.val}[alt]
        return fmt(v, step['dec'])
    return None


KINDS = ['off_by_one', 'off_by_ten', 'swap', 'drop', 'double', 'decimal_shift', 'wrong_op']


def true_of(step):
    if step['type'] == 'conv':
        return step['toks'][0].val * step['factor']
    from core import evaluate
    return evaluate(step['toks'])


def positive_chain(steps, info):
    for s in steps:
        if s['type'] in ('calc', 'conv') and s['r'].val <= 0:
            return False
    return info['ans'].val > 0


# ---------------------------------------------------------------- main
def build_problem(si, struct, phr, ns, style):
    seed = 'lab-mix|%s|%d|%d' % (struct['name'], phr, ns)
    rng = random.Random(seed)
    for _ in range(50):
        p = struct['make'](rng)
        c = Chain()
        info = struct['solve'](p, c)
        if positive_chain(c.steps, info):
            break
    problem = struct['texts'][phr].format(**p)
    if rng.random() < 0.5:
        problem = add_commas(problem)
    final = fmt(info['ans'].val, 8)
    st = St(style, random.Random(seed + '|style'))
    with_check = style in ('tutor', 'numbered', 'bold_labels', 'md_steps', 'latex_inline', 'prose') and rng.random() < 0.7
    ans_step = [s for s in c.steps if s['type'] in ('calc', 'conv')][-1]

    def text_of(steps, info, rseed, final_disp, check=True):
        r2 = random.Random(rseed)
        st2 = St(style, random.Random(seed + '|style'))
        ans = [s for s in steps if s['type'] in ('calc', 'conv')][-1]
        lines, where = render(style, st2, r2, steps, info, final_disp, ans, with_check and check)
        if st2.commas:
            lines = [add_commas(x) for x in lines]
        return lines, where

    rows = []
    base = dict(pid='%s-%d-%d' % (struct['name'], phr, ns), template='%s/p%d' % (struct['name'], phr),
                style=style, problem=problem)
    lines, where = text_of(c.steps, info, seed + '|r', final)
    sol = '\n'.join(lines)
    rows.append(dict(base, variant='correct', solution=sol, final=final))

    # faults
    frng = random.Random(seed + '|fault')
    idxs = [s['i'] for s in c.steps if s['type'] in ('calc', 'conv')]
    nsteps = len(idxs)

    def try_fault(mode):
        order = list(idxs)
        frng.shuffle(order)
        kinds = list(KINDS)
        for _ in range(60):
            i = frng.choice(order)
            kind = frng.choice(kinds)
            step = [s for s in c.steps if s.get('i') == i][0]
            w = mutate(frng, step['right'], kind, step)
            if w is None or w == step['right'] or Fraction(w) <= 0:
                continue
            if w.startswith('0') and len(w) > 1 and w[1] != '.':
                continue
            if ulp_ok(true_of(step), w):
                continue
            c2 = Chain({i: w}, slip=(mode == 'slip'))
            info2 = struct['solve'](p, c2)
            if mode == 'carry':
                if not positive_chain(c2.steps, info2):
                    continue
                f2 = fmt(info2['ans'].val, 8)
                if f2 == final:
                    continue
            else:
                f2 = final
            chk = True
            if mode == 'carry' and i == ans_step['i']:
                chk = False
            lines2, where2 = text_of(c2.steps, info2, seed + '|r', f2, check=chk)
            li = where2[i]
            start = sum(len(x) + 1 for x in lines2[:li])
            end = start + len(lines2[li])
            sol2 = '\n'.join(lines2)
            k = idxs.index(i) + 1
            return dict(base, variant=mode, solution=sol2, final=final, span=[start, end], wrong=w,
                        right=step['right'], step=k, kind=kind)
        return None

    for mode in ('slip', 'carry'):
        r = try_fault(mode)
        if r is None:
            raise SystemExit('no fault for %s %s' % (base['pid'], mode))
        rows.append(r)

    # loop
    lrng = random.Random(seed + '|loop')
    cand = [where[i] for i in idxs if where[i] < len(lines) - 3]
    j = lrng.choice(cand)
    u = lrng.choice([1, 1, 2, 3])
    lo = max(0, j - u + 1)
    unit_lines = lines[lo:j + 1]
    if all(x.strip() == '' for x in unit_lines):
        unit_lines = [lines[j]]
        lo = j
    unit = '\n'.join(unit_lines)
    reps = lrng.randint(8, 30)
    prefix = '\n'.join(lines[:lo])
    if prefix:
        prefix += '\n'
    body = '\n'.join([unit] * reps)
    if lrng.random() < 0.5:
        # cut the last copy off mid-line, before any number of its first line appears
        first_line = unit.split('\n')[0]
        m = re.search(r'\d', first_line)
        lim = m.start() if m else len(first_line)
        if lim > 3:
            cut = lrng.randint(2, lim - 1)
            body += '\n' + unit[:cut]
    sol3 = prefix + body
    s2 = len(prefix) + len(unit) + 1
    rows.append(dict(base, variant='loop', solution=sol3, final=final, span=[s2, s2 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = []
    combos = []
    for si, struct in enumerate(S):
        for phr in range(len(struct['texts'])):
            for ns in range(NUMSETS):
                combos.append((si, phr, ns))
    srng = random.Random('lab-mix-styles')
    styles = [STYLES[k % len(STYLES)] for k in range(len(combos))]
    srng.shuffle(styles)
    for (si, phr, ns), style in zip(combos, styles):
        rows.extend(build_problem(si, S[si], phr, ns, style))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            order = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right',
                     'step', 'kind', 'repeats']
            f.write(json.dumps({k: r[k] for k in order if k in r}, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
