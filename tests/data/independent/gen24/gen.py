#!/usr/bin/env python3
"""Deterministic generator: spoken-style / children's-tutor GSM8K-like solutions."""
import argparse, json, random
from templates import TEMPLATES

SETS_PER_TEMPLATE = 18
STYLES = ['voice_words', 'tutor_kids', 'story_words', 'british_speech',
          'mixed_chatty', 'chatty_digits', 'step_tutor', 'equation_speak']
HASH_STYLES = {'tutor_kids', 'story_words', 'british_speech', 'mixed_chatty', 'chatty_digits', 'equation_speak'}
NAMES = [('Maya', 'f'), ('Leo', 'm'), ('Sofia', 'f'), ('Ben', 'm'), ('Ava', 'f'), ('Noah', 'm'), ('Lily', 'f'),
         ('Omar', 'm'), ('Zoe', 'f'), ('Sam', 'm'), ('Priya', 'f'), ('Jack', 'm'), ('Emma', 'f'), ('Lucas', 'm'),
         ('Grace', 'f'), ('Eli', 'm'), ('Nina', 'f'), ('Max', 'm'), ('Ruby', 'f'), ('Theo', 'm')]

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
        'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

def words(n, brit=False):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + ' hundred' + (((' and ' if brit else ' ') + words(r, brit)) if r else '')
    t, r = divmod(n, 1000)
    s = words(t, brit) + ' thousand'
    if r:
        s += (' and ' if (brit and r < 100) else ' ') + words(r, brit)
    return s

def compute(op, x, y):
    if op == 'add': return x + y
    if op == 'sub': return x - y if x >= y else None
    if op == 'mul': return x * y
    if op == 'div': return x // y if y and x % y == 0 else None
    if op == 'half': return x // 2 if x % 2 == 0 else None
    if op == 'twice': return 2 * x
    if op == 'frac':
        n, d = y
        return x * n // d if (x * n) % d == 0 else None

def val(ref, given, U):
    if isinstance(ref, int): return ref
    if isinstance(ref, tuple) or ref is None: return ref
    if ref[0] == 's' and ref[1:].isdigit(): return U[int(ref[1:]) - 1]
    return given[ref]

def evaluate(tpl, given, k=None, wrong=None):
    U = []
    for i, (op, x, y, _w, _l) in enumerate(tpl['steps']):
        v = compute(op, val(x, given, U), val(y, given, U))
        if i == k: v = wrong
        if v is None or v <= 0: return None
        U.append(v)
    return U

FRACW = {(3, 4): 'three quarters', (1, 3): 'a third', (2, 3): 'two thirds'}
CONN = {2: ['First,', 'Then,'], 3: ['First,', 'Next,', 'Finally,'], 4: ['First,', 'Next,', 'Then,', 'Finally,']}
ASIDES = ['Great job!', "You're doing great!", 'Nice work!', 'Keep going!', 'Awesome!']

def cap(s): return s[:1].upper() + s[1:]

def render(tpl, given, names, style, W, U, seed):
    rng = random.Random(seed)
    brit = style in ('story_words', 'british_speech')

    def F(v):
        if style in ('voice_words', 'story_words', 'british_speech'): return words(v, brit)
        if style == 'tutor_kids': return words(v) if v < 100 else str(v)
        if style == 'mixed_chatty': return words(v) if rng.random() < 0.5 else str(v)
        if style == 'chatty_digits': return f'{v:,}'
        return str(v)

    symbolic = style in ('step_tutor', 'equation_speak')
    SYM = {'step_tutor': dict(add='+', sub='-', mul='x', div='/'),
           'equation_speak': dict(add='+', sub='−', mul='×', div='÷')}

    def expr(op, xv, yv, c):
        """returns spoken/symbolic computation; consumes a fixed number of rng draws."""
        r1, r2 = rng.randrange(6), rng.randrange(6)
        if symbolic:
            s = SYM[style]
            if op in s: return f'{F(xv)} {s[op]} {F(yv)} = {F(c)}'
            if op == 'half': return f'{F(xv)} {s["div"]} 2 = {F(c)}'
            if op == 'twice': return f'2 {s["mul"]} {F(xv)} = {F(c)}'
            n, d = yv
            return (f'{n}/{d} of {F(xv)} = {F(c)}' if r1 % 2 else f'{F(xv)} {s["mul"]} {n}/{d} = {F(c)}')
        verbs = ['is', 'equals', 'makes', 'is', 'gives us', 'is']
        vb = verbs[r2]
        if op == 'add':
            if style == 'tutor_kids' and r1 < 3: return f'{F(xv)} and {F(yv)} makes {F(c)}'
            return f'{F(xv)} plus {F(yv)} {vb} {F(c)}'
        if op == 'sub':
            if r2 in (1, 3): vb = 'leaves'
            if style == 'tutor_kids' and r1 < 3: return f'{F(xv)} take away {F(yv)} {vb} {F(c)}'
            return f'{F(xv)} minus {F(yv)} {vb} {F(c)}'
        if op == 'mul':
            if style == 'tutor_kids' and r1 < 2: return f'{F(xv)} groups of {F(yv)} is {F(c)}'
            if r1 == 5: return f'{F(xv)} multiplied by {F(yv)} {vb} {F(c)}'
            return f'{F(xv)} times {F(yv)} {vb} {F(c)}'
        if op == 'div':
            if style == 'tutor_kids' and r1 < 2: return f'{F(xv)} split into {F(yv)} equal groups gives {F(c)}'
            return f'{F(xv)} divided by {F(yv)} {vb} {F(c)}'
        if op == 'half': return f'half of {F(xv)} is {F(c)}'
        if op == 'twice':
            if style == 'british_speech' and r1 < 3: return f'twice as many as {F(xv)} is {F(c)}'
            return (f'double {F(xv)} is {F(c)}' if r1 % 2 else f'twice {F(xv)} is {F(c)}')
        return f'{FRACW[yv]} of {F(xv)} is {F(c)}'

    steps = tpl['steps']; n = len(steps)
    conns = CONN[n]
    lines = []
    # intro
    ri = rng.randrange(4)
    intro = {'voice_words': ["", "Okay, let's work it out.", "Sure! Here's how it works.", ""],
             'tutor_kids': ["Let's count together!", "Let's solve this step by step!",
                            "Ooh, a fun one! Let's figure it out together.", "Let's do this together!"],
             'mixed_chatty': ["Alright, let's do this!", "Okay!", "Sure thing! Let's go step by step.", ""],
             'equation_speak': ["Let's break it down!", "Here's the math, step by step.", "", "Let's break it down!"],
             'chatty_digits': ["", "Okay, let's figure this out.", "", "Sure! Let's see."],
             }.get(style, [""] * 4)[ri]
    if intro: lines.append(intro)
    step_line = []
    for i, (op, x, y, what, lead) in enumerate(steps):
        xv, yv, c = val(x, given, U), val(y, given, U), W[i]
        what = what.format(**names)
        ra, rb = rng.random(), rng.randrange(len(ASIDES))
        if style == 'voice_words':
            e = expr(op, xv, yv, c)
            line = cap(e) + '.' + (f" That's {F(c)} {what}." if ra < 0.4 else '')
        elif style == 'tutor_kids':
            e = expr(op, xv, yv, c)
            line = f"{conns[i]} let's find the {what}. {cap(e)}." + (' ' + ASIDES[rb] if ra < 0.45 else '')
        elif style == 'story_words':
            ld = lead.format(x=F(xv) if xv is not None else '', y=F(yv) if isinstance(yv, int) else '', **names)
            e = expr(op, xv, yv, c)
            line = f"{cap(ld)}, so {e} {what}." if ra < 0.5 else f"{cap(ld)}, so {e}."
        elif style == 'british_speech':
            e = expr(op, xv, yv, c)
            line = f"{conns[i]} we work out the {what}: {e}." + (f" That gives us {F(c)}." if ra < 0.35 else '')
        elif style == 'mixed_chatty':
            e = expr(op, xv, yv, c)
            line = (f"{conns[i]} {e}, which makes {F(c)} {what}." if ra < 0.5
                    else f"{cap(e)}. That gives us {F(c)} {what}.")
        elif style == 'chatty_digits':
            e = expr(op, xv, yv, c)
            tail = f"we're left with {F(c)} {what.replace(' left', '')}" if op == 'sub' else f"that gives us {F(c)} {what}"
            line = f"{conns[i]} {e}, so {tail}." if ra < 0.6 else f"{cap(e)}. That's {F(c)} {what}."
        elif style == 'step_tutor':
            e = expr(op, xv, yv, c)
            line = f"Step {i + 1}: Find the {what}. {e}" + ('. ' + ASIDES[rb] if ra < 0.3 else '')
        else:  # equation_speak
            verbp = {'add': f'add {F(xv)} and {F(yv)}' if op == 'add' else '',
                     'sub': f'subtract {F(yv)} from {F(xv)}' if op == 'sub' else '',
                     'mul': f'multiply {F(xv)} by {F(yv)}' if op == 'mul' else '',
                     'div': f'divide {F(xv)} by {F(yv)}' if op == 'div' else '',
                     'half': f'take half of {F(xv)}' if op == 'half' else '',
                     'twice': f'double {F(xv)}' if op == 'twice' else '',
                     'frac': f'find {yv[0]}/{yv[1]} of {F(xv)}' if op == 'frac' else ''}[op]
            e = expr(op, xv, yv, c)
            line = f"{conns[i]} {verbp}: {e}." + (f" So that's {F(c)} {what}." if ra < 0.4 else '')
        step_line.append(len(lines))
        lines.append(line)
    A = U[-1]
    ans = tpl['ans'].format(A=F(A), **names)
    fa = {'voice_words': ['So the answer is {A}.', 'The answer is {A}.', ans, ans],
          'tutor_kids': [f'So {ans[0].lower() + ans[1:] if not ans[:2].isupper() else ans} You did it!', f'{ans} Great job!', f'{ans} Yay!', f'So, {ans}'],
          'story_words': [ans, ans, 'So the answer is {A}.', ans],
          'british_speech': ['The answer is {A}.', ans, 'So the final answer is {A}.', ans],
          'mixed_chatty': ['So the answer is {A}.', ans, f'{ans} Easy peasy!', 'That means the answer is {A}.'],
          'chatty_digits': [ans, f'So, {ans}', 'The answer is {A}.', ans],
          'step_tutor': ['Answer: {A}', 'Answer: {A}', 'Answer: {A}', 'Answer: {A}'],
          'equation_speak': ['The final answer is {A}.', ans, 'The final answer is {A}.', f'{ans} Nice!']}[style][rng.randrange(4)]
    fa = cap(fa.replace('{A}', F(A)))
    lines.append(fa)
    if style in HASH_STYLES:
        lines.append(f'#### {A}')
    return lines, step_line

def wrong_value(kind, op, xv, yv, right, rng):
    s = str(right)
    if kind == 'off_by_one': return right + rng.choice([1, -1])
    if kind == 'off_by_ten': return right + rng.choice([10, -10])
    if kind == 'digit_swap':
        pairs = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == '0')]
        if not pairs: return None
        i = rng.choice(pairs)
        return int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    if kind == 'dropped_digit':
        if len(s) < 3: return None
        i = rng.randrange(1, len(s))
        return int(s[:i] + s[i + 1:])
    if kind == 'wrong_op':
        if op == 'mul': return xv + yv
        if op == 'add': return xv - yv if xv > yv else yv - xv
        if op == 'sub': return xv + yv
        if op == 'div': return xv - yv
        if op == 'half': return xv * 2
        if op == 'twice': return xv + 2
        if op == 'frac': return xv // yv[1]
    return None

KINDS = ['off_by_one', 'digit_swap', 'wrong_op', 'dropped_digit', 'off_by_ten']

def pick_error(tpl, given, U, steps_allowed, rng, carry):
    opts = [(k, kd) for k in steps_allowed for kd in KINDS]
    rng.shuffle(opts)
    for k, kd in opts:
        op, x, y, _w, _l = tpl['steps'][k]
        xv, yv = val(x, given, U), val(y, given, U)
        w = wrong_value(kd, op, xv, yv, U[k], rng)
        if w is None or w <= 0 or w == U[k]: continue
        if carry:
            U2 = evaluate(tpl, given, k, w)
            if U2 is None or U2[-1] == U[-1]: continue
            return k, kd, w, U2
        return k, kd, w, None
    return None

def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]

def build(seed):
    rows = []
    pid = 0
    for ti, tpl in enumerate(TEMPLATES):
        for j in range(SETS_PER_TEMPLATE):
            rng = random.Random(f'{seed}|{tpl["name"]}|{j}')
            for _ in range(200):
                given = tpl['samp'](rng)
                U = evaluate(tpl, given)
                if U is not None and max(U) < 100000 and max(given.values()) < 100000: break
            else:
                raise SystemExit('sampler failed ' + tpl['name'])
            name, g = NAMES[rng.randrange(len(NAMES))]
            names = dict(N=name, He='She' if g == 'f' else 'He', he='she' if g == 'f' else 'he',
                         His='Her' if g == 'f' else 'His', his='her' if g == 'f' else 'his',
                         him='her' if g == 'f' else 'him')
            style = STYLES[(pid * 5 + ti) % len(STYLES)]
            problem = tpl['prob'].format(**given, **names)
            rseed = f'{seed}|render|{pid}'
            base = dict(pid=pid, template=tpl['name'], style=style, problem=problem)
            lines, sl = render(tpl, given, names, style, U, U, rseed)
            sol = '\n'.join(lines)
            rows.append(dict(base, variant='correct', solution=sol, final=str(U[-1])))
            nst = len(tpl['steps'])
            # slip
            k, kd, w, _ = pick_error(tpl, given, U, list(range(nst - 1)), rng, False)
            W = list(U); W[k] = w
            sl_lines, sl_idx = render(tpl, given, names, style, W, U, rseed)
            rows.append(dict(base, variant='slip', solution='\n'.join(sl_lines), final=str(U[-1]),
                             span=line_span(sl_lines, sl_idx[k]), wrong=str(w), right=str(U[k]), step=k + 1, kind=kd))
            # carry
            res = pick_error(tpl, given, U, list(range(nst)), rng, True)
            k, kd, w, U2 = res
            c_lines, c_idx = render(tpl, given, names, style, U2, U2, rseed)
            rows.append(dict(base, variant='carry', solution='\n'.join(c_lines), final=str(U2[-1]),
                             span=line_span(c_lines, c_idx[k]), wrong=str(w), right=str(U[k]), step=k + 1, kind=kd,
                             correct_final=str(U[-1])))
            # loop
            s = rng.randrange(nst - 1)
            li = sl[s]
            p = rng.choice([1, 2]) if li >= 1 else 1
            block = lines[li - p + 1: li + 1]
            reps = rng.randint(15, 25)
            out = lines[:li + 1] + block * reps
            if rng.random() < 0.5:
                first = block[0]
                dpos = next((q for q, ch in enumerate(first) if ch.isdigit()), len(first))
                ws = first[:dpos].split(' ')
                ws = [t for t in ws if t]
                if dpos == len(first): ws = ws[:-1]
                if len(ws) >= 2:
                    cut = rng.randint(1, min(len(ws) - 1, 6))
                    out.append(' '.join(ws[:cut]))
                elif len(ws) == 1 and dpos < len(first):
                    out.append(ws[0])
            rows.append(dict(base, variant='loop', solution='\n'.join(out), final=None,
                             span=line_span(out, li + 1), repeats=reps, period_lines=p))
            pid += 1
    return rows

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='mcr-spoken-24')
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows')

if __name__ == '__main__':
    main()
