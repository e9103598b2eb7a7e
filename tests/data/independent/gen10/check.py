#!/usr/bin/env python3
"""Independent text-only re-checker for set.jsonl.
It never imports the generator: it re-reads every rendered "lhs = rhs" computation in each solution,
evaluates it exactly, and checks
  correct : every computation right, final line matches "final"
  slip    : exactly one wrong computation, on the span line, written value == "wrong", true value == "right";
            final answer is the correct one
  carry   : exactly one wrong computation (later steps are consistent with the carried value) on the span line,
            written value == "wrong"; final answer differs from correct_final
  loop    : every computation right, no final answer line, span line repeated >= 15 times after a first occurrence
usage: python3 check.py set.jsonl [-v]"""
import json, re, sys
from fractions import Fraction as Fr
from collections import Counter

CONV = {('hour', 'minute'): 60, ('minute', 'second'): 60, ('foot', 'inch'): 12, ('yard', 'foot'): 3,
        ('yard', 'inch'): 36, ('meter', 'centimeter'): 100, ('kilometer', 'meter'): 1000, ('pound', 'ounce'): 16,
        ('gallon', 'quart'): 4, ('liter', 'milliliter'): 1000, ('kilogram', 'gram'): 1000, ('dozen', 'egg'): 12,
        ('week', 'day'): 7, ('day', 'hour'): 24, ('dollar', 'cent'): 100}
IRREG = {'feet': 'foot', 'inches': 'inch', 'dozen': 'dozen'}


def unit_norm(w):
    w = w.lower()
    if w in IRREG:
        return IRREG[w]
    if w.endswith('s') and not w.endswith('ss'):
        w = w[:-1]
    return w


def normalize(s):
    s = re.sub(r'<<[^>]*>>', '', s)
    s = s.replace('{,}', ',')
    s = re.sub(r'\\text\{([^}]*)\}', r' \1 ', s)
    s = re.sub(r'\\frac\{([^}]*)\}\{([^}]*)\}', r'(\1/\2)', s)
    s = s.replace('\\times', ' * ').replace('\\cdot', ' * ').replace('×', ' * ').replace('·', ' * ')
    s = s.replace('\\div', ' / ').replace('÷', ' / ').replace('\\%', '%')
    s = s.replace('\\$', '').replace('$', '').replace('\\(', ' ').replace('\\)', ' ')
    s = s.replace('\\[', ' ').replace('\\]', ' ').replace('**', ' ')
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)
    s = re.sub(r'(?<=[\d)%])\s*x\s*(?=[\d(])', ' * ', s)
    s = re.sub(r'%\s+of\b', '% *', s)
    return s


TOK = re.compile(r"\d+(?:\.\d+)?|\.\d+|[-+*/()=%]|[A-Za-z][A-Za-z'\-]*|\S")


def tokenize(s):
    return TOK.findall(s)


def isnum(t):
    return bool(re.fullmatch(r'\d+(?:\.\d+)?|\.\d+', t))


def isword(t):
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z'\-]*", t))


class PErr(Exception):
    pass


def evaluate(toks):
    """recursive descent over + - * / ( ) % and numbers; exact"""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def expr():
        v = term()
        while peek() in ('+', '-'):
            op = take(); w = term()
            v = v + w if op == '+' else v - w
        return v

    def term():
        v = factor()
        while peek() in ('*', '/'):
            op = take(); w = factor()
            if op == '/':
                if w == 0:
                    raise PErr
                v = v / w
            else:
                v = v * w
        return v

    def factor():
        t = peek()
        if t is None:
            raise PErr
        if t == '(':
            take(); v = expr()
            if take() != ')':
                raise PErr
        elif isnum(t):
            take(); v = Fr(t)
        else:
            raise PErr
        while peek() == '%':
            take(); v = v / 100
        return v
    v = expr()
    if pos[0] != len(toks):
        raise PErr
    return v


EXPR = set('+-*/()%')


def equations(line):
    """yield dicts for each '=' chain in the line"""
    toks = tokenize(normalize(line))
    out = []
    eqs = [i for i, t in enumerate(toks) if t == '=']
    if not eqs:
        return out

    def is_expr_tok(i):
        t = toks[i]
        return isnum(t) or t in EXPR

    # split into chains of '=' that are connected by expression tokens (unit words allowed)
    chains = []
    cur = [eqs[0]]
    for a, b in zip(eqs, eqs[1:]):
        between = toks[a + 1:b]
        if between and all(is_expr_tok(a + 1 + k) or isword(t) for k, t in enumerate(between)) and \
                any(isnum(t) for t in between):
            cur.append(b)
        else:
            chains.append(cur); cur = [b]
    chains.append(cur)
    for ch in chains:
        segs = []
        # left segment: scan back
        i = ch[0] - 1
        left = []
        while i >= 0:
            t = toks[i]
            if is_expr_tok(i):
                left.insert(0, t); i -= 1; continue
            if isword(t):
                # unit word directly after a number / % / another unit word
                j = i - 1
                while j >= 0 and isword(toks[j]):
                    j -= 1
                if j >= 0 and (isnum(toks[j]) or toks[j] in ('%', ')')) and i - j <= 3:
                    left.insert(0, t); i -= 1; continue
            break
        segs.append(left)
        for a, b in zip(ch, ch[1:]):
            segs.append(toks[a + 1:b])
        # right segment: number [/ number] [%] [unit words] [remainder r]
        j = ch[-1] + 1
        right = []
        if j < len(toks) and toks[j] == '(':
            k = j
            while k < len(toks) and toks[k] != ')':
                k += 1
            right = toks[j:k + 1]; j = k + 1
        elif j < len(toks) and isnum(toks[j]):
            right = [toks[j]]; j += 1
            if j + 1 < len(toks) and toks[j] == '/' and isnum(toks[j + 1]) and '.' not in toks[j + 1]:
                right += toks[j:j + 2]; j += 2
            if j < len(toks) and toks[j] == '%':
                right.append('%'); j += 1
        rem = None
        words = []
        while j < len(toks) and isword(toks[j]) and len(words) < 5:
            words.append(toks[j]); j += 1
            if (words[-1] in ('remainder', 'R') or (words[-1] == 'of' and 'remainder' in words)) \
                    and j < len(toks) and isnum(toks[j]):
                rem = Fr(toks[j]); break
        if not right:
            continue
        segs.append(right + words)
        out.append(dict(segs=segs, rem=rem))
    return out


def seg_value(seg, allow_trim=True):
    """(value, unit, bare) ; unit words dropped; trims junk on the left if needed"""
    toks = [t for t in seg if not isword(t)]
    words = [t for t in seg if isword(t)]
    if not any(isnum(t) for t in toks):
        return None
    bare = len(toks) == 1 or (len(toks) == 2 and toks[1] == '%')
    unit = None
    if words and seg and isword(seg[-1]):
        k = len(seg) - 1
        while k >= 0 and isword(seg[k]):
            k -= 1
        unit = unit_norm(seg[k + 1])
    for s in range(len(toks)):
        try:
            t2 = toks[s:]
            bare = len(t2) == 1 or (len(t2) == 2 and t2[1] == '%')
            return evaluate(t2), unit, bare, s
        except (PErr, IndexError):
            if not allow_trim:
                break
            continue
    return None


def check_line(line):
    """returns list of (ok, written_value, true_value) for every computation in the line"""
    res = []
    for eq in equations(line):
        segs = eq['segs']
        rv = seg_value(segs[-1], allow_trim=False)
        if rv is None:
            continue
        rval, runit, _, _ = rv
        pct = '%' in segs[-1]
        vals = [(seg_value(s), s) for s in segs[:-1]]
        vals = [v + (s,) for v, s in vals if v is not None]
        if not vals:
            continue
        ok = True
        truth = None
        for vi, (v, u, bare, off, sg) in enumerate(vals):
            target = rval
            if eq['rem'] is not None:
                # a / b = q remainder r
                lt = [t for t in sg if not isword(t)][off:]
                try:
                    k = lt.index('/')
                    a = evaluate(lt[:k]); b = evaluate(lt[k + 1:])
                except (ValueError, PErr):
                    ok = False; continue
                truth = Fr(int(a) // int(b))
                good = (rval == truth and eq['rem'] == a - b * truth)
                ok = ok and good
                continue
            if bare and u and runit and u != runit and ((u, runit) in CONV or (runit, u) in CONV):
                f = CONV.get((u, runit)) or Fr(1, CONV[(runit, u)])
                v = v * f
            if pct:
                good = v == target or v == target * 100
                t = v if v == target * 100 else v * 100 if v == target else v
            else:
                good = v == target
            if not good and vi == 0 and bare and u and len(vals) >= 2:
                continue   # leading label such as "Pay for the first 40 hours = ..."
            if truth is None and not bare:
                truth = v
            elif truth is None:
                truth = v
            ok = ok and good
        wtxt = ''.join(t for t in segs[-1] if not isword(t))
        res.append((ok, rval * (100 if pct else 1), truth))
    return res


def num(s):
    s = s.replace(',', '').replace('$', '').replace('%', '')
    return Fr(s)


def final_of(sol):
    lines = [l for l in sol.split('\n') if l.strip()]
    last = lines[-1].strip()
    m = re.fullmatch(r'#### (\S+)', last)
    if m:
        return m.group(1), 'hash'
    m = re.search(r'\\boxed\{([^}]*)\}', last)
    if m:
        return m.group(1), 'boxed'
    return None, None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    verbose = '-v' in sys.argv
    stats = Counter(); fails = Counter(); eqcount = Counter(); endings = Counter()
    examples = []
    for ln in open(path, encoding='utf-8'):
        r = json.loads(ln)
        v = r['variant']; sol = r['solution']
        stats[v] += 1
        lines = sol.split('\n')
        offs = []; o = 0
        for l in lines:
            offs.append(o); o += len(l) + 1
        bad = []; n_eq = 0
        for idx, l in enumerate(lines):
            for ok, wv, tv in check_line(l):
                n_eq += 1
                if not ok:
                    bad.append((idx, wv, tv))
        eqcount[v] += n_eq
        fin, kind = final_of(sol)
        endings[(r['style'], kind)] += 1 if v == 'correct' else 0
        err = None
        if n_eq == 0:
            err = 'no computations found'
        elif v == 'correct':
            if bad:
                err = 'wrong computation in correct row: line %d' % bad[0][0]
            elif fin is None or num(fin) != num(r['final']):
                err = 'final mismatch'
        elif v in ('slip', 'carry'):
            lo, hi = r['span']
            if len(bad) != 1:
                err = '%d wrong computations' % len(bad)
            else:
                idx, wv, tv = bad[0]
                if (offs[idx], offs[idx] + len(lines[idx])) != (lo, hi):
                    err = 'fault not on span line'
                elif wv != num(r['wrong']):
                    err = 'written value %s != wrong %s' % (wv, r['wrong'])
                elif tv is not None and tv != num(r['right']):
                    err = 'true value %s != right %s' % (tv, r['right'])
            if err is None:
                if fin is None or num(fin) != num(r['final']):
                    err = 'final mismatch'
                elif v == 'carry' and num(fin) == num(r['correct_final']):
                    err = 'carry did not change final'
        elif v == 'loop':
            lo, hi = r['span']
            if bad:
                err = 'wrong computation in loop row'
            elif fin is not None:
                err = 'loop row has a final answer'
            else:
                idx = [k for k in range(len(lines)) if offs[k] == lo][0]
                txt = lines[idx]
                cnt = sum(1 for l in lines if l == txt)
                first = lines.index(txt)
                if cnt < 16 or first >= idx or sol[lo:hi] != txt:
                    err = 'loop span/repeat count wrong (%d)' % cnt
        if err:
            fails[v] += 1
            if len(examples) < 15:
                examples.append((r['pid'], r['style'], v, err))
    print('rows per variant:', dict(stats))
    print('computations re-checked:', dict(eqcount))
    print('failures per variant:', dict(fails) if fails else 'none')
    for e in examples:
        print('  FAIL', *e)
    if verbose:
        print('endings:', dict(endings))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
