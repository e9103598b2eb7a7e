"""Engine: exact arithmetic steps, formatting, fault injection. Stdlib only."""
from fractions import Fraction as F
import random

UNITS = {
    # key: (short, long singular, long plural)
    'mi': ('mi', 'mile', 'miles'), 'km': ('km', 'km', 'km'), 'm': ('m', 'meter', 'meters'),
    'mph': ('mph', 'mph', 'mph'), 'kmh': ('km/h', 'km/h', 'km/h'), 'mmin': ('m/min', 'm/min', 'm/min'),
    'mh': ('m/h', 'm/h', 'm/h'),
    'h': ('h', 'hour', 'hours'), 'min': ('min', 'minute', 'minutes'), 'day': ('days', 'day', 'days'),
    'pages': ('pages', 'page', 'pages'), 'ppm': ('pages/min', 'page per minute', 'pages per minute'),
    'L': ('L', 'liter', 'liters'), 'Lmin': ('L/min', 'L/min', 'L/min'),
    'gal': ('gal', 'gallon', 'gallons'), 'galmin': ('gal/min', 'gallons per minute', 'gallons per minute'),
    'job': ('job/h', 'of the job per hour', 'of the job per hour'),
    'tank': ('tank/h', 'of the tank per hour', 'of the tank per hour'),
    'pool': ('pool/h', 'of the pool per hour', 'of the pool per hour'),
    'mpg': ('mpg', 'miles per gallon', 'miles per gallon'),
    'words': ('words', 'word', 'words'), 'wpm': ('wpm', 'words per minute', 'words per minute'),
    'parts': ('parts', 'part', 'parts'), 'boxes': ('boxes', 'box', 'boxes'),
    'wd': ('worker-days', 'worker-day', 'worker-days'), 'workers': ('workers', 'worker', 'workers'),
    'mpk': ('min/km', 'minutes per km', 'minutes per km'),
    'perh': ('/h', ' per hour', ' per hour'), 'each': ('/item', ' each', ' each'),
    'peroz': ('/oz', ' per ounce', ' per ounce'), 'oz': ('oz', 'ounce', 'ounces'),
    'perday': ('/day', ' per day', ' per day'), 'pergal': ('/gal', ' per gallon', ' per gallon'),
    'machines': ('machines', 'machine', 'machines'), 'partsh': ('parts/h', 'parts per hour', 'parts per hour'),
    'items': ('items', 'item', 'items'), 'copies': ('copies', 'copy', 'copies'),
}


def round2(v):
    v = F(v)
    n = (v * 100 + F(1, 2)).__floor__()
    return F(n, 100)


def num_str(v, commas=False, places=4):
    """Exact decimal string of a terminating Fraction (<= places decimals) else None."""
    v = F(v)
    neg = v < 0
    v = abs(v)
    for d in range(places + 1):
        if (v * 10 ** d).denominator == 1:
            n = int(v * 10 ** d)
            break
    else:
        return None
    s = str(n).rjust(d + 1, '0')
    ip, fp = (s[:-d], s[-d:]) if d else (s, '')
    if commas and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = ip + ',' + ','.join(g)
    out = ip + ('.' + fp if fp else '')
    return ('-' if neg else '') + out


def parse_num(s):
    s = s.replace(',', '')
    if '/' in s:
        a, b = s.split('/')
        return F(int(a), int(b))
    return F(s)


def fmt_val(v, fmt, commas=False, cents=False):
    """-> (numstr, exact, shown_value)"""
    v = F(v)
    if fmt == 'money':
        if (v * 100).denominator == 1:
            s = num_str(v, commas)
            if '.' in s and len(s.split('.')[1]) == 1:
                s += '0'
            if '.' not in s and cents:
                s += '.00'
            return s, True, v
        r = round2(v)
        s = num_str(r, commas)
        if '.' in s and len(s.split('.')[1]) == 1:
            s += '0'
        return s, False, r
    if fmt == 'frac':
        if v.denominator == 1:
            return str(v.numerator), True, v
        return '%d/%d' % (v.numerator, v.denominator), True, v
    if fmt == 'fnum':
        s = num_str(v, commas, 4)
        if s is not None:
            return s, True, v
        return '%d/%d' % (v.numerator, v.denominator), True, v
    s = num_str(v, commas)
    if s is not None:
        return s, True, v
    r = round2(v)
    return num_str(r, commas), False, r


def final_str(v):
    s = num_str(v, False)
    if s is None:
        s = num_str(round2(v))
    return s


def evaluate(terms, ops):
    vals = [t.val for t in terms]
    kinds = set(ops)
    assert kinds <= {'*', '/'} or kinds <= {'+', '-'}, ops
    acc = vals[0]
    for o, v in zip(ops, vals[1:]):
        if o == '*':
            acc = acc * v
        elif o == '/':
            if v == 0:
                return None
            acc = acc / v
        elif o == '+':
            acc = acc + v
        else:
            acc = acc - v
    return acc


class T:
    """A displayed term: value, unit key, fmt ('num','money','frac','fnum','raw')."""
    def __init__(self, val, unit=None, fmt='num', raw=None):
        self.val = F(val)
        self.unit = unit
        self.fmt = fmt
        self.raw = raw  # (n, d) unreduced fraction display

    def __repr__(self):
        return 'T(%s,%s)' % (self.val, self.unit)


def raw_frac_sum(vals, signs=None):
    """mids for a fraction sum/difference: LCD form, then combined numerator."""
    den = 1
    for v in vals:
        den = den * v.denominator // __import__('math').gcd(den, v.denominator)
    nums = [int(v * den) for v in vals]
    signs = signs or ['+'] * (len(vals) - 1)
    mid1 = ([T(F(n, den), fmt='raw', raw=(n, den)) for n in nums], signs)
    tot = nums[0]
    for s, n in zip(signs, nums[1:]):
        tot = tot + n if s == '+' else tot - n
    mids = []
    if any(v.denominator != den for v in vals):
        mids.append(mid1)
    if F(tot, den).denominator != den or tot < 0:
        mids.append(([T(F(tot, den), fmt='raw', raw=(tot, den))], []))
    return mids


class Step:
    pass


class Sol:
    def __init__(self, fault=None, mode='correct'):
        self.items = []
        self.n = 0
        self.fault = fault
        self.mode = mode
        self.approx = False
        self.bad = False
        self.rec = []

    def given(self, label, val, unit=None, fmt='num'):
        self.items.append(('given', label, T(val, unit, fmt)))

    def calc(self, title, terms, ops, unit=None, fmt='num', sym=None, formula=None, say=None,
             note=None, tail=None, mids=None, fault_ok=True):
        self.n += 1
        k = self.n
        val = evaluate(terms, ops)
        if val is None or val <= 0:
            self.bad = True
            val = F(1)
        numstr, exact, shown = fmt_val(val, fmt)
        if not exact:
            self.approx = True
        faulty = False
        if self.fault and self.fault[0] == k:
            numstr = self.fault[1]
            exact = True
            faulty = True
            if self.mode == 'carry':
                shown = parse_num(numstr)
                if shown <= 0:
                    self.bad = True
        st = Step()
        st.k, st.title, st.terms, st.ops, st.unit, st.fmt = k, title, terms, ops, unit, fmt
        st.sym, st.formula, st.say, st.note, st.mids = sym, formula, say, note, mids or []
        st.numstr, st.exact, st.val, st.shown, st.faulty = numstr, exact, val, shown, faulty
        st.tail = None
        if tail and exact and not faulty:
            st.tail = tail(shown)
        if faulty and self.mode == 'slip':
            st.note = None
        self.rec.append(dict(k=k, numstr=numstr, exact=exact, val=val, terms=terms, ops=ops, fmt=fmt,
                             fault_ok=fault_ok and exact and fmt != 'raw'))
        self.items.append(('step', st))
        return shown

    def check(self, terms, ops, unit=None, fmt='num', lead=None):
        val = evaluate(terms, ops)
        numstr, exact, shown = fmt_val(val, fmt)
        self.items.append(('check', terms, ops, T(shown, unit, fmt), exact, lead))

    def answer(self, val, unit, fmt, sentence):
        self.final = final_str(val)
        self.items.append(('answer', T(val, unit, fmt), sentence))


def hm_tail(v):
    """hours -> 'h min' string when it is a clean number of minutes and not whole."""
    v = F(v)
    if v.denominator == 1:
        return None
    m = v * 60
    if m.denominator != 1:
        return None
    m = int(m)
    h, mm = divmod(m, 60)
    if h == 0:
        return ('min', mm)
    return ('hm', h, mm)


def min_tail(v):
    """minutes -> hours and minutes when >= 60."""
    v = F(v)
    if v.denominator != 1 or v < 60:
        return None
    h, mm = divmod(int(v), 60)
    if mm == 0:
        return ('hours', h)
    return ('hm', h, mm)


# ---------------------------------------------------------------- faults
def digits_variants(s, rng):
    """candidate wrong strings from a number string s (no $)."""
    out = []
    body = s.replace(',', '')
    ds = [i for i, c in enumerate(body) if c.isdigit()]
    # swap adjacent digits
    for a, b in zip(ds, ds[1:]):
        if b == a + 1 and body[a] != body[b]:
            t = body[:a] + body[b] + body[a] + body[b + 1:]
            if not (t[0] == '0' and len(t) > 1 and t[1] != '.'):
                out.append(('swap', t))
    # drop a digit
    if len(ds) >= 2:
        for i in ds:
            t = body[:i] + body[i + 1:]
            if t and t[0] != '.' and not (t[0] == '0' and len(t) > 1 and t[1] != '.') and not t.endswith('.'):
                out.append(('drop', t))
    # double a digit
    for i in ds:
        t = body[:i] + body[i] + body[i:]
        out.append(('double', t))
    return out


def make_wrong(rec, rng):
    """Pick a realistic wrong numeric string for a step record."""
    s = rec['numstr']
    v = rec['val']
    fmt = rec['fmt']
    cands = []
    if fmt == 'frac' or (fmt == 'fnum' and '/' in s):
        if '/' in s:
            n, d = map(int, s.split('/'))
            for nn, dd in ((n + 1, d), (n - 1, d), (n, d + 1), (n, d - 1)):
                if nn > 0 and dd > 1 and F(nn, dd) != v and F(nn, dd).denominator == dd and \
                        (fmt == 'frac' or num_str(F(nn, dd), False, 4) is None):
                    cands.append(('frac_off', '%d/%d' % (nn, dd)))
        else:
            cands.append(('off_by_one', str(int(v) + 1)))
            if v > 1:
                cands.append(('off_by_one', str(int(v) - 1)))
            cands.append(('off_by_two', str(int(v) + 2)))
    else:
        dec = len(s.split('.')[1]) if '.' in s else 0
        unit = F(1, 10 ** dec)
        cands.append(('off_by_one', v + 1))
        if v > 1:
            cands.append(('off_by_one', v - 1))
        if dec:
            cands.append(('last_digit', v + unit))
            if v > unit:
                cands.append(('last_digit', v - unit))
        if v > 20:
            cands.append(('off_by_ten', v + 10))
            cands.append(('off_by_ten', v - 10))
        if v >= 1:
            cands.append(('decimal_shift', v / 10))
        cands.append(('decimal_shift', v * 10))
        # wrong operation on two-term steps
        ts, ops = rec['terms'], rec['ops']
        if len(ts) == 2:
            a, b = ts[0].val, ts[1].val
            alt = {'*': [a + b], '/': [a * b, a - b], '+': [a * b, a - b], '-': [a + b]}[ops[0]]
            for w in alt:
                cands.append(('wrong_op', w))
        cc = []
        for kind, w in cands:
            if w <= 0 or w == v:
                continue
            ws, ex, _ = fmt_val(w, fmt)
            if not ex:
                continue
            cc.append((kind, ws))
        cands = cc
        for kind, t in digits_variants(s, rng):
            try:
                w = F(t)
            except Exception:
                continue
            if w > 0 and w != v:
                if fmt == 'money' and '.' in t and len(t.split('.')[1]) != 2:
                    continue
                cands.append((kind, t))
    # normalise: keep thousands style if original had commas
    final = []
    seen = set()
    for kind, t in cands:
        if isinstance(t, F):
            t = fmt_val(t, fmt)[0]
        if ',' in s:
            t = num_str(F(t.replace(',', '')), True) if '/' not in t else t
            if fmt == 'money' and '.' in t and len(t.split('.')[1]) == 1:
                t += '0'
        if t in seen or parse_num(t) == v or t == s:
            continue
        seen.add(t)
        final.append((kind, t))
    final.sort()
    # weight kinds evenly
    kinds = sorted(set(k for k, _ in final))
    if not kinds:
        return None
    kd = rng.choice(kinds)
    return rng.choice([c for c in final if c[0] == kd])


def commafy(s):
    if '/' in s:
        return s
    s = s.replace(',', '')
    ip, _, fp = s.partition('.')
    neg = ip.startswith('-')
    ip = ip.lstrip('-')
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    out = ','.join([ip] + g)
    return ('-' if neg else '') + out + ('.' + fp if _ else '')
