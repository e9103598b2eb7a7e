#!/usr/bin/env python3
"""Generate the reading-data evaluation set (stdlib only, deterministic).

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import R, STYLES, GenError, final_str  # noqa: E402
import structs as A  # noqa: E402
import structs2 as B  # noqa: E402
from scen import CAT, DAYS5, DAYS7  # noqa: E402


def cat(filt=None):
    return [c for c in CAT if filt is None or filt(c)]


small = lambda c: not c['big']  # noqa: E731
days7 = lambda c: c['labels'] == DAYS7  # noqa: E731
mon = lambda c: c['labels'][0] == 'Monday'  # noqa: E731
ordered = lambda c: c['labels'][0] in ('Monday', 'January', 'Game 1', 'Thursday')  # noqa: E731
ordered6 = lambda c: c['labels'][0] in ('Monday', 'January', 'Game 1', 'Grade 1') and len(c['labels']) >= 5  # noqa

# name, builder, solver, contexts
REG = [
    ('total', A.b_total, A.s_total, cat()),
    ('more', A.b_more, A.s_more, cat()),
    ('range', A.b_range, A.s_range, cat()),
    ('mean', A.b_mean, A.s_mean, cat()),
    ('pctone', A.b_pct_one, A.s_pct_one, cat()),
    ('pctall', A.b_pct_all, A.s_pct_all, cat()),
    ('picttotal', A.b_pict_total, A.s_pict_total, cat()),
    ('pictmore', A.b_pict_more, A.s_pict_more, cat()),
    ('pictneed', A.b_pict_need, A.s_pict_need, cat()),
    ('pictmean', A.b_pict_mean, A.s_pict_mean, cat()),
    ('tallytotal', A.b_tally_total, A.s_tally_total, cat(small)),
    ('tallymore', A.b_tally_more, A.s_tally_more, cat(small)),
    ('missing', A.b_missing, A.s_missing, cat()),
    ('meannew', A.b_mean_new, A.s_mean_new, cat(ordered6)),
    ('median', A.b_median, A.s_median, cat()),
    ('barhalf', A.b_bar_half, A.s_bar_half, cat()),
    ('top2', A.b_top2, A.s_top2, cat()),
    ('pctchange', A.b_pct_change, A.s_pct_change, cat(ordered)),
    ('cumul', A.b_cumulative, A.s_cumulative, cat(mon)),
    ('sharetwo', A.b_share_two, A.s_share_two, cat()),
    ('times', A.b_times, A.s_times, cat()),
    ('weekend', A.b_weekend, A.s_weekend, cat(days7)),
    ('pctgoal', A.b_pct_goal, A.s_pct_goal, cat()),
    ('freqtotal', B.b_freq_total, B.s_freq_total, B.FREQ),
    ('freqmean', B.b_freq_mean, B.s_freq_mean, B.FREQ),
    ('pricetotal', B.b_price_total, B.s_price_total, B.SHOPS),
    ('pricechange', B.b_price_change, B.s_price_change, B.SHOPS),
    ('priceafter', B.b_price_after, B.s_price_after, B.SHOPS),
    ('stock', B.b_stock, B.s_stock, B.STOCK),
    ('twoway', B.b_twoway, B.s_twoway, B.TWOWAY),
    ('weeks', B.b_weeks, B.s_weeks, B.WEEKS),
    ('raintotal', lambda c, j, ns, r: B.b_rain(c, j, ns, r), B.s_rain_total, B.RAIN),
    ('raindiff', lambda c, j, ns, r: B.b_rain(c, j, ns, r, diff=True), B.s_rain_diff, B.RAIN),
    ('temprange', lambda c, j, ns, r: B.b_temp(c, j, ns, r), B.s_temp_range, B.TEMP),
    ('tempmean', lambda c, j, ns, r: B.b_temp(c, j, ns, r, mean=True), B.s_temp_mean, B.TEMP),
    ('sched', B.b_sched, B.s_sched, B.SCHED),
    ('gap', B.b_gap, B.s_gap, B.TRAINS),
    ('pay', B.b_pay, B.s_pay, B.PAY),
    ('unitprice', B.b_unit, B.s_unit, B.UNIT),
    ('budget', B.b_budget, B.s_budget, B.SHOPS),
]

NEG_RE = re.compile(r'[−-]\$?\d')
NT = 4   # phrasings (templates) per structure
NS = 4   # number sets per template


def run(solver, ctx, d, style, pid, fault=None):
    r = R(style, pid, fault)
    solver(r, ctx, d)
    lines, fidx = r.text()
    return r, lines, fidx


def offsets(lines, i):
    start = sum(len(l) + 1 for l in lines[:i])
    return start, start + len(lines[i])


def make_rows(si, name, builder, solver, ctxs, j, ns, gi):
    ctx = ctxs[(si * 3 + j) % len(ctxs)] if len(ctxs) > NT else ctxs[j % len(ctxs)]
    pid = '%s-%d-%d' % (name, j, ns)
    rng = random.Random('data|' + pid)
    problem, d = builder(ctx, j, ns, rng)
    style = STYLES[gi % len(STYLES)]
    base = dict(pid=pid, template='%s/%d' % (name, j), style=style, problem=problem)
    r0, lines, _ = run(solver, ctx, d, style, pid)
    gold = final_str(r0.final_v)
    nsteps = r0.step
    if nsteps < 1:
        raise GenError('no steps in ' + pid)
    sol = '\n'.join(lines)
    rows = [dict(base, variant='correct', solution=sol, final=gold)]
    frng = random.Random('pick|' + pid)
    # slip
    order = list(range(1, nsteps + 1))
    frng.shuffle(order)
    done = False
    for s in order:
        try:
            r1, l1, fidx = run(solver, ctx, d, style, pid, (s, 'slip'))
        except GenError:
            continue
        if fidx is None or final_str(r1.final_v) != gold or len(l1) != len(lines):
            continue
        if r1.finfo.get('implicit'):
            continue  # a table Total row would silently re-add the wrong cell
        diffs = [i for i, (a, b) in enumerate(zip(lines, l1)) if a != b]
        if diffs != [fidx]:
            continue
        a, b = offsets(l1, fidx)
        fi = r1.finfo
        rows.append(dict(base, variant='slip', solution='\n'.join(l1), final=gold, span=[a, b], wrong=fi['wrong'],
                         right=fi['right'], step=s, kind=fi['kind']))
        done = True
        break
    if not done:
        raise GenError('no slip for ' + pid)
    # carry
    order = list(range(1, nsteps + 1))
    frng.shuffle(order)
    order = [(s, 0) for s in order] + [(s, t) for t in (1, 2, 3) for s in order]
    done = False
    for s, att in order:
        try:
            r2, l2, fidx = run(solver, ctx, d, style, pid, (s, 'carry') if att == 0 else (s, 'carry', att))
        except (GenError, ZeroDivisionError):
            continue
        if fidx is None:
            continue
        cf = final_str(r2.final_v)
        if cf == gold:
            continue
        if r2.final_v < 0 <= r0.final_v and not name.startswith('temp'):
            continue
        if l2[:fidx] != lines[:fidx]:
            continue
        if not name.startswith('temp') and len(NEG_RE.findall('\n'.join(l2))) > len(NEG_RE.findall(sol)):
            continue  # a carried slip that drives a count or amount negative reads as nonsense
        a, b = offsets(l2, fidx)
        fi = r2.finfo
        rows.append(dict(base, variant='carry', solution='\n'.join(l2), final=gold, span=[a, b], wrong=fi['wrong'],
                         right=fi['right'], step=s, kind=fi['kind']))
        done = True
        break
    if not done:
        raise GenError('no carry for ' + pid)
    # loop
    body = lines[:-2]  # drop the blank + '#### ...'
    while body and body[-1] == '':
        body.pop()
    # first line index holding a computation: we start the loop after at least 2 lines
    cand = []
    for k in range(2, len(body)):
        for u in (1, 2, 3):
            blk = body[k - u + 1:k + 1]
            if len(blk) == u and all(x.strip() and not x.startswith('|') for x in blk) and k - u + 1 >= 1:
                cand.append((k, u))
    lrng = random.Random('loop|' + pid)
    k, u = cand[lrng.randrange(len(cand))]
    reps = lrng.randint(8, 30)
    unit = body[k - u + 1:k + 1]
    out = body[:k + 1] + unit * (reps - 1)
    text = '\n'.join(out)
    if lrng.random() < 0.5:
        ut = '\n'.join(unit)
        cut = lrng.randint(1, max(1, len(ut) - 1))
        text += '\n' + ut[:cut]
    start = sum(len(x) + 1 for x in body[:k + 1])
    end = start + len('\n'.join(unit))
    rows.append(dict(base, variant='loop', solution=text, final=gold, span=[start, end], repeats=reps))
    return rows


def generate():
    rows = []
    gi = 0
    for si, (name, builder, solver, ctxs) in enumerate(REG):
        for j in range(NT):
            for ns in range(NS):
                rows.extend(make_rows(si, name, builder, solver, ctxs, j, ns, gi))
                gi += 1
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = generate()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
