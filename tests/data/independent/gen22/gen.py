#!/usr/bin/env python3
"""Generate the multilingual grade-school solution evaluation set.

python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
from fractions import Fraction as F

from content import LANGS, NAMES, UNITS, STRUCTS, TEXT, label_of, np_of
from styles import (STYLES, LANG_STYLES, WORD_OPS, PCT_OF, FRAMES, ZH_NUM, NBSP, NNBSP)

SETS_PER_TEMPLATE = 4


def plain(v):
    """Plain number string, dot decimal point, no separators."""
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    q = v * 100
    assert q.denominator == 1, v
    ip, fp = divmod(int(q), 100)
    return f"{ip}.{fp:02d}".rstrip('0')


def two_dec_ok(v):
    return (F(v) * 100).denominator == 1


class Fmt:
    def __init__(self, style, plan, seed):
        self.st = STYLES[style]
        self.lang = self.st['lang']
        self.plan = plan
        self.rng = random.Random(seed)
        self.dec = '.' if self.lang == 'zh' else ','
        t = self.st['thou']
        if t == 'fr':
            self.sep = plan['fr_sep']
        elif t == 'tex':
            self.sep = plan['tex_sep']
        else:
            self.sep = t

    def group_ok(self):
        x = self.rng.random()  # always consume one draw per number
        m = self.plan['group']
        return m == 'always' or (m == 'mixed' and x < 0.5)

    def num(self, v, money=False, pad2=False, cur=False):
        v = F(v)
        q = v * 100
        assert q.denominator == 1 and v >= 0, v
        ip, fp = divmod(int(q), 100)
        frac = f"{fp:02d}".rstrip('0')
        if money and self.lang != 'zh' and frac:
            frac = f"{fp:02d}"
        if cur and self.st['money'] == 'brl':
            frac = f"{fp:02d}"
        if pad2:
            frac = f"{fp:02d}"
        s = str(ip)
        g = self.group_ok()
        if ip >= 1000 and g and self.sep:
            head = len(s) % 3 or 3
            groups = [s[:head]] + [s[i:i + 3] for i in range(head, len(s), 3)]
            s = self.sep.join(groups)
        return s + (self.dec + frac if frac else '')

    def money(self, v):
        n = self.num(v, money=True, cur=True)
        m = self.st['money']
        if m == 'eur':
            return n + self.plan['cur_sp'] + '€'
        if m == 'usd':
            return '$' + n
        if m == 'brl':
            return 'R$ ' + n
        if m == 'eur_pre':
            return '€ ' + n
        if m == 'eur_pre_tight':
            return '€' + n
        if m == 'cny':
            return n + '元'
        raise ValueError(m)

    def pct(self, p):
        if self.st['units'] == 'zh_tex':
            return self.num(p) + '\\%'
        return self.num(p) + self.plan['pct_sp'] + '%'


class Problem:
    def __init__(self, sid, lang, idx, style, seed):
        self.sid, self.lang, self.idx, self.style = sid, lang, idx, style
        self.S = STRUCTS[sid]
        self.st = STYLES[style]
        self.key = f"{seed}|{sid}|{lang}|{idx}"
        r = random.Random(self.key + '|numbers')
        self.types = dict(self.S['vars'])
        for name, toks, unit in self.S['steps']:
            self.types[name] = 'money' if unit == 'money' else 'dec'
        while True:
            self.givens = {k: F(v) for k, v in self.S['sample'](r).items()}
            self.vals = self.compute(dict(self.givens))
            res = [self.vals[name] for name, _, _ in self.S['steps']]
            if all(v > 1 and two_dec_ok(v) for v in res):
                break
        self.n = len(self.S['steps'])
        self.make_plan()
        self.problem = self.render_problem()

    # ------------------------------------------------------------ numbers
    def ev(self, toks, vals):
        def val(t):
            if isinstance(t, int):
                return F(t)
            v = vals[t]
            return v / 100 if self.types[t] == 'pct' else v
        # left-to-right with * / before + - (only homogeneous chains are used)
        terms = [val(toks[0])]
        ops = []
        for i in range(1, len(toks), 2):
            op, b = toks[i], val(toks[i + 1])
            if op == '*':
                terms[-1] = terms[-1] * b
            elif op == '/':
                terms[-1] = terms[-1] / b
            else:
                ops.append(op)
                terms.append(b)
        acc = terms[0]
        for op, b in zip(ops, terms[1:]):
            acc = acc + b if op == '+' else acc - b
        return acc

    def compute(self, vals, start=0):
        for name, toks, unit in self.S['steps'][start:]:
            vals[name] = self.ev(toks, vals)
        return vals

    # ------------------------------------------------------------ plan
    def make_plan(self):
        r = random.Random(self.key + '|plan')
        st = self.st
        fem, masc = NAMES[self.lang]
        nf = r.choice(fem)
        nm = r.choice(masc)
        p = dict(nf=nf, nm=nm)
        p['group'] = r.choices(['always', 'never', 'mixed'], [6, 3, 1])[0]
        if self.lang == 'zh':
            p['group'] = r.choices(['always', 'never', 'mixed'], [3, 6, 1])[0]
        p['fr_sep'] = r.choice([' ', ' ', NNBSP, NBSP])
        p['tex_sep'] = r.choice([',', '{,}', ''])
        p['cur_sp'] = ' ' if self.lang != 'fr' else r.choice([' ', ' ', NBSP])
        p['pct_sp'] = st['pct_sep'] if self.lang != 'fr' else r.choice([' ', NBSP])
        p['money_ops'] = r.random() < st['money_ops_p']
        p['count_nouns'] = r.random() < st['count_p']
        p['zh_paren'] = r.random() < 0.5
        p['zh_compact'] = r.random() < 0.4
        p['zh_fulleq'] = r.random() < 0.5
        p['mul'] = r.choice(st['mul_alts']) if 'mul_alts' in st else st['ops']['*']
        p['intro'] = r.choice(st['intro'])
        p['answer'] = r.choice(st['answer'])
        steps = []
        prev_frame = None
        for i in range(len(self.S['steps'])):
            sp = {}
            sp['worded'] = r.random() < st['worded_p']
            sp['pct_form'] = r.choice(st['pct_forms'])
            sp['res_word'] = r.randrange(12)
            fi = r.randrange(12)
            if prev_frame is not None and fi % 3 == prev_frame % 3:
                fi += 1
            prev_frame = fi
            sp['frame'] = fi
            sp['tex_unit_sp'] = r.random() < 0.5
            steps.append(sp)
        p['steps'] = steps
        self.plan = p

    def names(self):
        return dict(nf=self.plan['nf'], nm=self.plan['nm'])

    def render_problem(self):
        f = Fmt(self.style, self.plan, self.key + '|ptext')
        d = self.names()
        for k, v in self.givens.items():
            t = self.types[k]
            if t == 'money':
                d[k] = f.money(v)
            elif t == 'pct':
                d[k] = f.pct(v).replace('\\%', '%')
            else:
                d[k] = f.num(v)
        for k in list(d):
            d[k] = d[k].replace('{,}', ',')
        self.pfmt = d
        text, nps = TEXT[self.sid][self.lang]
        self.nps = nps
        return text.format(**d)

    # ------------------------------------------------------------ solution
    def res_str(self, f, v, unit, in_answer=False):
        st = self.st
        if st['units'] == 'zh_tex':
            if unit == 'money':
                return f.num(v) + ' \\text{元}'
            return f.num(v) + ' \\text{' + UNITS['zh'][unit][2] + '}'
        if unit == 'money':
            return f.money(v)
        sing, plur, abbr = UNITS[self.lang][unit]
        n = f.num(v)
        if st['units'] == 'zh':
            if self.plan['zh_paren'] and not in_answer:
                return n + '（' + abbr + '）'
            return n + abbr
        word = sing if v == 1 else plur
        if abbr and (st['units'] == 'abbr' or unit in ('km', 'grams')):
            return n + ' ' + abbr
        if abbr:
            return n + ' ' + word
        if self.plan['count_nouns'] or in_answer and st['layout'] == 'sentence':
            return n + ' ' + word
        return n

    def operand(self, f, t, vals):
        if isinstance(t, int):
            return f.num(F(t))
        typ = self.types[t]
        v = vals[t]
        if typ == 'pct':
            return f.pct(v)
        if typ == 'money':
            if self.plan['money_ops']:
                return f.money(v)
            return f.num(v, money=True)
        return f.num(v)

    def opsym(self, op):
        if op == '*':
            return self.plan['mul']
        return self.st['ops'][op]

    def comp(self, f, i, vals, res_val):
        st, lang = self.st, self.lang
        name, toks, unit = self.S['steps'][i]
        sp = self.plan['steps'][i]
        zh_compact = lang == 'zh' and st['layout'] != 'latex' and self.plan['zh_compact']
        eq = st['eq']
        if lang == 'zh' and st['layout'] != 'latex' and self.plan['zh_fulleq']:
            eq = '＝'
        pct_i = [j for j, t in enumerate(toks) if isinstance(t, str) and self.types.get(t) == 'pct']
        if pct_i:
            X = self.operand(f, toks[0], vals)
            P = self.operand(f, toks[2], vals)
            form = sp['pct_form']
            if form in ('sym_pct', 'sym_dec'):
                if form == 'sym_dec':
                    P = f.num(vals[toks[2]] / 100, pad2=True)
                op = self.opsym('*')
                R = self.res_str(f, res_val, unit)
                if zh_compact:
                    return f"{X}{op}{P}{eq}{R}"
                return f"{X} {op} {P} {eq} {R}"
            tmpls = PCT_OF[lang]
            tmpl = tmpls[0] if form == 'of' else tmpls[-1]
            R = self.res_str(f, res_val, unit)
            # operands were formatted before the result (keep draw order X, P, R)
            return tmpl.format(pct=P, X=X, R=R)
        parts = [self.operand(f, t, vals) if k % 2 == 0 else t for k, t in enumerate(toks)]
        R = self.res_str(f, res_val, unit)
        if sp['worded'] and len(toks) == 3:
            words, rws = WORD_OPS[lang]
            w = words[toks[1]]
            if lang == 'fr' and toks[1] == '*':
                rw = 'font'
            elif lang == 'fr':
                rw = ['égale', 'donne'][sp['res_word'] % 2]
            else:
                rw = rws[sp['res_word'] % len(rws)]
            if lang == 'zh':
                return f"{parts[0]}{w}{parts[2]}{rw}{R}"
            return f"{parts[0]} {w} {parts[2]} {rw} {R}"
        out = []
        for k, t in enumerate(parts):
            out.append(self.opsym(t) if k % 2 else t)
        if zh_compact:
            return ''.join(out) + eq + R
        return ' '.join(out) + f" {eq} " + R

    def step_lines(self, f, i, vals, res_val):
        st = self.st
        np_raw = self.nps[i]
        np = np_of(np_raw).format(**self.pfmt)
        label = label_of(np_raw, self.lang).format(**self.pfmt)
        sp = self.plan['steps'][i]
        lay = st['layout']
        if lay == 'two_line':
            head = st['label'].format(n=i + 1, label=label, cn=ZH_NUM[i], np=np)
            return [head, self.comp(f, i, vals, res_val)], 1
        if lay == 'one_line':
            return [st['label'].format(n=i + 1, label=label, comp=self.comp(f, i, vals, res_val))], 0
        first, mid, last = FRAMES[self.lang]
        if i == 0:
            fr = first[sp['frame'] % len(first)]
        elif i == self.n - 1:
            fr = last[sp['frame'] % len(last)]
        else:
            fr = mid[sp['frame'] % len(mid)]
        head = fr.format(np=np)
        if lay == 'latex':
            return [head, '\\[', self.comp(f, i, vals, res_val), '\\]'], 2
        colon = ' : ' if self.lang == 'fr' else ': '
        return [head + colon + self.comp(f, i, vals, res_val) + '.'], 0

    def render(self, vals, override=None):
        """Render a solution.  override = (step index, displayed wrong value)."""
        st = self.st
        f = Fmt(self.style, self.plan, self.key + '|sol')
        text = ''
        if self.plan['intro']:
            text += self.plan['intro'] + '\n\n'
        comp_spans, step_bounds = [], []
        for i, (name, toks, unit) in enumerate(self.S['steps']):
            res = vals[name]
            if override and override[0] == i:
                res = override[1]
            lines, ci = self.step_lines(f, i, vals, res)
            start = len(text)
            off = start
            for j, ln in enumerate(lines):
                if j == ci:
                    comp_spans.append((off, off + len(ln)))
                off += len(ln) + 1
            text += '\n'.join(lines)
            text += st['sep'] if i < self.n - 1 else ''
            step_bounds.append((start, len(text)))
        last_name, _, last_unit = self.S['steps'][-1]
        final = vals[last_name]
        ans = self.res_str(f, final, last_unit, in_answer=True)
        ans_line = self.plan['answer'].format(ans=ans, N=plain(final))
        text += st['ans_sep'] + ans_line
        if st['hash']:
            text += '\n#### ' + plain(final)
        return text, comp_spans, step_bounds


# ---------------------------------------------------------------- faults
KINDS = ['off_by_one', 'off_by_ten', 'digit_swap', 'dropped_digit', 'wrong_op']


def wrong_candidates(prob, i, kind, r):
    name, toks, unit = prob.S['steps'][i]
    right = prob.vals[name]
    out = []
    if kind == 'off_by_one':
        out = [right + 1, right - 1]
    elif kind == 'off_by_ten':
        out = [right + 10, right - 10]
    elif kind in ('digit_swap', 'dropped_digit'):
        if right.denominator != 1 or right < 10:
            return []
        s = str(right.numerator)
        if kind == 'digit_swap':
            for j in range(len(s) - 1):
                if s[j] != s[j + 1]:
                    t = s[:j] + s[j + 1] + s[j] + s[j + 2:]
                    if t[0] != '0':
                        out.append(F(int(t)))
        else:
            for j in range(len(s)):
                t = s[:j] + s[j + 1:]
                if t and t[0] != '0':
                    out.append(F(int(t)))
    elif kind == 'wrong_op':
        if len(toks) != 3 or any(isinstance(t, str) and prob.types.get(t) == 'pct' for t in toks):
            return []
        for op in ['+', '-', '*', '/']:
            if op == toks[1]:
                continue
            try:
                alt = prob.ev([toks[0], op, toks[2]], prob.vals)
            except ZeroDivisionError:
                continue
            if right / 6 <= alt <= right * 6:
                out.append(alt)
    res = []
    for w in out:
        if w > 0 and w != 1 and w != right and two_dec_ok(w) and w not in res:
            if unit != 'money' and w.denominator != 1 and right.denominator == 1 and kind != 'wrong_op':
                continue
            res.append(w)
    r.shuffle(res)
    return res


def carry_vals(prob, i, w):
    vals = dict(prob.vals)
    vals[prob.S['steps'][i][0]] = w
    vals = prob.compute(vals, i + 1)
    for name, toks, unit in prob.S['steps'][i:]:
        v = vals[name]
        if v <= 0 or not two_dec_ok(v) or (v == 1 and prob.vals[name] != 1):
            return None
    last = prob.S['steps'][-1][0]
    if vals[last] == prob.vals[last]:
        return None
    return vals


def pick_fault(prob, r, carry):
    n = prob.n
    steps = list(range(n)) if carry else list(range(n - 1))
    r.shuffle(steps)
    kinds = list(KINDS)
    for i in steps:
        r.shuffle(kinds)
        for kind in kinds:
            for w in wrong_candidates(prob, i, kind, r):
                if carry:
                    vals = carry_vals(prob, i, w)
                    if vals is None:
                        continue
                    return i, kind, w, vals
                return i, kind, w, None
    raise RuntimeError('no fault for ' + prob.key)


def line_span(text, pos):
    s = text.rfind('\n', 0, pos) + 1
    e = text.find('\n', pos)
    return s, (len(text) if e < 0 else e)


def build_rows(prob, pid, template):
    r = random.Random(prob.key + '|faults')
    base = dict(pid=pid, template=template, style=prob.style, problem=prob.problem)
    final_name = prob.S['steps'][-1][0]
    rows = []
    text, spans, bounds = prob.render(prob.vals)
    rows.append(dict(base, variant='correct', solution=text, final=plain(prob.vals[final_name])))

    # slip
    i, kind, w, _ = pick_fault(prob, r, carry=False)
    t2, sp2, _ = prob.render(prob.vals, override=(i, w))
    a, b = sp2[i]
    l1, l2 = text.split('\n'), t2.split('\n')
    assert len(l1) == len(l2) and sum(x != y for x, y in zip(l1, l2)) == 1, (prob.key, 'slip')
    rows.append(dict(base, variant='slip', solution=t2, final=plain(prob.vals[final_name]),
                     span=[a, b], wrong=plain(w), right=plain(prob.vals[prob.S['steps'][i][0]]),
                     step=i + 1, kind=kind))

    # carry
    i, kind, w, vals = pick_fault(prob, r, carry=True)
    t3, sp3, _ = prob.render(vals)
    a, b = sp3[i]
    assert t3[:a] == text[:a], (prob.key, 'carry')
    rows.append(dict(base, variant='carry', solution=t3, final=plain(vals[final_name]),
                     span=[a, b], wrong=plain(w), right=plain(prob.vals[prob.S['steps'][i][0]]),
                     step=i + 1, kind=kind, correct_final=plain(prob.vals[final_name])))

    # loop
    n = prob.n
    k = r.randint(1, n - 1)              # steps completed before looping
    p = r.choice([1, 2]) if k >= 2 else 1
    reps = r.randint(15, 25)
    want_cut = r.random() < 0.5
    s0 = bounds[k - p][0]
    e0 = bounds[k - 1][1]
    assert text[:e0].endswith('\n'), prob.key
    block = text[s0:e0]
    prefix = text[:e0]
    first = block.split('\n')[0]
    cut = ''
    if want_cut:
        dfp = ''
        for ch in first:
            if ch.isdigit():
                break
            dfp += ch
        hi = min(len(dfp), len(first) - 1)
        if hi >= 2:
            cut = first[:r.randint(2, hi)]
    sol = prefix + block * reps + cut
    rows.append(dict(base, variant='loop', solution=sol, final=None,
                     span=[len(prefix), len(prefix) + len(first)], repeats=reps,
                     period_lines=block.count('\n')))
    return rows


def generate(seed):
    rows = []
    for sid in STRUCTS:
        for lang in LANGS:
            styles = LANG_STYLES[lang]
            for idx in range(SETS_PER_TEMPLATE):
                style = styles[idx % len(styles)]
                prob = Problem(sid, lang, idx, style, seed)
                pid = f"{sid}-{lang}-{idx}"
                rows.extend(build_rows(prob, pid, f"{sid}_{lang}"))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='mgsm-eval-22')
    args = ap.parse_args()
    rows = generate(args.seed)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == '__main__':
    main()
