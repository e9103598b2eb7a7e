#!/usr/bin/env python3
"""Generate the held-out electricity/energy evaluation set (stdlib only, deterministic).

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Builder, render, STYLE_NAMES, UNITS, dstr, exact_dp, canon, rhu  # noqa: E402
from structs import STRUCTS  # noqa: E402

NSETS = 4


def plain(q):
    u = q.unit
    if u.startswith('$'):
        s = '$' + dstr(q.val, max(2, q.dp), True)
        return s + (UNITS[u][1] if u in UNITS and u != '$' else '')
    s = dstr(q.val, q.dp, True)
    if u in UNITS:
        sym = UNITS[u][0]
        return s + (' ' + sym if sym else '')
    return s + ' ' + u


def build(st, P, ctx, fr, fault=None):
    B = Builder(fault)
    final, concl = st['solve'](B, P, ctx, fr)
    return B, final, concl


# --- wrong values --------------------------------------------------------------------------------
def as_str(v, dp):
    return dstr(v, dp)


def from_str(s):
    return F(s)


def candidates(it, rng):
    v, dp = it['shown'], it['dp']
    s = as_str(v, dp)
    out = []
    ulp = F(1, 10 ** dp)
    big = F(1) if abs(v) >= 10 and dp <= 2 else ulp
    out.append(('off_by_one', v + rng.choice([1, -1]) * big, dp))
    if v < 0:
        out.append(('sign_dropped', -v, dp))
    if abs(v) >= 30:
        out.append(('off_by_ten', v + rng.choice([10, -10]), dp))
    else:
        out.append(('off_by_ten', v + rng.choice([10, -10]) * ulp, dp))
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    sw = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if sw:
        i = rng.choice(sw)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        out.append(('digits_swapped', from_str(t), dp))
    if len(digs) >= 3:
        i = rng.choice(digs[1:])
        t = s[:i] + s[i + 1:]
        if not t.endswith('.'):
            nd = len(t.split('.')[1]) if '.' in t else 0
            out.append(('digit_dropped', from_str(t), nd))
    if digs:
        i = rng.choice(digs)
        t = s[:i] + s[i] + s[i:]
        nd = len(t.split('.')[1]) if '.' in t else 0
        out.append(('digit_doubled', from_str(t), nd))
    if rng.random() < 0.5 or dp == 0:
        out.append(('decimal_shift', v * 10, max(dp - 1, 0)))
    else:
        out.append(('decimal_shift', v / 10, dp + 1))
    op, ch = it['expr']
    if op in ('*', '/', '-', '+') and len(ch) == 2:
        from core import ev
        a, b = ev(ch[0]), ev(ch[1])
        alt = {'*': a + b, '/': a * b, '-': a + b, '+': a - b}[op]
        nd = exact_dp(alt)
        if nd is None or nd > max(dp, 2):
            nd = max(dp, 2)
            alt = rhu(alt, nd)
        out.append(('wrong_operation', alt, nd))
    rng.shuffle(out)
    return out


def ok_wrong(it, w, wdp):
    right = it['shown']
    if w == right or w <= 0 < right or w == 0 or (w * 10 ** wdp).denominator != 1:
        return False
    if it['money'] and wdp != 2:
        return False
    tol = F(1, 2 * 10 ** wdp)
    if abs(w - it['exact']) <= tol:
        return False
    if abs(w - right) < F(1, 10 ** 4):
        return False
    return True


def choose_fault(st, P, ctx, fr, base_items, final0, rng, mode):
    calcs = [it for it in base_items if it['type'] == 'calc' and it['faultable']]
    order = calcs[:]
    rng.shuffle(order)
    for it in order:
        for kind, w, wdp in candidates(it, rng):
            if it['money']:
                if (w * 100).denominator != 1:
                    continue
                wdp = 2
            if not ok_wrong(it, w, wdp):
                continue
            try:
                B, fin, concl = build(st, P, ctx, fr, (it['idx'], w, wdp, mode))
            except (ZeroDivisionError, ValueError, AssertionError):
                continue
            if mode == 'carry':
                if canon(fin.val) == canon(final0.val) or fin.val <= 0 < final0.val:
                    continue
                bad = False
                for j in B.items:
                    if j['type'] == 'calc' and j['idx'] > it['idx'] and j['shown'] <= 0 < j['exact'] * 0 + 1 \
                            and j['unit'] not in ('A',):
                        bad = True
                if bad:
                    continue
            return it, kind, w, wdp, B, fin, concl
    raise RuntimeError('no fault found')


def approx_any(items):
    return any(it['type'] == 'calc' and it['approx'] and not it['check'] for it in items)


def make_text(B, fin, concl, style, seed):
    a = approx_any(B.items) and not any(it['type'] == 'round' for it in B.items)
    fc = canon(fin.val)
    return render(B.items, style, seed, lambda fv: concl(fv, a), lambda f: plain(fin), fc)


def gen_rows():
    rows = []
    for si, st in enumerate(STRUCTS):
        for p in range(10):
            tname = f"{st['name']}-{p}"
            ctx = st['ctx'][p]
            fr = p % st['nfr']
            for k in range(NSETS):
                pid = f"{tname}-{k}"
                rng = random.Random(f"nums|{pid}")
                style = STYLE_NAMES[(p * NSETS + k + si * 7) % len(STYLE_NAMES)]
                for attempt in range(50):
                    P = st['draw'](rng, ctx, fr)
                    try:
                        B0, fin0, concl0 = build(st, P, ctx, fr)
                    except (ZeroDivisionError, AssertionError):
                        continue
                    if fin0.val > 0 or (fin0.val < 0 and st['name'] == 'breaker'):
                        break
                problem = st['problem'](P, ctx, fr)
                seed = f"render|{pid}"
                text0, spans0, num0 = make_text(B0, fin0, concl0, style, seed)
                final = canon(fin0.val)
                base = dict(pid=pid, template=tname, style=style, problem=problem)
                rows.append(dict(base, variant='correct', solution=text0, final=final))
                frng = random.Random(f"fault|{pid}")
                for mode in ('slip', 'carry'):
                    it, kind, w, wdp, B1, fin1, concl1 = choose_fault(st, P, ctx, fr, B0.items, fin0, frng, mode)
                    text1, spans1, num1 = make_text(B1, fin1 if mode == 'carry' else fin0,
                                                 concl1 if mode == 'carry' else concl0, style, seed)
                    sp = spans1[it['idx']]
                    if mode == 'slip':
                        s0 = spans0[it['idx']]
                        assert text1[:sp[0]] == text0[:s0[0]] and text1[sp[1]:] == text0[s0[1]:], pid
                    rows.append(dict(base, variant=mode, solution=text1, final=final, span=[sp[0], sp[1]],
                                     wrong=num1[it['idx']], right=num0[it['idx']], step=it['idx'] + 1,
                                     kind=kind))
                # loop
                lrng = random.Random(f"loop|{pid}")
                tags = sorted(spans0.items())
                cands = [s for i, s in tags[:-1]] or [tags[0][1]]
                sp = lrng.choice(cands)
                lines = text0.split('\n')
                # line index of sp
                pos, li = 0, 0
                while pos < sp[0]:
                    pos += len(lines[li]) + 1
                    li += 1
                end = li + 1
                u = lrng.choice([1, 1, 2, 3])
                start = max(0, end - u)
                while start < end - 1 and lines[start] == '':
                    start += 1
                unit = lines[start:end]
                if end < len(lines) and lines[end] == '' and lrng.random() < 0.7:
                    unit = unit + ['']
                ustr = '\n'.join(unit) + '\n'
                pre = '\n'.join(lines[:start]) + ('\n' if start > 0 else '')
                reps = lrng.randint(8, 30)
                text = pre + ustr * reps
                if lrng.random() < 0.5:
                    # a cut-off final copy (as at a token limit), cut before any result is written
                    m = min([i for i in (ustr.find('='), ustr.find('≈'), ustr.find(' equals'), ustr.find(' comes'),
                                         ustr.find(' gives'), ustr.find(' works'), ustr.find('|', 3)) if i > 0]
                            or [0])
                    sps = [i for i in range(1, m) if ustr[i] == ' ']
                    if sps:
                        text += ustr[:lrng.choice(sps)]
                s2 = len(pre) + len(ustr)
                rows.append(dict(base, variant='loop', solution=text, final=final, span=[s2, s2 + len(ustr)],
                                 repeats=reps))
    return rows


KEYS = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right', 'step',
        'kind', 'repeats']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = gen_rows()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            o = {k: r[k] for k in KEYS if k in r}
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == '__main__':
    main()
