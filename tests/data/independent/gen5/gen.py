#!/usr/bin/env python3
"""Generate the GSM-style evaluation set.  Usage: python3 gen.py OUTDIR [--seed N]"""
import json, os, random, sys, zlib
from fractions import Fraction as F
from templates import TEMPLATES

SEED = 20251203


# ---------------------------------------------------------------- numbers
def ok2(v):
    v = F(v)
    return v >= 0 and (v * 100).denominator == 1


def num(v, commas=False):
    v = F(v)
    assert (v * 100).denominator == 1, v
    if v.denominator == 1:
        s = str(v.numerator)
        if commas and abs(v) >= 1000:
            s = f"{v.numerator:,}"
        return s
    s = f"{float(v):.2f}"
    if s.endswith('0'):
        s = s[:-1]
    if commas and abs(v) >= 1000:
        i, d = s.split('.')
        s = f"{int(i):,}.{d}"
    return s


def money(v, commas=False, cents=False):
    v = F(v)
    if v.denominator != 1 or cents:
        s = f"{float(v):,.2f}" if commas else f"{float(v):.2f}"
        assert F(s.replace(',', '')) == v
        return s
    return num(v, commas)


def plain(v):  # for '####' lines
    return num(v)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, override=None):
        self.steps = []
        self.override = override or {}

    def c(self, terms, desc, unit='', money=False):
        expr = ''
        for t in terms:
            if isinstance(t, str) and t in '+-*/':
                expr += t
            elif isinstance(t, tuple):
                k, v = t
                expr += f"F({str(v)!r})" if k == '$' else f"(F({str(v)!r})/100)"
            else:
                expr += f"F({str(F(t))!r})"
        val = eval(expr, {'F': F})
        idx = len(self.steps)
        if idx in self.override:
            val = self.override[idx]
        self.steps.append(dict(terms=terms, result=val, desc=desc, unit=unit, money=money))
        return val


def run(t, n, override=None):
    b = Builder(override)
    ans, concl, kind = t['fn'](b, n)
    return b.steps, ans, concl, kind


# ---------------------------------------------------------------- expression rendering
OPS = {
    'uni': {'*': ' × ', '/': ' ÷ ', '+': ' + ', '-': ' − '},
    'uni2': {'*': ' × ', '/': ' / ', '+': ' + ', '-': ' - '},
    'ascii': {'*': ' * ', '/': ' / ', '+': ' + ', '-': ' - '},
    'gsm': {'*': '*', '/': '/', '+': '+', '-': '-'},
    'x': {'*': ' x ', '/': ' / ', '+': ' + ', '-': ' - '},
    'tex': {'*': ' \\times ', '/': ' \\div ', '+': ' + ', '-': ' - '},
    'texcdot': {'*': ' \\cdot ', '/': ' \\div ', '+': ' + ', '-': ' - '},
    'word': {'*': ' times ', '/': ' divided by ', '+': ' plus ', '-': ' minus '},
}


class Fmt:
    """How a style writes numbers/operators."""
    def __init__(self, ops='uni', tex=False, dollar=True, commas=False, cents=False,
                 pct='sym', frac=False, units=True, textunits=False):
        self.__dict__.update(locals())
        del self.__dict__['self']

    def operand(self, t):
        if isinstance(t, tuple):
            k, v = t
            if k == '$':
                if not self.dollar:
                    return money(v, self.commas, self.cents)
                return ('\\$' if self.tex else '$') + money(v, self.commas, self.cents)
            if self.pct == 'dec':
                d = F(v) / 100
                s = f"{float(d):.2f}" if (d * 100).denominator == 1 else str(float(d))
                return s
            if self.pct == 'frac':
                return f"{num(v)}/100"
            return num(v) + ('\\%' if self.tex else '%')
        return num(t, self.commas)

    def expr(self, terms):
        ops = OPS[self.ops]
        if self.frac and self.tex and len(terms) == 3 and terms[1] == '/' and not isinstance(terms[0], tuple):
            return f"\\frac{{{self.operand(terms[0])}}}{{{self.operand(terms[2])}}}"
        out = ''
        for i, t in enumerate(terms):
            if isinstance(t, str) and t in '+-*/':
                if self.ops == 'word' and t == '*' and i + 1 < len(terms) and isinstance(terms[i + 1], tuple) and terms[i + 1][0] == '%' and self.pct == 'sym':
                    # "25% of $80" is written the other way round below
                    out += ' times '
                else:
                    out += ops[t]
            else:
                out += self.operand(t)
        return out

    def result(self, step, val, with_unit=True):
        if step['money']:
            if self.dollar:
                return ('\\$' if self.tex else '$') + money(val, self.commas, self.cents)
            return money(val, self.commas, self.cents)
        s = num(val, self.commas)
        if with_unit and self.units and step['unit'] and step['unit'] not in ('parts',):
            if self.tex and self.textunits:
                s += f" \\text{{ {step['unit']}}}"
            elif not self.tex:
                s += ' ' + step['unit']
        return s

    def ans(self, val, kind):
        if kind == '$':
            return '$' + money(val, False, True)
        return num(val, self.commas)


def lower_first(s):
    w = s.split(' ', 1)[0]
    return (s[0].lower() + s[1:]) if w in ('The', 'There', 'It', 'Each', 'One') else s


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- styles
# Each style: fn(ctx) -> (lines, step_line_index_list)
# ctx: steps (list), shown (list of displayed results), concl (str), ans (str), final(val), rng

VERB = {'*': 'multiply', '/': 'divide', '+': 'add', '-': 'subtract'}


def main_op(terms):
    ops = [t for t in terms if isinstance(t, str) and t in '+-*/']
    return ops[0] if ops else '*'


def style_gsm8k(c):
    r = c['rng']
    f = Fmt(ops='gsm', dollar=True, units=True)
    lines, idx = [], []
    for s, v in zip(c['steps'], c['shown']):
        e = f.expr(s['terms'])
        raw = e.replace('$', '')
        cur = '$' if s['money'] else ''
        unit = (' ' + s['unit']) if (s['unit'] and not s['money'] and s['unit'] != 'parts') else ''
        lead = r.choice(['The {d} is ', 'So the {d} is ', 'That means the {d} is ', 'The {d} comes to '])
        line = cap(lead.format(d=s['desc'])) + f"{e} = {cur}<<{raw}={num(v)}>>{num(v)}{unit}."
        idx.append(len(lines)); lines.append(line)
    return lines, idx


def style_llama3(c):
    r = c['rng']
    texm = r.random() < 0.5
    f = Fmt(ops='tex' if texm else r.choice(['ascii', 'uni2']), tex=texm)
    lines, idx = [], []
    for i, s in enumerate(c['steps'], 1):
        lines.append(f"## Step {i}: {r.choice(['Calculate', 'Determine', 'Find'])} the {s['desc']}")
        op = main_op(s['terms'])
        pre = r.choice([f"To find the {s['desc']}, we {VERB[op]}: ", f"The {s['desc']} is ", ""])
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        eq = f"${eq}$" if texm else eq
        idx.append(len(lines)); lines.append(pre + eq + ('.' if pre else ''))
        lines.append('')
    lines.append(f"The final answer is: $\\boxed{{{c['plain']}}}$")
    return lines, idx


def style_qwen(c):
    r = c['rng']
    f = Fmt(ops='tex', tex=True, frac=r.random() < 0.5, textunits=True)
    lines = [r.choice(["To solve this problem, we need to follow these steps:",
                       "To determine the answer, we will break the problem down into smaller steps.",
                       "Let's solve the problem step by step."]), '']
    idx = []
    for i, s in enumerate(c['steps'], 1):
        lines.append(f"{i}. **{r.choice(['Calculate', 'Determine', 'Find'])} the {s['desc']}:**")
        lines.append("   \\[")
        idx.append(len(lines))
        lines.append(f"   {f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}")
        lines.append("   \\]")
        lines.append('')
    a = c['ans_tex']
    lines.append(r.choice(["Therefore, ", "Thus, ", "So, "]) + lower_first(c['concl'])[:-1] + f". The answer is \\(\\boxed{{{c['plain']}}}\\).")
    return lines, idx


def style_gpt4o(c):
    r = c['rng']
    f = Fmt(ops='tex', tex=True, commas=True, frac=r.random() < 0.3, textunits=True)
    lines = ["Let's break this down step by step.", ''] if r.random() < 0.7 else []
    idx = []
    oneline = r.random() < 0.5
    for i, s in enumerate(c['steps'], 1):
        lines.append(f"### Step {i}: {cap(s['desc'])}")
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        if oneline:
            idx.append(len(lines)); lines.append(f"\\[ {eq} \\]")
        else:
            lines.append(f"The {s['desc']} is:")
            lines.append("\\[")
            idx.append(len(lines)); lines.append(eq)
            lines.append("\\]")
        lines.append('')
    lines.append("### Final Answer:")
    lines.append(f"**{c['concl']}**" if r.random() < 0.5 else c['concl'])
    return lines, idx


def style_claude(c):
    r = c['rng']
    f = Fmt(ops='uni', commas=True)
    lines = [r.choice(["I need to work through this step by step.", "Let me work through this step by step.",
                       "I'll solve this step by step."]), '']
    idx = []
    for i, s in enumerate(c['steps'], 1):
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        idx.append(len(lines)); lines.append(f"**{cap(s['desc'])}:** {eq}")
        lines.append('')
    lines.append(f"**Answer:** {c['concl']}")
    return lines, idx


def style_mistral(c):
    r = c['rng']
    f = Fmt(ops='ascii')
    lines, idx = [], []
    if r.random() < 0.6:
        lines += ["Let's break down the problem:", '']
    tr = ['First', 'Next', 'Then', 'After that', 'Now']
    for i, s in enumerate(c['steps'], 1):
        w = tr[0] if i == 1 else ('Finally' if i == len(c['steps']) and i > 1 else tr[min(i - 1, 4)])
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        idx.append(len(lines)); lines.append(f"{i}. {w}, let's find the {s['desc']}: {eq}")
    lines.append('')
    lines.append(r.choice(["So, ", "Therefore, ", "Answer: "]) + c["concl"])
    return lines, idx


def style_gemma(c):
    r = c['rng']
    f = Fmt(ops=r.choice(['x', 'ascii']), cents=True)
    lines = ["Here's how to solve the problem:", '']
    idx = []
    for i, s in enumerate(c['steps'], 1):
        lines.append(f"**{i}. {cap(s['desc'])}:**")
        lines.append('')
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        idx.append(len(lines)); lines.append(f"* {eq}")
        lines.append('')
    lines.append(f"**Answer:** {c['concl']}")
    return lines, idx


def style_deepseek(c):
    r = c['rng']
    f = Fmt(ops='tex', tex=True, frac=True, textunits=True)
    lines = ["**Solution:**", ''] if r.random() < 0.5 else []
    idx = []
    for i, s in enumerate(c['steps'], 1):
        lines.append(f"{i}. **{cap(s['desc'])}:**")
        lines.append("   \\[")
        idx.append(len(lines))
        lines.append(f"   {f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}")
        lines.append("   \\]")
        lines.append('')
    lines.append("**Final Answer:**")
    lines.append("\\[")
    lines.append(f"\\boxed{{{c['plain']}}}")
    lines.append("\\]")
    return lines, idx


def style_worded(c):
    r = c['rng']
    f = Fmt(ops='word', pct='frac' if r.random() < 0.5 else 'dec')
    lines, idx = [], []
    mids = ['Next', 'Then', 'After that', 'Now']
    r.shuffle(mids)
    for i, s in enumerate(c['steps'], 1):
        w = 'First' if i == 1 else ('Finally' if i == len(c['steps']) else mids.pop(0))
        eqw = r.choice(['is', 'equals', 'gives'])
        line = f"{w}, to get the {s['desc']}, we compute {f.expr(s['terms'])}, which {eqw if eqw != 'is' else 'is'} {f.result(s, c['shown'][i - 1])}."
        line = line.replace(', which gives', ', which gives').replace(', which equals', ', which equals')
        idx.append(len(lines)); lines.append(line)
        lines.append('')
    lines.append(c['concl'])
    return lines, idx


def style_inline_tex(c):
    r = c['rng']
    f = Fmt(ops=r.choice(['tex', 'texcdot']), tex=True)
    lines, idx = [], []
    for i, s in enumerate(c['steps'], 1):
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        unit = f" {s['unit']}" if (s['unit'] and not s['money'] and s['unit'] != 'parts') else ''
        pre = r.choice(["The {d} is ", "We find the {d}: ", "Now, the {d} is "]).format(d=s['desc'])
        idx.append(len(lines)); lines.append(cap(pre) + f"${eq}${unit}.")
        lines.append('')
    lines.append(f"{c['concl']} The answer is ${c['plain']}$.")
    return lines, idx


def style_chain(c):
    r = c['rng']
    f = Fmt(ops=r.choice(['uni', 'uni2']), commas=r.random() < 0.5)
    lines, idx = [], []
    for i, s in enumerate(c['steps'], 1):
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        idx.append(len(lines)); lines.append(f"{cap(s['desc'])} = {eq}")
    lines.append('')
    lines.append(f"**Answer: {c['ans_disp']}**")
    return lines, idx


def style_bullets(c):
    r = c['rng']
    f = Fmt(ops='tex', tex=True, commas=True, pct='dec' if r.random() < 0.5 else 'sym')
    lines = [r.choice(["Here's the step-by-step solution:", "We can solve this in a few steps:"]), '']
    idx = []
    for i, s in enumerate(c['steps'], 1):
        eq = f"{f.expr(s['terms'])} = {f.result(s, c['shown'][i - 1])}"
        idx.append(len(lines)); lines.append(f"- **{cap(s['desc'])}:** \\( {eq} \\)")
    lines.append('')
    lines.append(f"**Final answer:** {c['concl']}")
    return lines, idx


STYLES = {
    'gsm8k_calc': style_gsm8k, 'llama3_steps': style_llama3, 'qwen_display': style_qwen,
    'gpt4o_headers': style_gpt4o, 'claude_bold': style_claude, 'mistral_numbered': style_mistral,
    'gemma_bullets': style_gemma, 'deepseek_boxed': style_deepseek, 'worded_prose': style_worded,
    'inline_latex_prose': style_inline_tex, 'terse_chain': style_chain, 'gpt4o_bullets': style_bullets,
}


def render(style, steps, shown, ans, concl, kind, nvals, rng):
    fa = Fmt(commas=(style in ('claude_bold', 'gpt4o_headers', 'gpt4o_bullets')))
    ans_disp = fa.ans(ans, kind)
    ctx = dict(steps=steps, shown=shown, rng=rng, plain=plain(ans), ans_disp=ans_disp, ans_tex=ans_disp,
               concl=concl.format(a=ans_disp, **{k: v for k, v in nvals.items() if k != 'a'}))
    if style in TEX_STYLES:
        ctx['concl'] = ctx['concl'].replace('$', '\\$')
    lines, idx = STYLES[style](ctx)
    return lines, idx


TEX_STYLES = ('qwen_display', 'gpt4o_headers', 'inline_latex_prose', 'gpt4o_bullets')


# ---------------------------------------------------------------- corruption
def corruptions(v, rng):
    v = F(v)
    cands = [v + 1, v - 1, v + 2, v - 2, v * 10, v + 10]
    s = num(v)
    ip = s.split('.')[0]
    for i in range(len(ip) - 1):
        if ip[i] != ip[i + 1] and not (i == 0 and ip[i + 1] == '0'):
            sw = ip[:i] + ip[i + 1] + ip[i] + ip[i + 2:]
            cands.append(F(sw + s[len(ip):]))
    cands = [w for w in cands if w != v and w > 0 and ok2(w)]
    rng.shuffle(cands)
    return cands


def finish(lines, final):
    return '\n'.join(lines + ['', f"#### {plain(final)}"])


def span_of(lines, li):
    start = sum(len(l) + 1 for l in lines[:li])
    return [start, start + len(lines[li])]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    seed = SEED
    if '--seed' in sys.argv:
        seed = int(sys.argv[sys.argv.index('--seed') + 1])
    os.makedirs(out, exist_ok=True)
    master = random.Random(seed)
    style_names = list(STYLES)
    problems = [(t, si, n) for t in TEMPLATES for si, n in enumerate(t['sets'])]
    order = []
    while len(order) < len(problems):
        blk = style_names[:]
        master.shuffle(blk)
        order += blk
    rows = []
    for (t, si, n), style in zip(problems, order):
        pid = f"{t['name']}-{si + 1}"
        rng = random.Random(seed * 1000003 + zlib.crc32(pid.encode()))
        steps, ans, concl, kind = run(t, n)
        for s in steps:
            assert ok2(s['result']), (pid, s)
        problem = t['text'].format(**n)
        rstate = rng.getstate()

        def R(steps_, shown, ans_, kind_=kind):
            r2 = random.Random(); r2.setstate(rstate)  # same phrasing choices for all variants
            return render(style, steps_, shown, ans_, concl, kind_, n, r2)
        base = dict(pid=pid, template=t['name'], style=style, problem=problem)
        right = [s['result'] for s in steps]
        lines, idx = R(steps, right, ans)
        sol = finish(lines, ans)
        rows.append(dict(base, variant='correct', solution=sol, final=plain(ans)))
        # slip: one displayed result wrong, nothing else changes
        k = rng.randrange(len(steps))
        w = corruptions(right[k], rng)[0]
        shown = right[:]; shown[k] = w
        sl, sidx = R(steps, shown, ans)
        rows.append(dict(base, variant='slip', solution=finish(sl, ans), final=plain(ans),
                         span=span_of(sl, sidx[k]), wrong=num(w), right=num(right[k])))
        # carry: wrong value propagates through all later steps and the answer
        cands_k = list(range(len(steps) - 1)) or [0]
        rng.shuffle(cands_k)
        done = False
        for k in cands_k:
            for w in corruptions(right[k], rng):
                st2, ans2, _, _ = run(t, n, {k: w})
                if all(ok2(s['result']) for s in st2) and ans2 != ans and ok2(ans2):
                    cl, cidx = R(st2, [s['result'] for s in st2], ans2)
                    rows.append(dict(base, variant='carry', solution=finish(cl, ans2), final=plain(ans2),
                                     span=span_of(cl, cidx[k]), wrong=num(w), right=num(right[k])))
                    done = True
                    break
            if done:
                break
        assert done, pid
        # loop: cut after step k, its line repeated so it occurs 12 times in a row, no #### line
        k = rng.randrange(len(steps))
        li = idx[k]
        ll = lines[:li + 1] + [lines[li]] * 11
        rows.append(dict(base, variant='loop', solution='\n'.join(ll), final=None))
    with open(os.path.join(out, 'set.jsonl'), 'w') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows ({len(problems)} problems, {len(TEMPLATES)} templates) to {out}/set.jsonl")


if __name__ == '__main__':
    main()
