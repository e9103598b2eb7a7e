"""Template engine: step DSL, exact evaluation, number-set selection.

MIT License - original work written from scratch for this evaluation set.
"""
import random
import re
import zlib
from fractions import Fraction as Fr

NAMES = [
    ("Maya", "she", "her"), ("Liam", "he", "his"), ("Sofia", "she", "her"),
    ("Noah", "he", "his"), ("Aisha", "she", "her"), ("Diego", "he", "his"),
    ("Priya", "she", "her"), ("Ethan", "he", "his"), ("Chloe", "she", "her"),
    ("Kenji", "he", "his"), ("Fatima", "she", "her"), ("Lucas", "he", "his"),
    ("Grace", "she", "her"), ("Omar", "he", "his"), ("Elena", "she", "her"),
    ("Marcus", "he", "his"), ("Hannah", "she", "her"), ("Tariq", "he", "his"),
    ("Zoe", "she", "her"), ("Mateo", "he", "his"),
]

OPS = {'+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '//': 'fdiv'}
STOP = {'of', 'and', 'each', 'more', 'times', 'per', 'in', 'for', 'to', 'at',
        'a', 'an', 'the', 'on', 'with', 'from', 'than', 'every', 'less', 'is',
        'are', 'was', 'were', 'if', 'as', 'by', 'into', 'out', 'left', 'that',
        'this', 'his', 'her', 'their', 'full', 'equal', 'old', 'years', 'long',
        'wide', 'tall', 'high', 'fewer', 'extra', 'new', 'other', 'same'}

TEMPLATES = []
FAILED = []


def parse_steps(spec):
    steps = []
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        lhs, unit, label = [s.strip() for s in line.split('|')]
        name, expr = [s.strip() for s in lhs.split('=', 1)]
        must_int = name.endswith('!')
        name = name.rstrip('!')
        m = re.fullmatch(r'pct\((\S+),\s*(\S+)\)', expr)
        if m:
            op, args = 'pct', [m.group(1), m.group(2)]
        else:
            m = re.fullmatch(r'frac\((\S+),\s*(\S+),\s*(\S+)\)', expr)
            if m:
                op, args = 'frac', list(m.groups())
            else:
                toks = expr.split()
                ops = set(toks[1::2])
                assert len(ops) == 1 and len(toks) % 2 == 1, line
                op = OPS[ops.pop()]
                args = toks[0::2]
                if op in ('div', 'fdiv'):
                    assert len(args) == 2, line
        steps.append(dict(name=name, op=op, args=args, unit=unit,
                          label=label, int=must_int))
    return steps


def compute(op, vals):
    if op == 'add':
        return sum(vals, Fr(0))
    if op == 'sub':
        r = vals[0]
        for v in vals[1:]:
            r -= v
        return r
    if op == 'mul':
        r = Fr(1)
        for v in vals:
            r *= v
        return r
    if op == 'div':
        return vals[0] / vals[1]
    if op == 'fdiv':
        return Fr(vals[0] // vals[1])
    if op == 'pct':
        return vals[0] / 100 * vals[1]
    if op == 'frac':
        return vals[0] / vals[1] * vals[2]
    raise ValueError(op)


def is_literal(tok):
    return re.fullmatch(r'\d+(\.\d+)?%?', tok) is not None


def two_dp(v):
    return (v * 100).denominator == 1


def T(tid, text, vars, steps, units=None, topic=''):
    tpl = dict(id=tid, text=text.strip(), vars=vars, steps=parse_steps(steps),
               units=dict(units or {}), topic=topic)
    names = set(vars)
    seen = set()
    for st in tpl['steps']:
        for a in st['args']:
            assert is_literal(a) or a in names or a in seen, (tid, a)
        assert st['name'] not in names and st['name'] not in seen, (tid, st['name'])
        seen.add(st['name'])
    for v in vars:
        assert '{' + v + '}' in tpl['text'], (tid, v)
    # operand kinds and units from text
    kinds = {}
    for v in vars:
        if '${' + v + '}' in tpl['text']:
            kinds[v] = 'money'
        elif '{' + v + '}%' in tpl['text']:
            kinds[v] = 'pct'
        else:
            kinds[v] = 'num'
            if v not in tpl['units']:
                m = re.search(r'\{' + v + r'\} ([A-Za-z][A-Za-z/-]*)', tpl['text'])
                if m and m.group(1).lower() not in STOP:
                    u = m.group(1)
                    if u in ('square', 'cubic'):
                        m2 = re.search(r'\{' + v + r'\} (square|cubic) ([A-Za-z]+)', tpl['text'])
                        u = m2.group(1) + ' ' + m2.group(2)
                    tpl['units'][v] = u
    for st in tpl['steps']:
        kinds[st['name']] = ('money' if st['unit'] == '$' else
                             'pct' if st['unit'] == '%' else 'num')
    tpl['kinds'] = kinds
    assert len(tpl['steps']) >= 2, tid
    # every non-final step must feed the final answer
    need = {tpl['steps'][-1]['name']}
    for st in reversed(tpl['steps']):
        if st['name'] in need:
            need.update(a for a in st['args'] if a in seen)
    assert any(st['op'] != 'fdiv' for st in tpl['steps'][:-1]), (tid, 'no carry step')
    for st in tpl['steps'][:-1]:
        assert st['name'] in need, (tid, 'unused step', st['name'])
    try:
        tpl['sets'] = pick_sets(tpl)
    except AssertionError:
        FAILED.append(tid)
        return tpl
    TEMPLATES.append(tpl)
    return tpl


def operand_value(tok, env):
    if is_literal(tok):
        return Fr(tok.rstrip('%'))
    return env[tok]


def evaluate(tpl, values, override=None):
    """Return list of step results (Fractions). override: {step_index: value}."""
    env = {k: Fr(str(v).replace(',', '')) for k, v in values.items()}
    out = []
    for i, st in enumerate(tpl['steps']):
        args = [operand_value(a, env) for a in st['args']]
        if st['op'] in ('div', 'fdiv') and args[1] == 0:
            return None
        r = compute(st['op'], args)
        if override and i in override:
            r = override[i]
        env[st['name']] = r
        out.append(r)
    return out


def valid_results(tpl, res, strict=True):
    if res is None:
        return False
    for st, r in zip(tpl['steps'], res):
        if r < 0 or not two_dp(r):
            return False
        if strict and (st['int'] and r.denominator != 1):
            return False
        if strict and r == 0 and st['op'] != 'sub':
            return False
    return True


def pick_sets(tpl):
    rng = random.Random(zlib.crc32(tpl['id'].encode()))
    sets, keys = [], set()
    names = sorted(tpl['vars'])
    for _ in range(6000):
        vals = {n: rng.choice(tpl['vars'][n]) for n in names}
        person = rng.randrange(len(NAMES))
        key = tuple(str(vals[n]) for n in names)
        if key in keys:
            continue
        res = evaluate(tpl, vals)
        if not valid_results(tpl, res):
            continue
        if res[-1] == 0:
            continue
        keys.add(key)
        sets.append(dict(values=vals, person=person))
        if len(sets) == 4:
            return sets
    raise AssertionError('cannot find 4 number sets for ' + tpl['id'])


def fmt_problem_number(v):
    s = str(v)
    if re.fullmatch(r'\d{4,}', s):
        s = '{:,}'.format(int(s))
    return s


def problem_text(tpl, ns):
    name, he, his = NAMES[ns['person']]
    d = {k: fmt_problem_number(v) for k, v in ns['values'].items()}
    d.update(name=name, he=he, his=his, He=he.capitalize(), His=his.capitalize(),
             him='her' if he == 'she' else 'him')
    return tpl['text'].format(**d)
