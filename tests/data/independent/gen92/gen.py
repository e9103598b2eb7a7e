#!/usr/bin/env python3
"""Generator for a held-out set of worked solutions (genre: music and audio).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded RNGs only).
"""
import argparse
import json
import random
from fractions import Fraction as F

# ---------------------------------------------------------------- expressions
def C(v, f='int'):
    return ('c', F(v), f)


def R(i):
    return ('r', i)


def B(op, a, b):
    return ('b', op, a, b)


def S(*args):
    return ('s', list(args))


def ev(t, vals):
    k = t[0]
    if k == 'c':
        return t[1]
    if k == 'r':
        return vals[t[1]]
    if k == 's':
        return sum((ev(a, vals) for a in t[1]), F(0))
    op, a, b = t[1], ev(t[2], vals), ev(t[3], vals)
    if op == '*':
        return a * b
    if op == '/':
        return a / b
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '%of':
        return a / 100 * b
    raise ValueError(op)


def terminating(v, maxdp):
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    n = 0
    while (v * 10 ** n).denominator != 1:
        n += 1
    return n <= maxdp


def dec_str(v, mindp=0):
    """exact decimal string of a terminating fraction, no separators"""
    neg = v < 0
    v = abs(v)
    n = 0
    while (v * 10 ** n).denominator != 1:
        n += 1
    n = max(n, mindp)
    iv = int(v * 10 ** n)
    s = str(iv).rjust(n + 1, '0')
    if n:
        s = s[:-n] + '.' + s[-n:]
    return ('-' if neg else '') + s


def group(s, sep=','):
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    ip, _, fp = s.partition('.')
    out = ''
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return ('-' if neg else '') + out + ('.' + fp if fp else '')


# ---------------------------------------------------------------- styles
STYLES = ['md_steps', 'bold_labels', 'bullets', 'prose', 'latex_inline', 'latex_display',
          'table', 'terse', 'tutor', 'numbered', 'worded']

OPS = {
    'md_steps': {'*': '×', '/': '÷', '-': '-', '+': '+'},
    'bold_labels': {'*': '×', '/': '÷', '-': '−', '+': '+'},
    'bullets': {'*': 'x', '/': '/', '-': '-', '+': '+'},
    'prose': {'*': '×', '/': '÷', '-': '−', '+': '+'},
    'latex_inline': {'*': '\\times', '/': '\\div', '-': '-', '+': '+'},
    'latex_display': {'*': '\\times', '/': '\\div', '-': '-', '+': '+'},
    'table': {'*': '×', '/': '÷', '-': '−', '+': '+'},
    'terse': {'*': '*', '/': '/', '-': '-', '+': '+'},
    'tutor': {'*': '×', '/': '÷', '-': '-', '+': '+'},
    'numbered': {'*': '·', '/': '/', '-': '-', '+': '+'},
    'worded': {'*': 'times', '/': 'divided by', '-': 'minus', '+': 'plus'},
}
LATEX = ('latex_inline', 'latex_display')


def fmt_num(v, f, style):
    """format a value of format f in a style"""
    latex = style in LATEX
    sep = '' if style == 'terse' else (',' if style != 'latex_display' else '{,}')
    dollar = '\\$' if latex else '$'
    if f == 'pct':
        return dec_str(v) + ('\\%' if latex else '%')
    if f in ('money', 'rate'):
        if f == 'money':
            if v.denominator == 1 and style in ('prose', 'tutor', 'worded', 'terse'):
                s = dec_str(v)
            else:
                s = dec_str(v, 2)
        else:
            s = dec_str(v, 2)
        neg = s.startswith('-')
        s = group(s.lstrip('-'), sep)
        return ('-' if neg else '') + dollar + s
    s = dec_str(v)
    return group(s, sep)


PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%of': 2}


def render(t, style, vals, fmts, parent=None, right=False):
    k = t[0]
    if k == 'c':
        return fmt_num(t[1], t[2], style)
    if k == 'r':
        return fmt_num(vals[t[1]], fmts[t[1]], style)
    ops = OPS[style]
    if k == 's':
        s = (' %s ' % ops['+']).join(render(a, style, vals, fmts, '+') for a in t[1])
        if parent in ('*', '/', '%of', '-') and (parent != '-' or right):
            s = ('\\left(' if False else '(') + s + ')'
        return s
    op = t[1]
    if op == '%of':
        a = render(t[2], style, vals, fmts, op)
        b = render(t[3], style, vals, fmts, op, True)
        if style in ('worded', 'prose', 'tutor', 'bullets'):
            s = '%s of %s' % (a, b)
        elif style in ('terse', 'numbered', 'md_steps'):
            s = '%s %s %s' % (dec_str(t[2][1] / 100, 2), ops['*'], b)
        else:
            s = '%s %s %s' % (b, ops['*'], a)
    else:
        a = render(t[2], style, vals, fmts, op)
        b = render(t[3], style, vals, fmts, op, True)
        if op == '/' and style == 'latex_display' and t[2][0] != 'b' and t[3][0] != 'b':
            s = '\\frac{%s}{%s}' % (a, b)
        else:
            s = '%s %s %s' % (a, ops[op], b)
    if parent is not None:
        p, q = PREC[parent], PREC[op]
        if q < p or (q == p and right and parent in ('-', '/')):
            s = '(' + s + ')'
    return s


# ---------------------------------------------------------------- contexts
NAMES = ['Maya', 'Leo', 'Priya', 'Jonah', 'Aiko', 'Diego', 'Hannah', 'Kwame', 'Sofia', 'Ravi',
         'Elena', 'Omar', 'Tessa', 'Malik']
BANDS = ['The Velvet Static', 'Northbound', 'Paper Lanterns', 'Glass Harbor', 'Midnight Radio',
         'Copper Fields', 'Low Tide Choir', 'Neon Orchard', 'The Ferns', 'Static Bloom',
         'Hollow Pines', 'Blue Alder', 'Ghost Tapes', 'The Marigolds']
INSTR = ['piano', 'guitar', 'violin', 'cello', 'drum', 'saxophone', 'bass', 'flute', 'ukulele',
         'trumpet', 'harp', 'clarinet', 'banjo', 'viola']
PRON = {'Maya': 'she', 'Leo': 'he', 'Priya': 'she', 'Jonah': 'he', 'Aiko': 'she', 'Diego': 'he',
        'Hannah': 'she', 'Kwame': 'he', 'Sofia': 'she', 'Ravi': 'he', 'Elena': 'she', 'Omar': 'he',
        'Tessa': 'she', 'Malik': 'he'}


def mmss(m, s):
    return '%d:%02d' % (m, s)


# Each kind: function(rng, tv, ctx) -> dict(problem, steps, final_step, plan, answer(sentence fn), check)
# step: dict(label, why, expr, fmt, unit, kind='calc'|'divmod')

def st(label, why, expr, fmt, unit, kind='calc'):
    return {'label': label, 'why': why, 'expr': expr, 'fmt': fmt, 'unit': unit, 'kind': kind}


def k_tempo(rng, tv, ctx):
    name, instr = ctx['name'], ctx['instr']
    while True:
        bpb = rng.choice([2, 3, 4, 4, 5, 6])
        bpm = rng.choice([60, 72, 75, 80, 90, 96, 100, 120, 125, 144, 150, 160])
        bars = rng.randrange(12, 97, 4)
        beats = bars * bpb
        if tv == 1 and not terminating(F(beats, bpm), 4):
            continue
        if tv == 0 and not terminating(F(60, bpm), 4):
            continue
        break
    if tv == 0:
        prob = ('%s is practicing a %s piece in %d/4 time at %d beats per minute. The piece is %d bars long. '
                'How many seconds does it take to play the whole piece once?' % (name, instr, bpb, bpm, bars))
        steps = [st('Total beats', 'In %d/4 time each bar has %d beats, and there are %d bars' % (bpb, bpb, bars),
                    B('*', C(bars), C(bpb)), 'int', 'beats'),
                 st('Seconds per beat', 'At %d BPM there are %d beats in 60 seconds, so one beat lasts' % (bpm, bpm),
                    B('/', C(60), C(bpm)), 'dec', 'seconds'),
                 st('Length in seconds', 'Multiply the number of beats by the length of one beat',
                    B('*', R(0), R(1)), 'dec', 'seconds')]
        ans = lambda v: 'The piece takes %s seconds to play.' % v
    else:
        prob = ('A song by %s is %d bars long in %d/4 time, played at %d BPM. How long is the song in seconds?'
                % (ctx['band'], bars, bpb, bpm))
        steps = [st('Total beats', 'Each bar has %d beats (%d/4 time) and there are %d bars' % (bpb, bpb, bars),
                    B('*', C(bars), C(bpb)), 'int', 'beats'),
                 st('Length in minutes', 'The tempo is %d beats per minute, so the song lasts' % bpm,
                    B('/', R(0), C(bpm)), 'dec', 'minutes'),
                 st('Length in seconds', 'Convert minutes to seconds',
                    B('*', R(1), C(60)), 'dec', 'seconds')]
        ans = lambda v: 'The song is %s seconds long.' % v
    return dict(problem=prob, steps=steps, plan='find the total number of beats, then turn beats into time',
                answer=ans, check=None)


def k_album(rng, tv, ctx):
    n = rng.choice([3, 3, 4, 4, 5])
    tracks = [(rng.randint(2, 6), rng.randint(0, 59)) for _ in range(n)]
    lst = ', '.join(mmss(*t) for t in tracks[:-1]) + ' and ' + mmss(*tracks[-1])
    steps = []
    for i, (m, s) in enumerate(tracks):
        steps.append(st('Track %d' % (i + 1), 'Track %d is %s' % (i + 1, mmss(m, s)),
                        B('+', B('*', C(m), C(60)), C(s)), 'int', 'seconds'))
    steps.append(st('Total', 'Add up all %d tracks' % n, S(*[R(i) for i in range(n)]), 'int', 'seconds'))
    tot = len(steps) - 1
    if tv == 0:
        prob = ('%s\'s EP has %d tracks with lengths %s (minutes:seconds). What is the total running time of the EP '
                'in seconds?' % (ctx['band'], n, lst))
        steps.append(st('In minutes and seconds', 'As minutes and seconds', B('/', R(tot), C(60)), 'int', '',
                        'divmod'))
        ans = lambda v: 'The EP runs for %s seconds in total.' % v
        final = tot
    else:
        prob = ('%s is burning a mix CD that holds 80 minutes. %s picks %d songs lasting %s. How many seconds '
                'of space are left on the CD?' % (ctx['name'], PRON[ctx['name']].capitalize(), n, lst))
        steps.append(st('CD capacity', 'The CD holds 80 minutes', B('*', C(80), C(60)), 'int', 'seconds'))
        steps.append(st('Space left', 'Subtract the music from the capacity', B('-', R(tot + 1), R(tot)), 'int',
                        'seconds'))
        steps.append(st('In minutes and seconds', 'As minutes and seconds', B('/', R(tot + 2), C(60)), 'int', '',
                        'divmod'))
        ans = lambda v: 'There are %s seconds of space left on the CD.' % v
        final = tot + 2
    return dict(problem=prob, steps=steps, plan='convert every track to seconds and add them up',
                answer=ans, final=final, check=None)


def k_royalty(rng, tv, ctx):
    while True:
        r = rng.choice(['0.003', '0.004', '0.0035', '0.005', '0.0025', '0.0032'])
        pct = rng.choice([15, 20, 25, 30, 40])
        m = rng.choice([2, 3, 4, 5])
        streams = rng.randrange(120, 2600) * 1000
        gross = streams * F(r)
        cut = gross * pct / 100
        each = (gross - cut) / m
        if terminating(each, 2) and terminating(cut, 2):
            break
    prob = ('%s\'s new single had %s streams last month. The service pays $%s per stream, the label keeps %d%% of '
            'the payout, and the rest is split evenly between the %d band members. How much does each member get?'
            % (ctx['band'], group(str(streams)), r, pct, m))
    if tv == 1:
        prob = ('A song by %s was streamed %s times. At $%s per stream, with %d%% going to the label and the rest '
                'shared equally by %d members, how many dollars does each member earn?'
                % (ctx['band'], group(str(streams)), r, pct, m))
    steps = [st('Total payout', 'Multiply the streams by the per-stream rate', B('*', C(streams), C(r, 'rate')),
                'money', ''),
             st('Label\'s share', 'The label takes %d%%' % pct, B('%of', C(pct, 'pct'), R(0)), 'money', ''),
             st('Left for the band', 'Subtract the label\'s cut', B('-', R(0), R(1)), 'money', ''),
             st('Per member', 'Split it %d ways' % m, B('/', R(2), C(m)), 'money', '')]
    return dict(problem=prob, steps=steps, plan='find the total payout, remove the label\'s cut, then split it',
                answer=lambda v: 'Each member gets %s.' % v, check=('mul', 3, m))


def k_tickets(rng, tv, ctx):
    n = rng.randint(2, 8)
    p = F(rng.choice(['29.50', '45', '55.75', '62.25', '89.99', '38', '74.50', '120']))
    f = F(rng.choice(['4.50', '6.25', '7.99', '8.75', '5']))
    o = F(rng.choice(['2.95', '3.50', '4.95', '6']))
    prob = ('%s buys %d tickets to see %s. Each ticket costs $%s plus a $%s service fee per ticket, and there is '
            'a one-time $%s order fee. What is the total cost?'
            % (ctx['name'], n, ctx['band'], dec_str(p, 2), dec_str(f, 2), dec_str(o, 2)))
    if tv == 1:
        prob = ('Concert tickets for %s are $%s each. The site adds $%s per ticket in fees and a $%s processing fee '
                'per order. How much do %d tickets cost altogether?'
                % (ctx['band'], dec_str(p, 2), dec_str(f, 2), dec_str(o, 2), n))
    steps = [st('Ticket price', '%d tickets at $%s each' % (n, dec_str(p, 2)), B('*', C(n), C(p, 'money')),
                'money', ''),
             st('Service fees', 'The fee is charged on each of the %d tickets' % n, B('*', C(n), C(f, 'money')),
                'money', ''),
             st('Total', 'Add the tickets, the fees and the order fee', S(R(0), R(1), C(o, 'money')), 'money', '')]
    return dict(problem=prob, steps=steps, plan='price the tickets, add the per-ticket fees, then the order fee',
                answer=lambda v: 'The total cost is %s.' % v, check=None)


def k_practice(rng, tv, ctx):
    while True:
        d = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90])
        w = rng.randint(3, 7)
        k = rng.randint(2, 12)
        if terminating(F(d * w * k, 60), 2):
            break
    name, instr = ctx['name'], ctx['instr']
    if tv == 0:
        prob = ('%s practices %s for %d minutes a day, %d days a week. How many hours does %s practice in %d weeks?'
                % (name, instr, d, w, PRON[name], k))
    else:
        prob = ('To get ready for an audition, %s plans %d-minute %s practice sessions on %d days of every week for '
                'the next %d weeks. How many hours of practice is that?' % (name, d, instr, w, k))
    steps = [st('Minutes per week', '%d minutes a day for %d days' % (d, w), B('*', C(d), C(w)), 'int', 'minutes'),
             st('Minutes in %d weeks' % k, 'Over %d weeks' % k, B('*', R(0), C(k)), 'int', 'minutes'),
             st('Hours', 'There are 60 minutes in an hour', B('/', R(1), C(60)), 'dec', 'hours')]
    return dict(problem=prob, steps=steps, plan='find the weekly minutes, scale to the full period, then convert',
                answer=lambda v: '%s practices for %s hours.' % (name, v), check=('mul', 2, 60))


def k_metronome(rng, tv, ctx):
    a = rng.randrange(56, 101, 4)
    c = rng.choice([2, 3, 4, 5, 6, 8])
    n = rng.randint(3, 10)
    g = a + c * n + rng.randint(4, 40)
    name = ctx['name']
    if tv == 0:
        prob = ('%s can play a %s etude cleanly at %d BPM. Each week %s raises the metronome by %d BPM. '
                'The goal tempo is %d BPM. After %d weeks, how many BPM short of the goal is %s?'
                % (name, ctx['instr'], a, PRON[name], c, g, n, PRON[name]))
    else:
        prob = ('A drummer starts a groove at %d BPM and speeds up by %d BPM every week for %d weeks. '
                'How many more BPM are needed to reach %d BPM?' % (a, c, n, g))
    steps = [st('Total increase', '%d BPM a week for %d weeks' % (c, n), B('*', C(c), C(n)), 'int', 'BPM'),
             st('Tempo after %d weeks' % n, 'Add that to the starting tempo of %d BPM' % a, B('+', C(a), R(0)),
                'int', 'BPM'),
             st('Still needed', 'Compare with the goal of %d BPM' % g, B('-', C(g), R(1)), 'int', 'BPM')]
    return dict(problem=prob, steps=steps, plan='find the total increase, the new tempo, and the gap to the goal',
                answer=lambda v: 'The tempo is still %s BPM short of the goal.' % v, check=None)


def k_listeners(rng, tv, ctx):
    base = rng.randrange(40, 900) * 100 + rng.choice([0, 25, 50, 75])
    gained = rng.randrange(8, 90) * 50
    lost = rng.randrange(8, 90) * 50 + rng.choice([0, 10, 30])
    if gained == lost:
        lost += 70
    band = ctx['band']
    if tv == 0:
        prob = ('%s had %s monthly listeners. This month the band gained %s new listeners and lost %s. '
                'What is the net change in monthly listeners? (Use a negative number for a drop.)'
                % (band, group(str(base)), group(str(gained)), group(str(lost))))
        steps = [st('Net change', 'New listeners minus lost listeners', B('-', C(gained), C(lost)), 'int',
                    'listeners')]
        ans = lambda v: 'The net change is %s listeners.' % v
    else:
        prob = ('%s had %s monthly listeners. Then %s new people started listening and %s stopped. How many monthly '
                'listeners does the band have now?' % (band, group(str(base)), group(str(gained)), group(str(lost))))
        steps = [st('Net change', 'Gained minus lost', B('-', C(gained), C(lost)), 'int', 'listeners'),
                 st('New total', 'Apply the change to %s' % group(str(base)), B('+', C(base), R(0)), 'int',
                    'listeners')]
        ans = lambda v: '%s now has %s monthly listeners.' % (band, v)
    return dict(problem=prob, steps=steps, plan='work out the net change first', answer=ans, check=None)


def k_needed(rng, tv, ctx):
    r = rng.choice(['0.004', '0.005', '0.003', '0.0025', '0.008'])
    needed = rng.randrange(50, 900) * 1000
    T = needed * F(r)
    have = rng.randrange(5, needed // 1000) * 1000 - rng.choice([0, 250, 500])
    name = ctx['name']
    prob = ('%s wants to earn $%s from streaming to pay for a new %s. The platform pays $%s per stream, and %s '
            'songs already have %s streams. How many more streams does %s need?'
            % (name, group(dec_str(T, 2 if T.denominator != 1 else 0)), ctx['instr'], r, PRON[name] == 'she' and 'her' or 'his',
               group(str(have)), PRON[name]))
    if tv == 1:
        prob = ('At $%s per stream, how many more streams does %s need to reach $%s in total earnings if the band has '
                '%s streams so far?' % (r, ctx['band'], group(dec_str(T, 2 if T.denominator != 1 else 0)), group(str(have))))
    steps = [st('Streams for the goal', 'Divide the target by the rate', B('/', C(T, 'money'), C(r, 'rate')),
                'int', 'streams'),
             st('Streams still needed', 'Subtract the streams already earned', B('-', R(0), C(have)), 'int',
                'streams')]
    return dict(problem=prob, steps=steps, plan='find how many streams the goal takes, then subtract',
                answer=lambda v: '%s more streams are needed.' % v, check=None)


def k_merch(rng, tv, ctx):
    n = rng.randint(12, 240)
    p = F(rng.choice(['25', '28', '30', '32.50', '35', '40']))
    c = F(rng.choice(['8.50', '11.25', '12', '14.75', '9']))
    pct = rng.choice([10, 15, 20, 25])
    band = ctx['band']
    if tv == 0:
        prob = ('%s sells vinyl records at shows for $%s each. Each record costs $%s to press. If they sell %d '
                'records on tour, what is their profit?' % (band, dec_str(p, 2), dec_str(c, 2), n))
        steps = [st('Profit per record', 'Price minus pressing cost', B('-', C(p, 'money'), C(c, 'money')),
                    'money', ''),
                 st('Total profit', 'For %d records' % n, B('*', C(n), R(0)), 'money', '')]
        ans = lambda v: 'Their profit is %s.' % v
    else:
        prob = ('At one show, %s sells %d T-shirts at $%s each. The venue takes %d%% of merch sales. How much money '
                'does the band keep?' % (band, n, dec_str(p, 2), pct))
        steps = [st('Sales', '%d shirts at $%s' % (n, dec_str(p, 2)), B('*', C(n), C(p, 'money')), 'money', ''),
                 st('Venue cut', 'The venue takes %d%%' % pct, B('%of', C(pct, 'pct'), R(0)), 'money', ''),
                 st('Band keeps', 'Subtract the venue cut', B('-', R(0), R(1)), 'money', '')]
        ans = lambda v: 'The band keeps %s.' % v
    return dict(problem=prob, steps=steps, plan='work out the money per item and in total', answer=ans, check=None)


def k_setlist(rng, tv, ctx):
    while True:
        n = rng.randint(6, 16)
        L = F(rng.choice(['3.5', '3.75', '4', '4.25', '4.5', '3.25']))
        t = F(rng.choice(['0.5', '1', '1.5', '2']))
        slot = rng.choice([45, 60, 75, 90])
        tot = n * L + (n - 1) * t
        if tot < slot:
            break
    prob = ('%s has a %d-minute set. They plan to play %d songs that average %s minutes each, with a %s-minute gap '
            'between songs. How many minutes of the set will be left over?'
            % (ctx['band'], slot, n, dec_str(L), dec_str(t)))
    if tv == 1:
        prob = ('A band gets a %d-minute slot at a festival. The setlist has %d songs averaging %s minutes, and they '
                'take %s minutes between consecutive songs. How much time is left at the end?'
                % (slot, n, dec_str(L), dec_str(t)))
    gw = 'minute' if t == 1 else 'minutes'
    steps = [st('Music', '%d songs at %s minutes' % (n, dec_str(L)), B('*', C(n), C(L, 'dec')), 'dec', 'minutes'),
             st('Gaps', 'There is a gap between each pair of songs, so there are one fewer gaps than songs',
                B('-', C(n), C(1)), 'int', 'gaps'),
             st('Gap time', 'Each gap is %s %s' % (dec_str(t), gw), B('*', R(1), C(t, 'dec')), 'dec', 'minutes'),
             st('Total', 'Music plus gaps', B('+', R(0), R(2)), 'dec', 'minutes'),
             st('Left over', 'Subtract from the %d-minute slot' % slot, B('-', C(slot), R(3)), 'dec', 'minutes')]
    return dict(problem=prob, steps=steps, plan='add the music time and the gaps, then compare with the slot',
                answer=lambda v: 'They will have %s minutes left over.' % v, check=None)


def k_filesize(rng, tv, ctx):
    kbps = rng.choice([128, 160, 192, 256, 320])
    m, s = rng.randint(2, 7), rng.randint(0, 59)
    prob = ('An MP3 of a song by %s is encoded at %d kbps and runs %s. How many megabytes is the file? '
            '(Use 8 bits = 1 byte and 1,000 kilobytes = 1 megabyte.)' % (ctx['band'], kbps, mmss(m, s)))
    if tv == 1:
        prob = ('%s exports a %s track that is %s long as a %d kilobit-per-second MP3. Using 1 byte = 8 bits and '
                '1 MB = 1,000 kB, what is the file size in MB?' % (ctx['name'], ctx['instr'], mmss(m, s), kbps))
    steps = [st('Length', '%s is %d minutes %d seconds' % (mmss(m, s), m, s), B('+', B('*', C(m), C(60)), C(s)),
                'int', 'seconds'),
             st('Kilobits', '%d kilobits every second' % kbps, B('*', C(kbps), R(0)), 'int', 'kilobits'),
             st('Kilobytes', '8 bits per byte', B('/', R(1), C(8)), 'int', 'kB'),
             st('Megabytes', '1,000 kB per MB', B('/', R(2), C(1000)), 'dec', 'MB')]
    return dict(problem=prob, steps=steps, plan='get the length in seconds, multiply by the bitrate, then convert',
                answer=lambda v: 'The file is %s MB.' % v, check=None)


def k_tour(rng, tv, ctx):
    n = rng.randint(3, 12)
    cap = rng.randrange(8, 50) * 100
    pct = rng.choice([60, 75, 80, 85, 90, 95])
    p = F(rng.choice(['35', '40', '45', '55', '65', '72.50', '48.50']))
    prob = ('%s plays %d shows in venues that each hold %s people. Each show sells %d%% of its tickets at $%s. '
            'How much ticket revenue does the tour bring in?' % (ctx['band'], n, group(str(cap)), pct,
                                                                  dec_str(p, 2)))
    if tv == 1:
        prob = ('A tour has %d concerts. Every venue has %s seats, %d%% of seats are sold, and tickets cost $%s. '
                'What is the total ticket revenue?' % (n, group(str(cap)), pct, dec_str(p, 2)))
    steps = [st('Tickets per show', '%d%% of %s seats' % (pct, group(str(cap))), B('%of', C(pct, 'pct'), C(cap)),
                'int', 'tickets'),
             st('Tickets for the tour', 'Across %d shows' % n, B('*', R(0), C(n)), 'int', 'tickets'),
             st('Revenue', 'At $%s per ticket' % dec_str(p, 2), B('*', R(1), C(p, 'money')), 'money', '')]
    return dict(problem=prob, steps=steps, plan='find tickets per show, then for the tour, then revenue',
                answer=lambda v: 'The tour brings in %s.' % v, check=('div', 2, p))


def k_lessons(rng, tv, ctx):
    l = rng.randint(2, 8)
    p = rng.choice([30, 35, 40, 45, 50, 55, 60, 65, 72])
    m = rng.randint(2, 12)
    pct = rng.choice([5, 10, 15, 20, 25])
    name = ctx['name']
    prob = ('%s takes %d %s lessons a month at $%d per lesson. Paying for %d months up front gives a %d%% discount. '
            'How much does %s pay up front?' % (name, l, ctx['instr'], p, m, pct, PRON[name]))
    if tv == 1:
        prob = ('A music school charges $%d per %s lesson. %s books %d lessons a month for %d months and gets %d%% '
                'off the total. What does %s pay?' % (p, ctx['instr'], name, l, m, pct, PRON[name]))
    steps = [st('Cost per month', '%d lessons at $%d' % (l, p), B('*', C(l), C(p, 'money')), 'money', ''),
             st('Cost for %d months' % m, 'Over %d months' % m, B('*', R(0), C(m)), 'money', ''),
             st('Discount', '%d%% off' % pct, B('%of', C(pct, 'pct'), R(1)), 'money', ''),
             st('Amount paid', 'Subtract the discount', B('-', R(1), R(2)), 'money', '')]
    return dict(problem=prob, steps=steps, plan='find the full price, then take off the discount',
                answer=lambda v: '%s pays %s.' % (name, v), check=None)


def k_samples(rng, tv, ctx):
    rate = rng.choice([44100, 48000, 22050, 96000])
    sec = rng.randint(5, 90)
    by = 2 if tv == 0 else 3
    bits = 16 if tv == 0 else 24
    prob = ('A stereo recording of %s\'s %s is %d seconds long at a %s Hz sample rate and %d-bit depth '
            '(%d bytes per sample). How many bytes of audio data is that?'
            % (ctx['name'], ctx['instr'], sec, group(str(rate)), bits, by))
    steps = [st('Samples per channel', '%s samples every second for %d seconds' % (group(str(rate)), sec),
                B('*', C(rate), C(sec)), 'int', 'samples'),
             st('Both channels', 'Stereo means 2 channels', B('*', R(0), C(2)), 'int', 'samples'),
             st('Bytes', '%d bytes per sample' % by, B('*', R(1), C(by)), 'int', 'bytes')]
    return dict(problem=prob, steps=steps, plan='count samples, double for stereo, then convert to bytes',
                answer=lambda v: 'That is %s bytes of audio.' % v, check=None)


KINDS = [('tempo', k_tempo), ('album', k_album), ('royalty', k_royalty), ('tickets', k_tickets),
         ('practice', k_practice), ('metronome', k_metronome), ('listeners', k_listeners),
         ('streamgoal', k_needed), ('merch', k_merch), ('setlist', k_setlist), ('filesize', k_filesize),
         ('tour', k_tour), ('lessons', k_lessons), ('samples', k_samples)]
PHRASINGS = 12
SETS = 4


# ---------------------------------------------------------------- evaluation with faults
def evaluate(steps, override=None, carry=False):
    """returns (used_vals, shown_vals). override=(idx, wrong)."""
    used, shown = [], []
    for i, s in enumerate(steps):
        v = ev(s['expr'], used)
        if s['kind'] == 'divmod':
            v = F(int(v))
        sv = v
        if override and override[0] == i:
            sv = override[1]
            if carry:
                v = sv
        used.append(v)
        shown.append(sv)
    return used, shown


def nice(v, f):
    if f == 'int':
        return v.denominator == 1
    if f == 'money':
        return terminating(v, 2)
    return terminating(v, 4)


def wrong_candidates(step, used, right, style):
    f = step['fmt']
    s = dec_str(right, 2 if f == 'money' and right.denominator != 1 else 0)
    out = []
    unit = F(1)
    if '.' in s:
        unit = F(1, 10 ** len(s.split('.')[1]))
    out.append(('off_by_one', right + unit))
    out.append(('off_by_one', right - unit))
    if abs(right) >= 20:
        out.append(('off_by_ten', right + 10 * unit))
        out.append(('off_by_ten', right - 10 * unit))
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(digs, digs[1:]):
        if b == a + 1 and s[a] != s[b] and not (a == digs[0] and s[b] == '0'):
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            out.append(('swapped_digits', F(t)))
    if len(digs) >= 3:
        for i in digs[1:]:
            t = s[:i] + s[i + 1:]
            if t.endswith('.'):
                continue
            out.append(('dropped_digit', F(t)))
            t = s[:i] + s[i] + s[i:]
            out.append(('doubled_digit', F(t)))
    e = step['expr']
    if e[0] == 'b' and e[1] in '*/+-':
        a, b = ev(e[2], used), ev(e[3], used)
        alt = {'*': ['+'], '/': [], '+': ['-'], '-': ['+']}[e[1]]
        for op in alt:
            out.append(('wrong_operation', ev(('b', op, ('c', a, 'x'), ('c', b, 'x')), [])))
    if right < 0:
        out.append(('sign_dropped', -right))
    if '.' in s or f in ('money', 'dec'):
        out.append(('decimal_shift', right * 10))
        out.append(('decimal_shift', right / 10))
    return out


def pick_fault(rng, steps, carry, style):
    base, _ = evaluate(steps)
    cands = [i for i, s in enumerate(steps) if s['kind'] == 'calc']
    for _ in range(200):
        i = rng.choice(cands)
        wc = wrong_candidates(steps[i], base, base[i], style)
        kind, w = rng.choice(wc)
        if w == base[i] or not nice(w, steps[i]['fmt']):
            continue
        if base[i] > 0 and w <= 0:
            continue
        if kind not in ('decimal_shift', 'wrong_operation', 'sign_dropped') and not (
                abs(base[i]) / 3 <= abs(w) <= abs(base[i]) * 3):
            continue
        if fmt_num(w, steps[i]['fmt'], style) == fmt_num(base[i], steps[i]['fmt'], style):
            continue
        if carry:
            used, shown = evaluate(steps, (i, w), True)
            ok = True
            for j, s in enumerate(steps):
                if j <= i:
                    continue
                v = used[j] if s['kind'] == 'calc' else ev(s['expr'], used)
                if s['kind'] == 'divmod':
                    if v < 0 or used[j - 0] is None:
                        ok = False
                    continue
                if not nice(v, s['fmt']) or (base[j] > 0 and v <= 0):
                    ok = False
            if not ok:
                continue
        return i, w, kind
    return None


# ---------------------------------------------------------------- rendering whole solutions
INTROS = {
    'md_steps': ['## Solution\n', "Let's solve this step by step.\n", '### Understanding the problem\nWe need to {plan}.\n'],
    'bold_labels': ['We need to {plan}.\n', "Here's the breakdown:\n", '**Plan:** {plan}.\n'],
    'bullets': ["Let's break it down:\n", 'Steps:\n', 'Approach: {plan}.\n'],
    'prose': ['To answer this, we {plan}.\n', 'First we {plan}.\n', ''],
    'latex_inline': ['We {plan}.\n', 'Let me work through this.\n', ''],
    'latex_display': ["Let's {plan}.\n", 'We compute each quantity in turn.\n', ''],
    'table': ['I\'ll {plan}:\n', 'Breaking the calculation into steps:\n', ''],
    'terse': ['', '', 'Plan: {plan}.\n'],
    'tutor': ["Great question! Let's {plan}.\n", "Sure! Let's work through this together.\n",
              "Happy to help! We'll {plan}.\n"],
    'numbered': ['', 'Step-by-step:\n', 'We {plan}.\n'],
    'worded': ['We {plan}.\n', '', 'Working it out in words:\n'],
}
TUTOR_LEAD = ['First, ', 'Next, ', 'Then ', 'Now, ', 'After that, ', 'Finally, ']


def unit_sfx(step, style, latex=False):
    u = step['unit']
    if not u:
        return ''
    if latex:
        return '\\text{ %s}' % u
    return ' ' + u


def lower_first(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() and s.split()[0] not in ('BPM',) else s


def render_step(i, step, style, used_in, shown, fmts, rng, n_steps):
    """returns list of lines; the line index (within the list) holding the result"""
    vals = used_in
    res_v = shown[i]
    res = fmt_num(res_v, step['fmt'], style)
    label, why = step['label'], step['why']
    if step['kind'] == 'divmod':
        dividend = ev(step['expr'][2], vals)
        q, r = divmod(int(dividend), 60)
        expr = render(step['expr'], style, vals, fmts)
        if style in LATEX or style == 'table' and False:
            pass
        expr = expr.replace('\\frac{', '').replace('}{', ' ÷ ').replace('}', '') if 'frac' in expr else expr
        opdiv = OPS[style]['/']
        if style in LATEX:
            opdiv = '÷'
            expr = '%s ÷ 60' % fmt_num(dividend, 'int', 'prose')
        eq = 'is' if style == 'worded' else '='
        line = '%s %s %d remainder %d, so that is %d min %02d s (%d:%02d).' % (expr, eq, q, r, q, r, q, r)
        if style == 'table':
            return ['', 'In minutes: ' + line], 1
        if style == 'terse':
            return ['%s = %d r %d -> %d:%02d' % (expr, q, r, q, r)], 0
        return [('%s: ' % why) + line], 0
    expr = render(step['expr'], style, vals, fmts)
    rel = 'is' if style == 'worded' else '='
    if style == 'md_steps':
        return ['### Step %d: %s' % (i + 1, label), '%s:' % why, '', '%s %s %s%s' % (expr, rel, res, unit_sfx(step, style)), ''], 3
    if style == 'bold_labels':
        return ['**%s:** %s %s %s%s' % (label, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'bullets':
        return ['- %s: %s %s %s%s' % (label, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'prose' and why.endswith('lasts'):
        return ['%s %s %s %s%s.' % (why, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'prose':
        conn = rng.choice(['so', 'which gives', 'so we get', 'and'])
        if conn == 'and':
            return ['%s: %s %s %s%s.' % (why, expr, rel, res, unit_sfx(step, style))], 0
        return ['%s, %s %s %s %s%s.' % (why, conn, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'latex_inline':
        return ['%s: \\(%s %s %s\\)%s.' % (why, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'latex_display':
        return ['%s:' % why, '\\[', '%s %s %s%s' % (expr, rel, res, unit_sfx(step, style, True)), '\\]'], 2
    if style == 'table':
        return ['| %d | %s | %s | %s%s |' % (i + 1, label, expr, res, unit_sfx(step, style))], 0
    if style == 'terse':
        return ['%s: %s %s %s' % (label, expr, rel, res)], 0
    if style == 'tutor':
        lead = TUTOR_LEAD[min(i, 4)] if i < n_steps - 1 else 'Finally, '
        tail = rng.choice(['', ' Nice!', ' Easy enough.', ' Good.', ''])
        return ['%s%s: %s %s %s%s.%s' % (lead, lower_first(why), expr, rel, res, unit_sfx(step, style), tail)], 0
    if style == 'numbered':
        return ['%d. **%s** — %s %s %s%s' % (i + 1, label, expr, rel, res, unit_sfx(step, style))], 0
    if style == 'worded':
        return ['%s: %s %s %s%s.' % (why, expr, rel, res, unit_sfx(step, style))], 0
    raise ValueError(style)


def final_str(v):
    return dec_str(v)


def build_solution(spec, style, rng_seed, override=None, carry=False):
    """returns (text, lines_meta) where lines_meta maps step index -> (start, end) of result line"""
    rng = random.Random(rng_seed)
    steps = spec['steps']
    fmts = [s['fmt'] for s in steps]
    used, shown = evaluate(steps, override, carry)
    lines = []
    intro = rng.choice(INTROS[style]).format(plan=spec['plan'])
    if intro:
        lines.extend(intro.rstrip('\n').split('\n'))
        lines.append('')
    if style == 'table':
        lines += ['| Step | What | Calculation | Result |', '|---|---|---|---|']
    res_line = {}
    for i, s in enumerate(steps):
        # operands use the values as they are carried (used); slip keeps correct values downstream
        sl, k = render_step(i, s, style, used, shown, fmts, rng, len(steps))
        res_line[i] = len(lines) + k
        res_line[('blk', i)] = (len(lines), sl)
        lines.extend(sl)
    fi = spec.get('final', None)
    if fi is None:
        fi = max(i for i, s in enumerate(steps) if s['kind'] == 'calc')
    fval = used[fi] if carry else evaluate(steps)[0][fi]
    if style == 'table' or lines[-1] != '':
        lines.append('')
    # optional check line
    chk = spec.get('check')
    if chk and rng.random() < 0.7:
        typ, idx, x = chk
        v = used[idx] if carry else evaluate(steps)[0][idx]
        x = F(x)
        other = v * x if typ == 'mul' else v / x
        if not ((typ == 'mul' and nice(other, 'dec')) or (typ == 'div' and nice(other, 'int'))):
            pass
        elif typ == 'mul':
            cl = 'Check: %s %s %s = %s' % (fmt_num(v, fmts[idx], style), OPS[style]['*'],
                                           fmt_num(x, 'int', style), fmt_num(other, fmts[idx - 1], style))
        else:
            cl = 'Check: %s %s %s = %s' % (fmt_num(v, fmts[idx], style), OPS[style]['/'],
                                           fmt_num(x, 'money', style), fmt_num(other, fmts[idx - 1], style))
        if (typ == 'mul' and nice(other, 'dec')) or (typ == 'div' and nice(other, 'int')):
            if style == 'worded':
                cl = cl.replace(' = ', ' is ')
            lines.append(cl + ' ✓')
            lines.append('')
    shown_final = fmt_num(fval, fmts[fi], 'prose' if style in LATEX else style)
    if fmts[fi] not in ('money',):
        shown_final = fmt_num(fval, fmts[fi], 'bold_labels')
    sent = spec['answer'](shown_final)
    if style in ('md_steps',):
        lines.append('### Answer')
        lines.append(sent.replace(shown_final, '**%s**' % shown_final, 1))
    elif style in ('bold_labels', 'numbered', 'table'):
        lines.append('**Answer:** ' + sent)
    elif style == 'terse':
        lines.append('Answer: ' + shown_final)
    elif style == 'tutor':
        lines.append('So, ' + lower_first(sent) + ' ' + rng.choice(['🎵', 'Hope that helps!', 'Keep practicing!', '']))
        lines[-1] = lines[-1].rstrip()
    elif style in LATEX:
        lines.append('**Final answer:** ' + sent)
    else:
        lines.append(sent)
    lines.append('')
    lines.append('#### ' + final_str(fval))
    text = '\n'.join(lines)
    offs, pos = [], 0
    for ln in lines:
        offs.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return text, lines, offs, res_line, final_str(fval)


def make_loop(lines, res_line, rng, nsteps):
    """repeat one step's block (1-3 lines) 8-30 times; the first copy is the genuine one"""
    j = rng.randrange(0, nsteps)
    first, blk = res_line[('blk', j)]
    blk = list(blk)
    while blk and blk[-1] == '':
        blk.pop()
    while blk and blk[0] == '':
        blk.pop(0)
        first += 1
    k = res_line[j]
    if len(blk) == 4 and blk[1] == '\\[':
        blk, first = blk[1:], first + 1
    elif len(blk) > 3 or not blk:
        blk, first = [lines[k]], k
    reps = rng.randint(8, 30)
    head = lines[:first]
    text_head = '\n'.join(head) + ('\n' if head else '')
    block = '\n'.join(blk)
    text = text_head + '\n'.join([block] * reps)
    s2 = len(text_head) + len(block) + 1
    return text, [s2, s2 + len(block)], reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    args = ap.parse_args()
    rows = []
    pcount = 0
    for kname, kfn in KINDS:
        for ph in range(PHRASINGS):
            tv = ph % 2
            ctx = {'name': NAMES[(ph * 5 + len(kname)) % len(NAMES)],
                   'band': BANDS[(ph * 3 + len(kname) * 7) % len(BANDS)],
                   'instr': INSTR[(ph * 11 + len(kname)) % len(INSTR)]}
            for si in range(SETS):
                seed = 'mcr92|%s|%d|%d' % (kname, ph, si)
                rng = random.Random(seed)
                spec = kfn(rng, tv, ctx)
                style = STYLES[(pcount * 7 + ph) % len(STYLES)]
                pcount += 1
                pid = '%s-%d-%d' % (kname, ph, si)
                tpl = '%s-%d' % (kname, ph)
                text, lines, offs, res_line, fin = build_solution(spec, style, seed + '|r')
                base = {'pid': pid, 'template': tpl, 'style': style, 'problem': spec['problem']}
                rows.append(dict(base, variant='correct', solution=text, final=fin))
                for var in ('slip', 'carry'):
                    frng = random.Random(seed + '|' + var)
                    got = pick_fault(frng, spec['steps'], var == 'carry', style)
                    assert got, pid
                    i, w, kind = got
                    t2, l2, o2, rl2, f2 = build_solution(spec, style, seed + '|r', (i, w), var == 'carry')
                    span = list(o2[rl2[i]])
                    right = fmt_num(evaluate(spec['steps'])[0][i], spec['steps'][i]['fmt'], style)
                    wrong = fmt_num(w, spec['steps'][i]['fmt'], style)
                    assert wrong in t2[span[0]:span[1]]
                    if var == 'slip':
                        assert f2 == fin
                    else:
                        assert f2 != fin, pid
                    rows.append(dict(base, variant=var, solution=t2, final=fin, span=span, wrong=wrong,
                                     right=right, step=i + 1, kind=kind))
                lrng = random.Random(seed + '|loop')
                lt, lspan, reps = make_loop(lines, res_line, lrng, len(spec['steps']))
                rows.append(dict(base, variant='loop', solution=lt, final=fin, span=lspan, repeats=reps))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
