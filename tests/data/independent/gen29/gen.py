#!/usr/bin/env python3
"""Generator for the multilingual grade-school-math evaluation set.

python3 gen.py --out set.jsonl [--seed S]

Deterministic: every random choice comes from random.Random seeded with a
string; no set iteration; output is independent of PYTHONHASHSEED.
"""
import argparse
import json
import random
import re
from fractions import Fraction as Fr

from structs import STRUCTS
from styles import STYLES
from langkit import U
import langs_nordic
import langs_central
import langs_south
import langs_asia

LANG_ORDER = ['sv', 'da', 'no', 'cs', 'ro', 'el', 'vi', 'ko', 'hi', 'ar', 'hu', 'uk', 'ca', 'fi']
PACKS = {}
for mod in (langs_nordic, langs_central, langs_south, langs_asia):
    PACKS.update(mod.PACKS)

N_SETS = 4

# --------------------------------------------------------------------------- numbers


def dec_digits(v):
    """(integer part string, fractional digit string) of a terminating decimal"""
    v = Fr(v)
    for k in range(0, 8):
        x = v * 10 ** k
        if x.denominator == 1:
            n = x.numerator
            s = str(n).rjust(k + 1, '0')
            return (s[:len(s) - k] if k else s), (s[len(s) - k:] if k else '')
    raise ValueError('non-terminating %s' % v)


def plain(v):
    ip, fp = dec_digits(v)
    return ip + ('.' + fp if fp else '')


def group(ip, sep, indian=False):
    if indian:
        if len(ip) <= 3:
            return ip
        head, parts = ip[:-3], [ip[-3:]]
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts)
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts)


def fmt_num(v, nf, cents=False):
    ip, fp = dec_digits(v)
    if cents and fp:
        fp = fp.ljust(2, '0')
    if len(ip) > 4 or (len(ip) == 4 and nf['group4']):
        ip = group(ip, nf['thou'], nf.get('indian', False))
    return ip + (nf['dec'] + fp if fp else '')


def plural_index(rule, v, nforms):
    if nforms == 1:
        return 0
    integer = Fr(v).denominator == 1
    n = int(v) if integer else None
    if rule in ('two', 'fi'):
        return 0 if n == 1 else 1
    if rule == 'ro':
        return 0 if n == 1 else 1
    if rule == 'ar':
        return 1 if (integer and 3 <= n <= 10) else 0
    if rule == 'cs':
        if not integer:
            return 1
        return 0 if n == 1 else (1 if 2 <= n <= 4 else 2)
    if rule == 'uk':
        if not integer:
            return 1
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0


def with_unit(numstr, v, unit, rule):
    if unit is None:
        return numstr
    forms = unit['f']
    form = forms[plural_index(rule, v, len(forms))]
    out = unit['pre'] + numstr
    if form:
        de = ''
        if rule == 'ro' and Fr(v).denominator == 1:
            n = int(v)
            if n >= 20 and (n % 100 == 0 or n % 100 >= 20):
                de = 'de '
        out += unit['sep'] + de + form
    return out


# --------------------------------------------------------------------------- language helpers

def hu_ins_suffix(numstr):
    """Hungarian instrumental ending for a number written in digits (4-gyel, 20-szal...)."""
    digits = re.sub(r'\D', '', numstr.split(',')[0])
    n = int(digits)
    if ',' in numstr:
        return 'del'
    d = n % 10
    if d:
        return {1: 'gyel', 2: 'vel', 3: 'mal', 4: 'gyel', 5: 'tel', 6: 'tal', 7: 'tel', 8: 'cal', 9: 'cel'}[d]
    t = (n // 10) % 10
    if t:
        return {1: 'zel', 2: 'szal', 3: 'cal', 4: 'nel', 5: 'nel', 6: 'nal', 7: 'nel', 8: 'nal', 9: 'nel'}[t]
    if (n // 100) % 10:
        return 'zal'
    if (n // 1000) % 1000:
        return 'rel'
    return 'val'


def fi_ade_suffix(numstr):
    """Finnish adessive ending for a divisor in digits (4:llä, 2:lla, 100:lla)."""
    digits = re.sub(r'\D', '', numstr.split(',')[0])
    n = int(digits)
    d = n % 10
    if d:
        return 'llä' if d in (1, 4, 5, 7, 9) else 'lla'
    if (n // 10) % 10:
        return 'llä'
    return 'lla'


def ko_topic(numstr):
    """은/는 after a number read in Sino-Korean"""
    last = [c for c in numstr if c.isdigit()][-1]
    return '는' if last in '2459' else '은'


# --------------------------------------------------------------------------- expressions


def ev(vals, ops):
    """evaluate with the usual precedence"""
    terms = [vals[0]]
    tops = []
    for op, v in zip(ops, vals[1:]):
        if op == '*':
            terms[-1] = terms[-1] * v
        elif op == '/':
            terms[-1] = terms[-1] / v
        else:
            tops.append(op)
            terms.append(v)
    r = terms[0]
    for op, v in zip(tops, terms[1:]):
        r = r + v if op == '+' else r - v
    return r


def operand_vals(tokens, env):
    vals = []
    for t in tokens[0::2]:
        vals.append(env[t] if t in env else Fr(int(t)))
    return vals


def compute(steps, env0, override=None):
    """env with all step results; override = (step index, value) replaces that result"""
    env = dict(env0)
    for i, (res, toks, _u) in enumerate(steps):
        v = ev(operand_vals(toks, env), toks[1::2])
        if override is not None and override[0] == i:
            v = override[1]
        env[res] = v
    return env


# --------------------------------------------------------------------------- wrong values


def last_unit(v):
    ip, fp = dec_digits(v)
    if fp:
        return Fr(1, 10 ** len(fp))
    s = ip.rstrip('0')
    return Fr(10 ** (len(ip) - len(s)))


def from_digits(s, template):
    """digit string s re-using the decimal point position of template plain string"""
    if '.' in template:
        k = len(template.split('.')[1])
        if k:
            s = s[:len(s) - k] + '.' + s[len(s) - k:]
    return Fr(s)


def wrong_candidates(rng, right, toks, env):
    ops = toks[1::2]
    p = plain(right)
    digits = p.replace('.', '')
    cands = []
    u = last_unit(right)
    sign = 1 if rng.random() < 0.5 else -1
    for sg in (sign, -sign):
        w = right + sg * u
        if w > 0:
            cands.append(('off_by_one', w))
            break
    sig = digits.lstrip('0').rstrip('0')
    if ('+' in ops or '*' in ops) and len(sig) >= 2:
        for sg in (sign, -sign):
            w = right + sg * 10 * u
            if w > 0:
                cands.append(('carry_error', w))
                break
    idx = list(range(len(digits) - 1))
    rng.shuffle(idx)
    for i in idx:
        a, b = digits[i], digits[i + 1]
        if a == b or (i == 0 and b == '0'):
            continue
        s = digits[:i] + b + a + digits[i + 2:]
        w = from_digits(s, p)
        if len(plain(w)) != len(p):
            continue
        cands.append(('digit_swap', w))
        break
    if len(digits.lstrip('0')) >= 3 and '.' not in p:
        idx = list(range(len(digits)))
        rng.shuffle(idx)
        for i in idx:
            s = digits[:i] + digits[i + 1:]
            if s[0] == '0' or s == '':
                continue
            w = Fr(s)
            if w != right:
                cands.append(('dropped_digit', w))
                break
    if len(toks) == 3 and ops[0] != '/':
        a, b = operand_vals(toks, env)
        alt = {'*': ['+'], '+': ['-', '*'], '-': ['+']}[ops[0]]
        for o in alt:
            w = ev([a, b], [o])
            if w > 0 and w != right and (w * 100).denominator == 1:
                cands.append(('wrong_op', w))
                break
    rng.shuffle(cands)
    return [(k, w) for k, w in cands if w != right and w > 0]


def acceptable(v, money_cents):
    if v <= 0:
        return False
    try:
        _ip, fp = dec_digits(v)
    except ValueError:
        return False
    return len(fp) <= 2


# --------------------------------------------------------------------------- rendering

PH = re.compile(r'\{(\w+)(?::(\w))?(?::(\w+))?\}')


class Renderer:
    def __init__(self, pack, style, steps, money_vars):
        self.pack, self.style, self.steps, self.money = pack, style, steps, money_vars
        self.rule = pack['plural']
        nf = dict(pack['num'])
        if style and 'thou' in style:
            nf['thou'] = style['thou']
        self.nf = nf
        self.cents = pack.get('cents', False)
        self.unit_of = {}
        for j, st in enumerate(steps):
            self.unit_of[st[0]] = st[2]

    # units -----------------------------------------------------------------
    def unit(self, key, in_solution=True):
        if key == '' or key is None:
            return None
        if key == 'cur':
            if in_solution and self.style and 'cur' in self.style:
                return self.style['cur']
            return self.pack['cur']
        return self.pack['units'][key]

    def is_money(self, name):
        return name in self.money or self.unit_of.get(name) == 'cur'

    def num(self, v, money=False):
        return fmt_num(v, self.nf, cents=money and self.cents)

    def num_unit(self, v, ukey, in_solution=True):
        money = ukey == 'cur'
        return with_unit(self.num(v, money), v, self.unit(ukey, in_solution), self.rule)

    # text placeholders -------------------------------------------------------
    def fill(self, text, env, extra, in_solution=True):
        def rep(m):
            name, typ, arg = m.group(1), m.group(2), m.group(3)
            if name in extra:
                return extra[name]
            v = env[name]
            if typ is None:
                return self.num(v, self.is_money(name))
            if typ == 'c':
                return self.num_unit(v, 'cur', in_solution)
            if typ == 'u':
                return self.num_unit(v, arg, in_solution)
            if typ == 'p':
                return self.pack['pct'].format(int(v))
            if typ == 'f':
                return self.pack['qfrac'][int(v)]
            raise KeyError(m.group(0))
        return PH.sub(rep, text)

    # equations ---------------------------------------------------------------
    def equation(self, i, env, result, ukey):
        st = self.style
        _res, toks, _u = self.steps[i]
        names = toks[0::2]
        ops = toks[1::2]
        vals = operand_vals(toks, env)
        mode = st['eq']
        lang = self.pack['code']
        nums = [self.num(v, n in env and self.is_money(n)) for n, v in zip(names, vals)]
        res_num = self.num(result, ukey == 'cur')
        unit = self.unit(ukey)
        res_txt = with_unit(res_num, result, unit, self.rule)
        if mode == 'sym':
            if st.get('cur_in_eq'):
                cu = self.unit('cur')
                nums = [with_unit(s, v, cu, self.rule) if (n in env and self.is_money(n)) else s
                        for s, n, v in zip(nums, names, vals)]
            out = nums[0]
            for o, s in zip(ops, nums[1:]):
                out += ' %s %s' % (st['ops'][o], s)
            return out + ' = ' + res_txt
        if mode == 'latex':
            sym = {'*': '\\times', '/': '\\div', '+': '+', '-': '-'}
            out = nums[0]
            for o, s in zip(ops, nums[1:]):
                out += ' %s %s' % (sym[o], s)
            out += ' = ' + res_num
            if unit is not None:
                form = unit['f'][plural_index(self.rule, result, len(unit['f']))]
                if unit['pre']:
                    out = out[:len(out) - len(res_num)] + unit['pre'] + res_num
                if form:
                    out += '\\text{%s%s}' % (' ' if unit['sep'] else '', form)
            return out
        # worded
        words = self.pack['words']
        if lang == 'ko':
            out = nums[0]
            for o, s in zip(ops, nums[1:]):
                out += ' %s %s' % (words[o], s)
            return out + ko_topic(nums[-1]) + ' ' + res_txt
        out = nums[0]
        for o, s in zip(ops, nums[1:]):
            if lang == 'hu' and o in '*/':
                s = '%s-%s' % (s, hu_ins_suffix(s))
            if lang == 'fi' and o == '/':
                s = '%s:%s' % (s, fi_ade_suffix(s))
            out += ' %s %s' % (words[o], s)
        if lang == 'hu':
            if unit is not None and unit['f'][0]:
                res_txt = res_num + ' ' + unit['ins']
            else:
                res_txt = '%s-%s' % (res_num, hu_ins_suffix(res_num))
        return out + ' ' + st['eqw'] + ' ' + res_txt

    # steps -------------------------------------------------------------------
    def step_block(self, i, env, shown, tmpl_step):
        title, sent = tmpl_step[0], tmpl_step[1]
        ukey = tmpl_step[2] if len(tmpl_step) > 2 else self.steps[i][2]
        eq = self.equation(i, env, shown, ukey)
        MARK = '\x00'
        sent_txt = self.fill(sent, env, {'eq': MARK})
        blk = self.style['block']
        blk = blk.replace('{n}', str(i + 1)).replace('{title}', title)
        blk = blk.replace('{sent}', sent_txt).replace('{eq}', MARK)
        lines = blk.split('\n')
        li = [k for k, l in enumerate(lines) if MARK in l]
        assert len(li) == 1, blk
        blk = blk.replace(MARK, eq)
        blk = re.sub(r'(?<!\.)\.\.(?!\.)', '.', blk)
        off = sum(len(l) + 1 for l in blk.split('\n')[:li[0]])
        return blk, off

    def final_unit(self, tmpl):
        last = tmpl[1][-1]
        return last[2] if len(last) > 2 else self.steps[-1][2]


def render_solution(R, tmpl, env_shown, shown_results, final_val, upto=None):
    """Return (chunks, head, tail, spans) where spans[i] = absolute offset of step i's eq line."""
    st = R.style
    head = ''
    if st.get('intro'):
        head = st['intro'] + ('\n\n' if st['sep'] == '\n\n' else '\n')
    chunks, offs = [], []
    pos = len(head)
    for i in range(len(R.steps)):
        blk, off = R.step_block(i, env_shown[i], shown_results[i], tmpl[1][i])
        chunks.append(blk + st['sep'])
        offs.append(pos + off)
        pos += len(blk) + len(st['sep'])
    fu = R.final_unit(tmpl)
    ans = R.num_unit(final_val, fu)
    final_sentence = R.fill(tmpl[2], env_shown[-1], {'ans': ans})
    final_sentence = re.sub(r'(?<!\.)\.\.(?!\.)', '.', final_sentence)
    answer = st['answer'].replace('{final}', final_sentence).replace('{ans}', ans)
    answer = answer.replace('{ansnum}', R.num(final_val, fu == 'cur'))
    answer = re.sub(r'(?<!\.)\.\.(?!\.)', '.', answer)
    tail = ('\n' if st['sep'] == '\n' else '') + answer
    if st['hash']:
        tail += '\n#### ' + plain(final_val)
    return head, chunks, tail, offs


def line_span(text, start):
    end = text.find('\n', start)
    if end < 0:
        end = len(text)
    return [start, end]


# --------------------------------------------------------------------------- build


def build(seed):
    rows = []
    styles_by_lang = {}
    for s in STYLES:
        styles_by_lang.setdefault(s['lang'], []).append(s)
    for lang in LANG_ORDER:
        pack = PACKS[lang]
        lstyles = styles_by_lang[lang]
        for ti, (sname, sampler) in enumerate(STRUCTS):
            tmpl = pack['T'][ti]
            seen = []
            for si in range(N_SETS):
                rng = random.Random('%s|%s|%s|%d' % (seed, lang, sname, si))
                for _try in range(200):
                    given, steps, money = sampler(rng, pack['money'])
                    given = {k: Fr(v) for k, v in given.items()}
                    key = tuple(sorted((k, str(v)) for k, v in given.items()))
                    if key not in seen:
                        break
                seen.append(key)
                style = lstyles[(ti * N_SETS + si + LANG_ORDER.index(lang)) % len(lstyles)]
                rows.extend(make_rows(rng, lang, pack, style, sname, tmpl, given, steps, money, si))
    return rows


def make_rows(rng, lang, pack, style, sname, tmpl, given, steps, money, si):
    R = Renderer(pack, style, steps, money)
    n = len(steps)
    env = compute(steps, given)
    res_names = [s[0] for s in steps]
    right_vals = [env[r] for r in res_names]
    final = right_vals[-1]
    problem = R.fill(tmpl[0], given, {}, in_solution=False)
    pid = '%s-%s-%d' % (lang, sname, si)
    base = dict(pid=pid, template='%s-%s' % (lang, sname), style=style['id'], problem=problem)

    def assemble(head, chunks, tail):
        return head + ''.join(chunks) + tail

    # correct
    envs = [env] * n
    head, chunks, tail, offs = render_solution(R, tmpl, envs, right_vals, final)
    correct_text = assemble(head, chunks, tail)
    rows = [dict(base, variant='correct', solution=correct_text, final=plain(final))]

    money_cents = pack.get('cents', False)

    # slip: one line wrong, never the last step, later steps use the right value
    for _ in range(100):
        j = rng.randrange(0, n - 1)
        cands = wrong_candidates(rng, right_vals[j], steps[j][1], env)
        cands = [(k, w) for k, w in cands if acceptable(w, money_cents)]
        if cands:
            kind, wrong = cands[0]
            break
    shown = list(right_vals)
    shown[j] = wrong
    h2, c2, t2, o2 = render_solution(R, tmpl, envs, shown, final)
    text = assemble(h2, c2, t2)
    rows.append(dict(base, variant='slip', solution=text, final=plain(final),
                     span=line_span(text, o2[j]), wrong=plain(wrong), right=plain(right_vals[j]),
                     step=j + 1, kind=kind))

    # carry: wrong value propagates through every later step
    found = None
    order = list(range(n))
    rng.shuffle(order)
    cand_lists = [wrong_candidates(rng, right_vals[j], steps[j][1], env) for j in order]
    # prefer errors that keep counted things (pages, bags, girls...) whole numbers;
    # fall back to exact decimals, as a model carrying the error would write them
    for strict in (True, False):
        for j, cands in zip(order, cand_lists):
            for kind, wrong in cands:
                if not acceptable(wrong, money_cents):
                    continue
                env2 = compute(steps, given, override=(j, wrong))
                vals2 = [env2[r] for r in res_names]
                if not (all(acceptable(v, money_cents) for v in vals2[j:]) and vals2[-1] != final):
                    continue
                if strict and any(v.denominator != 1 for v, st in zip(vals2, steps) if st[2] != 'cur'):
                    continue
                found = (j, kind, wrong, env2, vals2)
                break
            if found:
                break
        if found:
            break
    j, kind, wrong, env2, vals2 = found
    h3, c3, t3, o3 = render_solution(R, tmpl, [env2] * n, vals2, vals2[-1])
    text = assemble(h3, c3, t3)
    rows.append(dict(base, variant='carry', solution=text, final=plain(vals2[-1]),
                     span=line_span(text, o3[j]), wrong=plain(wrong), right=plain(right_vals[j]),
                     step=j + 1, kind=kind, correct_final=plain(final)))

    # loop: correct up to the end of a non-final step, then its last 1-2 steps repeated
    k = rng.randrange(0, n - 1)
    p = 1 if k == 0 else rng.choice([1, 2])
    reps = rng.randint(15, 25)
    prefix = head + ''.join(chunks[:k + 1])
    block = ''.join(chunks[k + 1 - p:k + 1])
    first_line = block.split('\n')[0]
    m = re.match(r'\D*', first_line)
    maxcut = len(m.group(0))
    text = prefix + block * reps
    cut = ''
    if maxcut >= 3 and rng.random() < 0.8:
        cut = first_line[:rng.randint(max(2, maxcut // 3), maxcut)]
        text += cut
    else:
        text = text.rstrip('\n')
    rows.append(dict(base, variant='loop', solution=text, final=None,
                     span=line_span(text, len(prefix)), repeats=reps,
                     period_lines=block.count('\n')))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='mcrgen-multilingual-v1')
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
