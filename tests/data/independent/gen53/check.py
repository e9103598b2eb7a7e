#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution:
  * arithmetic chains  `a op b op c = r` / `≈ r` (symbols, LaTeX, worded "minus ... is")
  * markdown tables with a **Total** row (column sums)
  * clock-time differences  `9:15 to 10:05 = 50 min`
and asserts:
  * correct rows: no wrong computation, `#### final` at the end, final answer restated before it
  * slip rows: exactly one wrong computation, on the line at `span`; text identical to the correct row
    except that line; `#### final` unchanged
  * carry rows: exactly one wrong computation, on the `span` line; text identical to the correct row
    before it; later computations consistent; `####` differs from the gold final
  * loop rows: no `####`; the span holds the second copy of a unit repeated `repeats` times; prefix
    identical to the correct row; no wrong computation
Prints PASS and exits 0, or lists failures and exits 1.
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']

# ------------------------------------------------------------------ preprocessing
FRAC_RE = re.compile(r'\\frac\{([^{}]*)\}\{([^{}]*)\}')
TEXT_RE = re.compile(r'\\text\{([^{}]*)\}')
BOX_RE = re.compile(r'\\boxed\{([^{}]*)\}')


def prep(line):
    s = line.replace('**', '').replace('`', '').replace('{,}', ',')
    s = BOX_RE.sub(r'\1', s)
    s = FRAC_RE.sub(r'(\1/\2)', s)
    s = TEXT_RE.sub(r' \1 ', s)
    for a, b in [('\\(', ' '), ('\\)', ' '), ('\\[', ' '), ('\\]', ' '), ('\\times', '×'), ('\\div', '÷'),
                 ('\\cdot', '·'), ('\\approx', '≈'), ('\\%', '%'), ('\\$', '$'), ('{,}', ','), ('\\,', ''),
                 ('\\left', ''), ('\\right', '')]:
        s = s.replace(a, b)
    return s


TOK_RE = re.compile(r"""
 (?P<TIME>\d{1,2}:\d{2}(?:\s?[ap]\.m\.)?)
|(?P<NUM>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?½?(?:%|°[CF]?)?|½)
|(?P<OP>[+−×÷*·/]|-)
|(?P<LP>\()
|(?P<RP>\))
|(?P<EQ>=|≈)
|(?P<WORD>[A-Za-z][A-Za-z']*)
|(?P<SP>\s+)
|(?P<BRK>.)
""", re.X)

WORD_OPS = {'plus': '+', 'minus': '-', 'times': '*'}
WORD_EQ = {'is', 'equals', 'gives', 'makes'}


def num_value(t):
    s = t.replace('$', '').replace(',', '')
    pct = s.endswith('%')
    s = s.rstrip('%')
    s = re.sub(r'°[CF]?$', '', s)
    half = s.endswith('½')
    s = s.rstrip('½')
    v = F(s) if s else F(0)
    if half:
        v += F(1, 2)
    dp = len(s.split('.')[1]) if '.' in s else 0
    return v, pct, dp


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        if k == 'SP':
            continue
        toks.append([k, m.group(), m.start(), m.end()])
    out = []
    i = 0
    while i < len(toks):
        k, v, a, b = toks[i]
        lw = v.lower()
        prev = out[-1][0] if out else None
        if k == 'WORD' and lw == 'x' and prev in ('NUM', 'RP'):
            out.append(['OP', '×', a, b])
        elif k == 'WORD' and lw in WORD_OPS and prev in ('NUM', 'RP'):
            out.append(['OP', {'+': '+', '-': '-', '*': '×'}[WORD_OPS[lw]], a, b])
        elif k == 'WORD' and lw in ('divided', 'multiplied') and i + 1 < len(toks) and toks[i + 1][1] == 'by' \
                and prev in ('NUM', 'RP'):
            out.append(['OP', '÷' if lw == 'divided' else '×', a, toks[i + 1][3]])
            i += 1
        elif k == 'WORD' and lw == 'of' and prev == 'NUM' and out[-1][1].endswith('%'):
            out.append(['OP', '×', a, b])
        elif k == 'WORD' and lw in WORD_EQ:
            out.append(['WEQ', v, a, b])
        else:
            out.append([k, v, a, b])
        i += 1
    # unary minus: a minus sign glued to the number after it, where no value precedes it
    res = []
    for k, v, a, b in out:
        if k == 'NUM' and res and res[-1][0] == 'OP' and res[-1][1] in ('-', '−') and res[-1][3] == a \
                and (len(res) == 1 or res[-2][0] not in ('NUM', 'RP')):
            res[-1] = ['NUM', '-' + v, res[-1][2], b]
            continue
        res.append([k, v, a, b])
    return res


def tokenize_line(s):
    return tokenize(s)


class Seg:
    __slots__ = ('val', 'nops', 'single', 'pct', 'dp', 'text')


def parse_chain(toks, i):
    """Parse `expr (EQ expr)+` starting at i. Returns (segs, rels, end) or None."""

    def parse_term(j):
        if j >= len(toks):
            return None
        k, v = toks[j][0], toks[j][1]
        if k == 'LP':
            r = parse_expr(j + 1)
            if r is None:
                return None
            e, j2, nops, single = r
            if j2 < len(toks) and toks[j2][0] == 'RP':
                return ('(' + e + ')', j2 + 1, nops, None)
            return None
        if k == 'NUM':
            val, pct, dp = num_value(v.lstrip('-'))
            if v.startswith('-'):
                val = -val
            j2 = j + 1
            # skip unit words that sit between a number and an operator / equals sign
            w = 0
            while j2 + w < len(toks) and toks[j2 + w][0] == 'WORD' and w < 3:
                w += 1
            if w and j2 + w < len(toks) and toks[j2 + w][0] in ('OP', 'EQ', 'RP'):
                j2 += w
            return (val, pct, dp, v), j2
        return None

    def parse_expr(j):
        parts = []
        nops = 0
        t = parse_term(j)
        if t is None:
            return None
        first = t
        items = [t]
        j = t[1] if len(t) == 2 else t[1]
        ops = []
        while j < len(toks) and toks[j][0] == 'OP':
            t2 = parse_term(j + 1)
            if t2 is None:
                break
            ops.append(toks[j][1])
            items.append(t2)
            j = t2[1]
        # build python expression
        single = None
        if not ops and len(items[0]) == 2:
            single = items[0][0]
        expr = ''
        for n, it in enumerate(items):
            if n:
                expr += {'+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '·': '*', '÷': '/', '/': '/'}[ops[n - 1]]
            if len(it) == 2:
                val, pct, dp, raw = it[0]
                if pct and (ops or single is None):
                    val = val / 100
                expr += '(F(%d,%d))' % (val.numerator, val.denominator)
            else:
                expr += it[0]
                nops += it[2]
        nops += len(ops)
        return expr, j, nops, single

    r0 = parse_expr(i)
    if r0 is None:
        return None
    segs = [r0]
    rels = []
    j = r0[1]
    while j < len(toks):
        k = toks[j][0]
        if k == 'EQ' or (k == 'WEQ' and any(s[2] for s in segs)):
            r = parse_expr(j + 1)
            if r is None:
                break
            rels.append(toks[j][1] if k == 'EQ' else '=')
            segs.append(r)
            j = r[1]
        else:
            break
    return segs, rels, max(j, i + 1)


def ev(expr):
    try:
        return eval(expr, {'F': F})
    except ZeroDivisionError:
        return None


def check_chain(segs, rels):
    """returns list of booleans, one per relation (True = correct)."""
    # drop leading single-number segments ("Total = 12 + 15 = 27" / "$45 = ...")
    while len(segs) >= 2 and segs[0][2] == 0:
        segs = segs[1:]
        rels = rels[1:]
    if len(segs) < 2 or segs[0][2] == 0:
        return []
    base = ev(segs[0][0])
    if base is None:
        return [False]
    prev = base
    res = []
    for rel, sg in zip(rels, segs[1:]):
        expr, _, nops, single = sg
        if single is not None and nops == 0:
            val, pct, dp, raw = single
            cands = [(val, dp), (val / 100, dp + 2)] if pct else [(val, dp)]
        else:
            cands = [(ev(expr), None)]
        ok = False
        chosen = cands[0][0]
        for c, d in cands:
            if c is None:
                continue
            if rel == '=':
                good = (c == prev)
            else:
                tol = F(1, 2) / 10 ** d if d is not None else abs(base) / 100
                good = abs(c - base) <= tol
            if good:
                ok, chosen = True, c
                break
        res.append(ok)
        prev = chosen
    return res


def line_computations(line):
    """returns list of (ok, text) for computations in one line"""
    s = prep(line)
    toks = tokenize_line(s)
    out = []
    i = 0
    while i < len(toks):
        if toks[i][0] in ('NUM', 'LP'):
            r = parse_chain(toks, i)
            if r is None:
                i += 1
                continue
            segs, rels, end = r
            if rels:
                for ok in check_chain(segs, rels):
                    out.append((ok, s.strip()))
            i = end
        else:
            i += 1
    out.extend(time_checks(s))
    return out


TIME_RE = re.compile(r'(\d{1,2}):(\d{2})(?:\s?([ap])\.m\.)?\s*(?:to|→)\s*(\d{1,2}):(\d{2})(?:\s?([ap])\.m\.)?'
                     r'\s*(?::|is|=)\s*(\d+)\s*min')


def tmin(h, m, ap):
    h, m = int(h), int(m)
    if ap == 'p' and h != 12:
        h += 12
    if ap == 'a' and h == 12:
        h = 0
    return h * 60 + m


HM_RE = re.compile(r'(?<![\d,])([\d,]+) minutes = (\d+) hours?(?: (\d+) minutes)?')


def time_checks(s):
    out = []
    for m in HM_RE.finditer(s):
        out.append((int(m.group(1).replace(',', '')) == 60 * int(m.group(2)) + int(m.group(3) or 0), m.group()))
    for m in TIME_RE.finditer(s):
        a = tmin(m.group(1), m.group(2), m.group(3))
        b = tmin(m.group(4), m.group(5), m.group(6))
        out.append((b - a == int(m.group(7)), m.group()))
    return out


def last_num(cell):
    toks = [t for t in tokenize_line(prep(cell)) if t[0] == 'NUM']
    if not toks:
        return None
    v, pct, dp = num_value(toks[-1][1].lstrip('-'))
    return -v if toks[-1][1].startswith('-') else v


def table_checks(lines):
    """returns list of (line_index, ok) for Total rows of markdown tables."""
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith('|'):
            j = i
            while j < len(lines) and lines[j].strip().startswith('|'):
                j += 1
            block = [(k, [c.strip() for c in lines[k].strip().strip('|').split('|')]) for k in range(i, j)]
            body = [b for b in block[2:]]
            for bi, (k, cells) in enumerate(body):
                if 'total' in cells[0].lower():
                    above = body[:bi]
                    for col in range(1, len(cells)):
                        tv = last_num(cells[col])
                        if tv is None:
                            continue
                        vals = [last_num(c[col]) if col < len(c) else None for _, c in above]
                        if any(v is None for v in vals) or not vals:
                            out.append((k, False))
                            continue
                        out.append((k, sum(vals) == tv))
            i = j
        else:
            i += 1
    return out


def bad_lines(sol):
    lines = sol.split('\n')
    bad = []
    n = 0
    for k, l in enumerate(lines):
        for ok, txt in line_computations(l):
            n += 1
            if not ok:
                bad.append(k)
    for k, ok in table_checks(lines):
        n += 1
        if not ok:
            bad.append(k)
    return bad, n, lines


def numbers_in(text):
    out = []
    for l in text.split('\n'):
        for t in tokenize_line(prep(l)):
            if t[0] == 'NUM':
                v, pct, dp = num_value(t[1].lstrip('-'))
                out.append(-v if t[1].startswith('-') else v)
    return out


def problem_numbers(p):
    """numbers a reader can take from the problem: written numbers, symbol counts, tally counts, clock minutes"""
    vals = set(numbers_in(p))
    for l in p.split('\n'):
        body = l.split(':', 1)[-1]
        for ch in '★●■☺':
            if ch in body:
                n = F(body.count(ch)) + (F(1, 2) if '½' in body else 0)
                vals.add(n)
                vals.add(F(body.count(ch)))
        if '卌' in body or '|' in body and not l.strip().startswith('|'):
            g = body.count('卌')
            ones = body.count('|')
            vals.update([F(g), F(ones), F(5 * g + ones)])
    for v in list(vals):
        vals.add(v / 2)  # half of a key
    return vals


def provenance(r):
    """every number in a correct solution must come from the problem, an earlier result, or be a small count"""
    known = problem_numbers(r['problem'])
    known.update(F(x) for x in (100, 60, 2, 5))
    missing = []
    for l in r['solution'].split('\n'):
        if l.startswith('#### '):
            continue
        s = prep(l)
        toks = tokenize_line(s)
        line_nums = []
        eq_seen = False
        total_row = s.strip().startswith('|') and 'total' in s.lower()
        ntime = 0
        for t in toks:
            if t[0] in ('EQ', 'WEQ'):
                eq_seen = True
            if t[0] == 'TIME':
                ntime += 1
            if t[0] == 'NUM':
                v, pct, dp = num_value(t[1].lstrip('-'))
                v = -v if t[1].startswith('-') else v
                free = eq_seen or total_row or ntime >= 2
                line_nums.append((v, pct, t[1], free))
        for v, pct, raw, free in line_nums:
            ok = (free or v in known or -v in known or (v.denominator in (1, 2) and 0 <= v <= 12)
                  or (pct and (v / 100 in known)))
            if not ok:
                missing.append((raw, l))
        # everything on a line that holds a verified computation is now known
        for v, pct, raw, free in line_nums:
            known.add(v)
            if pct:
                known.add(v / 100)
        # and all values of hh:mm times are not numbers for this purpose
    return missing


LINE_PAIR = [re.compile(r'^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|(?:\s*([^|]+?)\s*\|)?\s*$'),
             re.compile(r"^[-*]?\s*([A-Z][\w .'-]*?)\s*(?::|—)\s*(.+?)\s*$")]
BAR_G = re.compile(r'The (.+?) bar ends exactly at the ([\d,]+) line')
BAR_H = re.compile(r'The (.+?) bar ends halfway between ([\d,]+) and ([\d,]+)')


def cell_value(txt):
    """a data value as written in the problem: number, symbol row or tally row"""
    vals = set()
    t = txt.strip()
    if t.startswith('$') or re.match(r'^\d{1,2}:\d{2}', t):
        return vals
    syms = sum(t.count(ch) for ch in '★●■☺')
    if syms or t == '½':
        vals.add(F(syms) + (F(1, 2) if '½' in t else 0))
        return vals
    if '卌' in t or re.match(r'^[|\s]+$', t):
        g = t.count('卌')
        vals.update([F(5 * g + t.count('|')), F(g)] + ([F(t.count('|'))] if g == 0 else []))
        return vals
    m = re.match(r'^([−-]?)([\d,]+(?:\.\d+)?)(?:°[CF])?$', t)
    if m:
        v = F(m.group(2).replace(',', ''))
        vals.add(-v if m.group(1) else v)
    return vals


def problem_pairs(p):
    """label -> set of acceptable values, from tables, lists, pictographs, tallies and bar descriptions"""
    d = {}
    lines = p.split('\n')
    for l in lines:
        segs = [l] if ';' not in l or l.startswith('|') else [x.strip() for x in l.rstrip('.').split(';')]
        for sgm in segs:
            for rx in LINE_PAIR:
                m = rx.match(sgm.strip())
                if m:
                    lab = m.group(1).strip()
                    if re.match(r'^[\d\s]+$', lab) or lab.lower() in ('total', 'day', 'key', '---') or '---' in lab:
                        break
                    vals = set()
                    for g in m.groups()[1:]:
                        if g:
                            vals |= cell_value(g)
                    if vals:
                        d.setdefault(lab, set()).update(vals)
                    break
    for lab in list(d):
        if lab in ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
                   'February', 'March', 'April', 'June', 'July', 'August'):
            d[lab[:3]] = d[lab]
    for m in BAR_G.finditer(p):
        d.setdefault(m.group(1), set()).add(F(m.group(2).replace(',', '')))
    for m in BAR_H.finditer(p):
        d.setdefault(m.group(1), set()).add((F(m.group(2).replace(',', '')) + F(m.group(3).replace(',', ''))) / 2)
    return d


def restatement_errors(r):
    """'Label: N', 'Label N', 'Label (N)', 'N (Label)', '| Label | N |' must match the problem's data
    (or a value computed for that label earlier in the solution)."""
    pairs = problem_pairs(r['problem'])
    if not pairs:
        return []
    labs = sorted(pairs, key=len, reverse=True)
    lab_rx = '|'.join(re.escape(x) for x in labs)
    num = r'([−-]?\$?[\d,]*\d(?:\.\d+)?½?|½)'
    after = re.compile(r'(?<![\w])(' + lab_rx + r')(?![\w])(?:\s*(?::|\||had|has)\s*|\s+|\s*\(\s*)' + num +
                       r'(?=\s*(?:$|,(?!\d)|\.(?!\d)|[;)|]|°|\s+(?:and|[a-z]+(?:\s|$|[,.]))|\s*\|))')
    before = re.compile(num + r'\s*\((' + lab_rx + r')\)')
    errs = []
    seen_calc = {}
    prev_label = ''
    for l in r['solution'].split('\n'):
        s = prep(l)
        if 'After ' in s:
            continue
        ctx_s = prev_label + ' ' + s  # a display line belongs to the 'Label:' line above it
        prev_label = s.strip()[:-1] if s.strip().endswith(':') else ''
        has_calc = bool(re.search(r'[=≈]', s))
        found = []
        for m in after.finditer(s):
            found.append((m.group(1), m.group(2), m.end(2)))
        for m in before.finditer(s):
            found.append((m.group(2), m.group(1), m.end(1)))
        for lab, raw, end in found:
            rest = s[end:end + 4]
            if re.match(r'\s*(?:\w+\s+)?(?:more|fewer|times|divided|minus|plus|multiplied)\b', s[end:end + 30]):
                continue  # an answer or a worded computation, not a restatement
            if re.match(r'\s*(?:[+−×÷*·/=≈x-]\s|[+−×÷*·/=≈])', rest):
                continue  # first operand of a computation, not a restatement
            v, pct, dp = num_value(raw.lstrip('-−'))
            v = -v if raw[:1] in '-−' else v
            ok = v in pairs[lab] or v in seen_calc.get(lab, set())
            if not ok:
                errs.append((lab, raw, l))
        if has_calc:
            for lab in labs:
                if re.search(r'(?<![\w])' + re.escape(lab) + r'(?![\w])', ctx_s):
                    for t in tokenize_line(s):
                        if t[0] == 'NUM':
                            v, pct, dp = num_value(t[1].lstrip('-'))
                            seen_calc.setdefault(lab, set()).add(-v if t[1].startswith('-') else v)
    return errs


def answer_block_errors(r):
    """numbers in the closing answer lines must be the final answer (or problem data / key facts)"""
    lines = r['solution'].split('\n')
    fin = F(r['final'])
    # the answer line: the last non-empty line before '####' that holds no computation
    probnums = set(numbers_in(r['problem']))
    errs = []
    lastc = max([k for k, l in enumerate(lines[:-1]) if line_computations(l) or re.search(r'[=≈]', prep(l))
                 or (l.startswith('|') and 'total' in l.lower())] + [-1])
    cands = [l for l in lines[lastc + 1:-1] if l.strip()][-2:]
    hit = [l for l in cands if fin in numbers_in(l) or -fin in numbers_in(l)]
    if not hit:
        return [('final not restated', ' / '.join(cands))]
    whole = F(int(fin))
    earlier = set(numbers_in('\n'.join(lines[:lastc + 1]))) | {F(100)}
    for l in cands:
        has_final = l in hit
        for v in numbers_in(l):
            if v in (fin, -fin) or abs(v) in probnums or (fin.denominator != 1 and v == abs(whole)):
                continue
            if v in earlier:
                continue
            errs.append((str(v), l))
    return errs


ABBR = {'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug'}
SORT_LEADS = ('In order from least to greatest:', 'Sorted from coldest to warmest:', 'From greatest to least:')


def sorted_list_errors(r):
    """a sorted restatement must be in order and hold exactly the problem's data values"""
    pairs = problem_pairs(r['problem'])
    data = sorted(next(iter(v)) for k, v in pairs.items() if len(v) == 1 and k not in ABBR)
    errs = []
    for l in r['solution'].split('\n'):
        s = prep(l).strip().lstrip('-').strip()
        for lead in SORT_LEADS:
            if s.startswith(lead):
                body = s[len(lead):]
                if lead.startswith('From greatest'):
                    vals = [x for g in re.findall(r'\(([^()]*(?:\([^()]*\))?[^()]*)\)', body) for x in numbers_in(g)]
                else:
                    vals = numbers_in(body)
                if lead.startswith('From greatest'):
                    vals = vals[::-1]
                if vals != sorted(vals):
                    errs.append(('not sorted', l))
                elif data and vals != data:
                    errs.append(('values differ from the data', l))
    return errs


def line_of(sol, pos):
    return sol.count('\n', 0, pos)


def fnum(s):
    return F(s)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    fails = []
    bypid = {}
    for r in rows:
        bypid.setdefault(r['pid'], {})[r['variant']] = r
    ncomp = 0

    def fail(r, msg):
        fails.append('%s/%s: %s' % (r['pid'], r['variant'], msg))

    for pid, vs in bypid.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            fails.append('%s: variants %s' % (pid, sorted(vs)))
            continue
        c = vs['correct']
        if list(c.keys()) != KEYS_BASE:
            fail(c, 'keys %s' % list(c.keys()))
        bad, n, clines = bad_lines(c['solution'])
        ncomp += n
        if bad:
            fail(c, 'wrong computation on lines %s: %r' % (bad, [clines[b] for b in bad]))
        if clines[-1] != '#### ' + c['final']:
            fail(c, 'last line %r' % clines[-1])
        F(c['final'])
        # the final answer is restated in the answer block
        tail = '\n'.join(clines[-6:-1])
        vals = []
        for l in clines[-6:-1]:
            for t in tokenize_line(prep(l)):
                if t[0] == 'NUM':
                    v, pct, dp = num_value(t[1].lstrip('-'))
                    vals.append(-v if t[1].startswith('-') else v)
        if F(c['final']) not in vals:
            fail(c, 'final %s not restated in %r' % (c['final'], tail))
        if n == 0:
            fail(c, 'no computation found')
        prov = provenance(c)
        if prov:
            fail(c, 'numbers with no source: %r' % prov[:3])
        rs = restatement_errors(c)
        if rs:
            fail(c, 'data restated wrongly: %r' % rs[:3])
        so = sorted_list_errors(c)
        if so:
            fail(c, 'sorted list: %r' % so[:2])
        ab = answer_block_errors(c)
        if ab:
            fail(c, 'answer block numbers: %r' % ab[:3])
        for var in ('slip', 'carry'):
            r = vs[var]
            if list(r.keys()) != KEYS_FAULT:
                fail(r, 'keys %s' % list(r.keys()))
                continue
            sol = r['solution']
            a, b = r['span']
            if not (0 <= a < b <= len(sol)) or (a and sol[a - 1] != '\n') or (b < len(sol) and sol[b] != '\n'):
                fail(r, 'span not a whole line')
                continue
            li = line_of(sol, a)
            bad, n, lines = bad_lines(sol)
            ncomp += n
            if bad != [li]:
                fail(r, 'bad lines %s, span line %d %r' % (bad, li, lines[li]))
            nums_here = []
            for t in tokenize_line(prep(lines[li])):
                if t[0] == 'NUM':
                    v, pct, dp = num_value(t[1].lstrip('-'))
                    nums_here.append(-v if t[1].startswith('-') else v)
            if F(r['wrong']) == F(r['right']) or F(r['wrong']) not in nums_here:
                fail(r, 'wrong %r not on span line %r' % (r['wrong'], lines[li]))
            if r['final'] != c['final']:
                fail(r, 'final field differs from correct row')
            if var == 'slip':
                if len(lines) != len(clines) or [k for k, (x, y) in enumerate(zip(lines, clines)) if x != y] != [li]:
                    fail(r, 'slip text differs from correct text outside the span line')
                if lines[-1] != '#### ' + c['final']:
                    fail(r, 'slip final line %r' % lines[-1])
            else:
                if lines[:li] != clines[:li]:
                    fail(r, 'carry prefix differs')
                if not lines[-1].startswith('#### ') or lines[-1] == '#### ' + c['final']:
                    fail(r, 'carry final line %r' % lines[-1])
                else:
                    F(lines[-1][5:])
        r = vs['loop']
        if list(r.keys()) != KEYS_LOOP:
            fail(r, 'keys %s' % list(r.keys()))
            continue
        sol = r['solution']
        a, b = r['span']
        unit = sol[a:b]
        k = r['repeats']
        if not (8 <= k <= 30):
            fail(r, 'repeats %d' % k)
        first = a - len(unit) - 1
        if first < 0 or sol[first:a - 1] != unit or sol[a - 1] != '\n':
            fail(r, 'span is not the second copy')
        else:
            blk = '\n'.join([unit] * k)
            if not sol[first:].startswith(blk):
                fail(r, 'unit not repeated %d times' % k)
            rest = sol[first + len(blk):]
            if rest and not (rest.startswith('\n') and (unit + '\n').startswith(rest[1:]) and len(rest) - 1 < len(unit)):
                fail(r, 'unexpected tail after the repeats %r' % rest[:80])
            if not c['solution'].startswith(sol[:first]) or not c['solution'].startswith(sol[:a - 1]):
                fail(r, 'loop prefix differs from the correct solution')
        if '####' in sol:
            fail(r, 'loop row has ####')
        bad, n, lines = bad_lines(sol)
        if bad:
            # a truncated last copy may cut a number short; only complete lines count
            full = [x for x in bad if x < len(lines) - 1]
            if full:
                fail(r, 'wrong computation in loop row lines %s' % full)
    nrows = len(rows)
    if fails:
        for f in fails[:60]:
            print('FAIL', f)
        print('%d failures' % len(fails))
        sys.exit(1)
    print('checked %d rows, %d problems, %d computations' % (nrows, len(bypid), ncomp))
    print('PASS')


if __name__ == '__main__':
    main()
