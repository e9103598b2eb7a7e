#!/usr/bin/env python3
"""Generate the grade-school math evaluation set.

usage: python3 gen.py OUTDIR [--seed N]
Writes OUTDIR/set.jsonl. Deterministic for a fixed seed."""
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from templates import TEMPLATES, Retry, Lit, fn  # noqa: E402

SEED = 20240604
SETS_PER_TEMPLATE = 3


# ------------------------------------------------------------------ arithmetic
def round2(v):
    return F(math.floor(v * 100 + F(1, 2)), 100)


def operand_value(tok, vals):
    if isinstance(tok, Lit):
        return tok.v / 100 if tok.kind == 'p' else tok.v
    return vals[tok.idx]


def eval_expr(expr, vals):
    nums = [operand_value(t, vals) for t in expr if not isinstance(t, str)]
    ops = [t for t in expr if isinstance(t, str)]
    acc = [nums[0]]
    addops = []
    for op, x in zip(ops, nums[1:]):
        if op == '*':
            acc[-1] = acc[-1] * x
        elif op == '/':
            acc[-1] = acc[-1] / x
        else:
            addops.append(op)
            acc.append(x)
    res = acc[0]
    for op, x in zip(addops, acc[1:]):
        res = res + x if op == '+' else res - x
    return res


def evaluate(steps, override=None):
    """Return (vals, exact). override=(k, wrong) forces step k's value (carry)."""
    vals, exact = [], []
    for st in steps:
        if st.fdiv:
            a = operand_value(st.expr[0], vals)
            b = operand_value(st.expr[2], vals)
            e = a / b
            v = F(math.floor(e))
        else:
            e = eval_expr(st.expr, vals)
            v = round2(e) if st.approx else e
        if override and override[0] == st.idx:
            v = override[1]
        vals.append(v)
        exact.append(e)
    return vals, exact


def valid(steps, vals):
    for st, v in zip(steps, vals):
        if v < 0:
            return False
        if (v * 100).denominator != 1:
            return False
        if st.integer and v.denominator != 1:
            return False
    return vals[-1] > 0


# ------------------------------------------------------------------ corruption
def digit_swap(v, kind, r):
    scaled = v * 100 if (kind == 'm' or v.denominator != 1) else v
    if scaled.denominator != 1:
        return None
    s = str(int(scaled))
    pos = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
    if not pos:
        return None
    i = r.choice(pos)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    w = F(int(t))
    return w / 100 if scaled is not v else w


def make_wrong(v, kind, r):
    kinds = ['+1', '-1', '+2', '-2', 'x10', '+10', 'swap']
    r.shuffle(kinds)
    for k in kinds:
        if k == 'swap':
            w = digit_swap(v, kind, r)
        elif k == 'x10':
            w = v * 10
        else:
            w = v + int(k)
        if w is None or w == v or w <= 0:
            continue
        return w, k
    return v + 1, '+1'


# ------------------------------------------------------------------ number formatting
def commas(i, on=True):
    return f"{i:,}" if on else str(i)


def num_str(v, use_commas=True):
    s = fn(v)
    return s if use_commas else s.replace(',', '')


def money_str(v, cents_always, use_commas=True):
    c = int(v * 100)
    d, m = divmod(c, 100)
    ds = commas(d, use_commas)
    if m == 0 and not cents_always:
        return ds
    return f"{ds}.{m:02d}"


class Cfg:
    def __init__(self, **kw):
        self.math = False       # LaTeX math context for expressions
        self.ops = {'*': '×', '/': '÷', '+': '+', '-': '−'}
        self.units = True
        self.cents = True
        self.commas = True
        self.pct = 'sym'        # 'sym' or 'dec'
        self.of = 0.0           # probability to write "15% of $40"
        self.frac = 0.0         # probability to use \frac for a binary division
        self.worded = False
        self.dollar_esc = False  # escape $ in prose
        self.__dict__.update(kw)


def fmt_operand(v, kind, unit, cfg, math_ctx):
    if kind == 'p':
        if cfg.pct == 'dec':
            return num_str(v / 100, False)
        return num_str(v) + ('\\%' if math_ctx else '%')
    if kind == 'f':
        if math_ctx:
            return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
        return f"{v.numerator}/{v.denominator}"
    if kind == 'm':
        s = money_str(v, cfg.cents, cfg.commas)
        if math_ctx:
            return '\\$' + s.replace(',', '{,}')
        return '$' + s
    s = num_str(v, cfg.commas)
    if math_ctx:
        s = s.replace(',', '{,}')
    if cfg.units and unit and unit != '%':
        if math_ctx:
            return f"{s} \\text{{ {unit}}}"
        return f"{s} {unit}"
    return s


def fmt_text(v, kind, cfg):
    """Number inside prose sentences."""
    if kind == 'm':
        return ('\\$' if cfg.dollar_esc else '$') + money_str(v, cfg.cents or v.denominator != 1)
    return num_str(v)


PEOPLE = {'people', 'friends'}


def render_expr(st, vals_use, shown, exact, cfg, r, remainder=None):
    """Render one computation 'a op b = c' in the style's notation."""
    m = cfg.math
    toks = st.expr
    # \frac for simple binary divisions
    if (m and cfg.frac and len(toks) == 3 and toks[1] == '/' and not st.fdiv and r.random() < cfg.frac):
        a = fmt_operand(operand_value(toks[0], vals_use) if not isinstance(toks[0], Lit) else toks[0].v,
                        toks[0].kind, '', Cfg(**{**cfg.__dict__, 'units': False}), True)
        b = fmt_operand(operand_value(toks[2], vals_use) if not isinstance(toks[2], Lit) else toks[2].v,
                        toks[2].kind, '', Cfg(**{**cfg.__dict__, 'units': False}), True)
        lhs = f"\\frac{{{a}}}{{{b}}}"
    else:
        parts = []
        prev_pct = False
        for t in toks:
            if isinstance(t, str):
                if cfg.worded:
                    if t == '*':
                        w = 'of' if prev_pct and cfg.pct == 'sym' else r.choice(['times', 'multiplied by'])
                    elif t == '/':
                        w = 'divided by'
                    elif t == '+':
                        w = 'plus'
                    else:
                        w = 'minus'
                    parts.append(w)
                else:
                    if t == '*' and prev_pct and cfg.pct == 'sym' and not m and r.random() < cfg.of:
                        parts.append('of')
                    else:
                        parts.append(cfg.ops[t])
                continue
            if isinstance(t, Lit):
                v, kind, unit = t.v, t.kind, t.unit
            else:
                v, kind, unit = vals_use[t.idx], t.kind, t.unit
            if cfg.worded and parts and parts[-1] == 'divided by' and unit in PEOPLE and r.random() < 0.8:
                parts[-1] = 'split equally among'
            parts.append(fmt_operand(v, kind, unit, cfg, m))
            prev_pct = kind == 'p'
        lhs = ' '.join(parts)
    res = fmt_operand(shown, st.kind, st.unit, cfg, m)
    # "≈" only where rounding really happens (a slipped step keeps its sign)
    rounded = st.approx and exact != round2(exact)
    if cfg.worded:
        rel = r.choice(['is about', 'is approximately']) if rounded else r.choice(['is', 'equals', 'is', 'comes to', 'makes'])
    else:
        rel = ('\\approx' if m else '≈') if rounded else '='
    out = f"{lhs} {rel} {res}"
    if remainder is not None:
        rs = fmt_operand(remainder, 'n', '', cfg, m)
        if m:
            out += f" \\text{{ remainder }} {rs}"
        elif cfg.worded:
            out += f" with a remainder of {rs}"
        else:
            out += f" remainder {rs}"
    return out


# ------------------------------------------------------------------ styles
def lower_first(s):
    return s[0].lower() + s[1:]


def label_of(title):
    if title.startswith("Find the "):
        t = title[len("Find the "):]
        return t[0].upper() + t[1:]
    return None


SOFT = {'The', 'There', 'It', 'That', 'Each', 'She', 'He', 'They', 'One', 'Their', 'Before', 'Bought',
        'Buying', 'Regular', 'Overtime', 'Charging', 'Printing', 'Together'}


def soften(prefix, sentence):
    """Prefix a restatement with 'So '/'That means ' where it reads naturally."""
    if not prefix:
        return sentence
    w = sentence.split()[0]
    if w in SOFT:
        return prefix + lower_first(sentence)
    if w[0].isdigit() or w[0] == '$':
        return prefix + sentence
    return prefix + sentence  # proper names keep their capital


ORD = ["First", "Next", "Then", "After that", "Now"]


def ordinal(i, n):
    if i == 0:
        return "First"
    if i == n - 1:
        return "Finally"
    return ORD[1 + (i - 1) % (len(ORD) - 1)]


class Ctx:
    """Everything a style needs to lay out one solution."""

    def __init__(self, steps, E, S, final_txt):
        self.steps, self.E, self.S, self.final_txt = steps, E, S, final_txt


def style_md_latex(c, r):
    L, cl = [], {}
    L += [r.choice(["Let's solve this step by step.", "We can solve this problem in a few steps.",
                    "To solve this problem, we'll break it into steps.", "Let's break this problem down."]), ""]
    for i, st in enumerate(c.steps):
        L.append(f"### Step {i + 1}: {st.title}")
        if r.random() < 0.5:
            L.append(r.choice(["We calculate:", "Using the given values:", "This gives:", "So we have:"]))
        if r.random() < 0.5:
            L += ["\\[", c.E[i], "\\]"]
            cl[i] = len(L) - 2
        else:
            L.append(f"\\[ {c.E[i]} \\]")
            cl[i] = len(L) - 1
        if r.random() < 0.7:
            L.append(c.S[i])
        L.append("")
    L += ["### Final Answer", "\\[", f"\\boxed{{{c.final_txt}}}", "\\]"]
    return L, cl


def style_numbered_bold(c, r):
    L, cl = [], {}
    L += [r.choice(["Here's how to solve it:", "Let's work it out:", "Solution:", "Step-by-step solution:"]), ""]
    for i, st in enumerate(c.steps):
        L.append(f"{i + 1}. **{st.title}:** {c.E[i]}")
        cl[i] = len(L) - 1
        if r.random() < 0.5:
            L.append(f"   {c.S[i]}")
    L += ["", r.choice([f"**Final Answer:** {c.final_txt}", f"**Answer:** {c.final_txt}"])]
    return L, cl


def style_bullets(c, r):
    L, cl = [], {}
    L += [r.choice(["**Solution**", "**Working it out:**", "Let's organize the calculation:"]), ""]
    for i, st in enumerate(c.steps):
        lbl = label_of(st.title) or st.title
        L.append(f"- **{lbl}:** {c.E[i]}")
        cl[i] = len(L) - 1
    L += ["", c.S[-1], "", r.choice([f"**Final Answer:** {c.final_txt}", f"**Answer: {c.final_txt}**"])]
    return L, cl


def style_prose_worded(c, r):
    L, cl = [], {}
    n = len(c.steps)
    L += [r.choice(["Let's think through this carefully.", "We can work this out in a few steps.",
                    "Let me work through this."]), ""]
    for i, st in enumerate(c.steps):
        e = c.E[i]
        lead = ordinal(i, n)
        sent = f"{lead}, we {lower_first(st.title)}: {e}."
        if r.random() < 0.75:
            sent += " " + soften(r.choice(["", "That means ", "So "]), c.S[i])
        L.append(sent)
        cl[i] = len(L) - 1
        L.append("")
    L.append(r.choice([f"The answer is {c.final_txt}.", f"So the answer is {c.final_txt}.",
                       f"Therefore, the answer is {c.final_txt}."]))
    return L, cl


def style_inline_paren(c, r):
    L, cl = [], {}
    L += [r.choice(["To find the answer, we go step by step.", "Let's solve this step by step.",
                    "We need to work through the problem in order."]), ""]
    for i, st in enumerate(c.steps):
        ph = r.choice(["we compute", "we calculate", "we get", "we have"])
        s = f"To {lower_first(st.title)}, {ph} \\( {c.E[i]} \\)."
        if r.random() < 0.7:
            s += " " + c.S[i]
        L.append(s)
        cl[i] = len(L) - 1
        L.append("")
    L.append(r.choice([f"So the answer is \\( \\boxed{{{c.final_txt}}} \\).",
                       f"Therefore, the final answer is \\(\\boxed{{{c.final_txt}}}\\)."]))
    return L, cl


def style_dollar_numbered(c, r):
    L, cl = [], {}
    L += [r.choice(["Let's solve it step by step:", "Here is the solution:", "Step-by-step:"]), ""]
    for i, st in enumerate(c.steps):
        L.append(f"{i + 1}. {st.title}: ${c.E[i]}$")
        cl[i] = len(L) - 1
        if r.random() < 0.6:
            L.append(f"   {c.S[i]}")
    L += ["", r.choice([f"The final answer is $\\boxed{{{c.final_txt}}}$.", f"**Answer:** $\\boxed{{{c.final_txt}}}$"])]
    return L, cl


def style_terse(c, r):
    L, cl = [], {}
    for i, st in enumerate(c.steps):
        lbl = label_of(st.title) or st.title
        L.append(f"{lbl}: {c.E[i]}")
        cl[i] = len(L) - 1
    if r.random() < 0.6:
        L.append(f"Answer: {c.final_txt}")
    return L, cl


def style_conversational(c, r):
    L, cl = [], {}
    n = len(c.steps)
    L += [r.choice(["Let's work through this step by step.", "Great question! Let's figure it out.",
                    "Sure! Let's break it down."]), ""]
    for i, st in enumerate(c.steps):
        L.append(f"**{ordinal(i, n)}**, let's {lower_first(st.title)}:")
        L.append(f"**{c.E[i]}**")
        cl[i] = len(L) - 1
        if r.random() < 0.7:
            L.append(soften(r.choice(["", "So ", "That means "]), c.S[i]))
        L.append("")
    L.append(r.choice([f"So, the answer is **{c.final_txt}**.", f"The answer is **{c.final_txt}**."]))
    return L, cl


def style_bold_headers(c, r):
    L, cl = [], {}
    for i, st in enumerate(c.steps):
        L.append(f"**Step {i + 1}: {st.title}**")
        L.append(c.E[i])
        cl[i] = len(L) - 1
        if r.random() < 0.6:
            L.append(c.S[i])
        L.append("")
    L.append(r.choice([f"**Final Answer:** {c.final_txt}", f"**Final Answer: {c.final_txt}**"]))
    return L, cl


def style_worded_steps(c, r):
    L, cl = [], {}
    for i, st in enumerate(c.steps):
        L.append(f"Step {i + 1}: {st.title}.")
        e = c.E[i]
        L.append(e[0].upper() + e[1:] + ".")
        cl[i] = len(L) - 1
        if r.random() < 0.6:
            L.append(c.S[i])
        L.append("")
    L.append(r.choice([f"Final answer: {c.final_txt}", f"The answer is {c.final_txt}."]))
    return L, cl


def style_assignment(c, r):
    L, cl = [], {}
    L += [r.choice(["Solution:", "Working:", "Let's compute each quantity."]), ""]
    for i, st in enumerate(c.steps):
        lbl = label_of(st.title)
        if lbl:
            L.append(f"{lbl} = {c.E[i]}")
        else:
            L.append(f"{st.title}: {c.E[i]}")
        cl[i] = len(L) - 1
    L += ["", r.choice([f"Therefore, the answer is {c.final_txt}.", f"∴ The answer is {c.final_txt}."])]
    return L, cl


def style_display_dollars(c, r):
    L, cl = [], {}
    L += ["## Solution", ""]
    for i, st in enumerate(c.steps):
        L.append(f"**{st.title}**")
        L.append("")
        if r.random() < 0.5:
            L += ["$$", c.E[i], "$$"]
            cl[i] = len(L) - 2
        else:
            L.append(f"$${c.E[i]}$$")
            cl[i] = len(L) - 1
        L.append("")
        if r.random() < 0.6:
            L += [c.S[i], ""]
    L.append(r.choice([f"$$\\boxed{{{c.final_txt}}}$$", f"The final answer is $\\boxed{{{c.final_txt}}}$."]))
    return L, cl


STYLES = {
    # name: (layout, cfg factory)
    'md_latex_steps': (style_md_latex, lambda r: Cfg(math=True, ops={'*': '\\times', '/': '\\div', '+': '+', '-': '-'},
                                                      frac=0.5, cents=r.random() < 0.5, pct=r.choice(['sym', 'dec']))),
    'numbered_bold_unicode': (style_numbered_bold, lambda r: Cfg(of=0.5, cents=r.random() < 0.7)),
    'bullets_bold_labels': (style_bullets, lambda r: Cfg(units=r.random() < 0.5, of=0.3, ops={'*': '×', '/': '÷', '+': '+', '-': '-'})),
    'prose_worded': (style_prose_worded, lambda r: Cfg(worded=True, cents=r.random() < 0.6)),
    'latex_inline_paren': (style_inline_paren, lambda r: Cfg(math=True, ops={'*': '\\times', '/': '\\div', '+': '+', '-': '-'},
                                                             frac=0.4, units=r.random() < 0.6, pct=r.choice(['sym', 'dec']))),
    'dollar_latex_numbered': (style_dollar_numbered, lambda r: Cfg(math=True, ops={'*': '\\times', '/': '\\div', '+': '+', '-': '-'},
                                                                   frac=0.3, units=False, dollar_esc=True, cents=r.random() < 0.5)),
    'terse_ascii': (style_terse, lambda r: Cfg(ops={'*': '*', '/': '/', '+': '+', '-': '-'}, units=False, commas=False,
                                              cents=False, pct='dec')),
    'conversational_bold': (style_conversational, lambda r: Cfg(of=0.6, cents=True)),
    'bold_step_headers': (style_bold_headers, lambda r: Cfg(ops={'*': '×', '/': '÷', '+': '+', '-': '−'}, of=0.2)),
    'worded_steps': (style_worded_steps, lambda r: Cfg(worded=True, units=True, pct=r.choice(['sym', 'sym', 'dec']))),
    'assignment_unicode': (style_assignment, lambda r: Cfg(ops={'*': '×', '/': '÷', '+': '+', '-': '−'},
                                                          units=r.random() < 0.7, of=0.0)),
    'display_dollars_md': (style_display_dollars, lambda r: Cfg(math=True, ops={'*': '\\times', '/': '\\div', '+': '+', '-': '-'},
                                                                frac=0.5, units=r.random() < 0.5, dollar_esc=r.random() < 0.5,
                                                                cents=r.random() < 0.6)),
}
STYLE_NAMES = list(STYLES)


# ------------------------------------------------------------------ rendering
def plain_final(v):
    return fn(v).replace(',', '')


def render(steps, style, seed, mode='correct', corr=None):
    """mode: correct | slip | carry.  corr = (k, wrong).
    Returns text, comp line spans per step, final value."""
    r = random.Random(seed)  # same seed -> same phrasing choices for every variant
    layout, mkcfg = STYLES[style]
    cfg = mkcfg(r)
    right_vals, exact = evaluate(steps)
    if mode == 'carry':
        use_vals, exact_c = evaluate(steps, override=corr)
        shown = list(use_vals)
        exact = exact_c
    else:
        use_vals = list(right_vals)
        shown = list(right_vals)
        if mode == 'slip':
            shown[corr[0]] = corr[1]
    E, S = [], []
    for st in steps:
        rem = None
        if st.fdiv:
            a = operand_value(st.expr[0], use_vals)
            b = operand_value(st.expr[2], use_vals)
            rem = a - use_vals[st.idx] * b
        E.append(render_expr(st, use_vals, shown[st.idx], exact[st.idx], cfg, r, rem))
        S.append(st.say.format(v=fmt_text(use_vals[st.idx], st.kind, cfg)))
    fin = use_vals[-1]
    fk = steps[-1].kind
    if fk == 'm' and r.random() < 0.5:
        ftxt = fmt_text(fin, 'm', cfg)
        if cfg.math and not cfg.dollar_esc:
            ftxt = '\\' + ftxt  # money inside \boxed{} must be escaped
    elif steps[-1].unit and steps[-1].unit not in ('%',) and r.random() < 0.3 and not cfg.math:
        ftxt = f"{num_str(fin)} {steps[-1].unit}"
    elif fk == 'm':
        ftxt = money_str(fin, fin.denominator != 1, False)
    else:
        ftxt = plain_final(fin)
    lines, cl = layout(Ctx(steps, E, S, ftxt), r)
    return lines, cl, fin


def join_with_spans(lines):
    text = "\n".join(lines)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return text, starts


def build(outdir, seed=SEED):
    rng = random.Random(seed)
    rows = []
    problems = []
    for ti, (tname, cat, fnc) in enumerate(TEMPLATES):
        seen = set()
        got = 0
        tries = 0
        while got < SETS_PER_TEMPLATE:
            tries += 1
            assert tries < 5000, tname
            r = random.Random(rng.random())
            try:
                prob, b = fnc(r)
            except Retry:
                continue
            vals, _ = evaluate(b.steps)
            if not valid(b.steps, vals) or prob in seen:
                continue
            seen.add(prob)
            got += 1
            problems.append((tname, cat, prob, b.steps))
    # balanced style assignment
    order = list(range(len(problems)))
    styles = [STYLE_NAMES[i % len(STYLE_NAMES)] for i in range(len(problems))]
    rng.shuffle(styles)
    for pi in order:
        tname, cat, prob, steps = problems[pi]
        style = styles[pi]
        pid = f"p{pi:03d}"
        pseed = rng.randrange(1 << 30)
        base = {"pid": pid, "template": tname, "style": style, "problem": prob}
        vals, _ = evaluate(steps)
        # correct
        lines, cl, fin = render(steps, style, pseed)
        final = plain_final(fin)
        text, _ = join_with_spans(lines + ["", f"#### {final}"])
        rows.append({**base, "variant": "correct", "solution": text, "final": final})
        cr = random.Random(pseed + 1)
        eligible = [st.idx for st in steps if not st.fdiv]
        # slip
        k = cr.choice(eligible)
        w, _ = make_wrong(vals[k], steps[k].kind, cr)
        lines, cl, _ = render(steps, style, pseed, 'slip', (k, w))
        text, starts = join_with_spans(lines + ["", f"#### {final}"])
        ln = cl[k]
        rows.append({**base, "variant": "slip", "solution": text, "final": final,
                     "span": [starts[ln], starts[ln] + len(lines[ln])],
                     "wrong": float(w) if w.denominator != 1 else int(w),
                     "right": float(vals[k]) if vals[k].denominator != 1 else int(vals[k])})
        # carry: prefer a non-final step whose error propagates
        cands = [i for i in eligible if i < len(steps) - 1] or eligible
        done = False
        for attempt in range(300):
            k = cr.choice(cands if attempt < 150 else eligible)
            w, _ = make_wrong(vals[k], steps[k].kind, cr)
            if 50 < attempt < 150:
                w = vals[k] + cr.choice([1, 2, 10, -1, -2])
                if w <= 0 or w == vals[k]:
                    continue
            cv, _ = evaluate(steps, override=(k, w))
            if valid(steps, cv) and cv[-1] != vals[-1]:
                done = True
                break
        assert done, (tname, prob)
        lines, cl, cfin = render(steps, style, pseed, 'carry', (k, w))
        cfinal = plain_final(cfin)
        text, starts = join_with_spans(lines + ["", f"#### {cfinal}"])
        ln = cl[k]
        rows.append({**base, "variant": "carry", "solution": text, "final": cfinal,
                     "span": [starts[ln], starts[ln] + len(lines[ln])],
                     "wrong": float(w) if w.denominator != 1 else int(w),
                     "right": float(vals[k]) if vals[k].denominator != 1 else int(vals[k])})
        # loop
        lines, cl, _ = render(steps, style, pseed)
        k = cr.choice(range(len(steps) - 1)) if len(steps) > 1 else 0
        ln = cl[k]
        cut = lines[:ln + 1] + [lines[ln]] * 12
        rows.append({**base, "variant": "loop", "solution": "\n".join(cut), "final": None})
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "set.jsonl"), "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return problems, rows


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seed = SEED
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    probs, rows = build(sys.argv[1], seed)
    from collections import Counter
    print(len({p[0] for p in probs}), "templates,", len(probs), "problems,", len(rows), "rows")
    print(Counter(r["variant"] for r in rows))
    print(Counter(r["style"] for r in rows if r["variant"] == "correct"))
