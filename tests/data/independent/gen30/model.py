"""Steps of a solution, exact computation with overrides, and error kinds."""
from fractions import Fraction as Fr
from core import Policy, Sym, ev, resolve, show, val, plain, is_term, ndec, h_int

DEFAULT_WORDS = {
    "m": "mass", "g": "gravity", "a": "acceleration", "F": "force", "t": "time", "d": "distance",
    "h": "height", "v": "speed", "W": "work", "P": "power", "V": "voltage", "I": "current",
    "R": "resistance", "n": "moles", "M": "molar mass", "c": "specific heat", "ΔT": "change in temperature",
    "Q": "heat", "ρ": "density", "A": "area", "KE": "kinetic energy", "PE": "potential energy",
    "E": "energy", "Δv": "change in speed", "p": "momentum", "f": "frequency", "λ": "wavelength",
    "k": "spring constant", "x": "stretch", "μ": "friction coefficient",
}


def S(name, word=None, latex=None):
    return Sym(name, word or DEFAULT_WORDS.get(name, name), latex)


class Step:
    def __init__(self, sym, desc, expr, unit, formula=None, verb=None, conv=None, law=None,
                 word=None, tdesc=None, short=None, dp=2, maxdec=None, money=False, pct=False, sci=False, maxsig=7):
        if isinstance(sym, str):
            sym = S(sym)
        self.sym = sym
        self.desc = desc
        self.expr = expr
        self.unit = unit
        self.formula = formula
        self.verb = verb or ("Convert" if conv else None)
        self.conv = conv  # None | 'eq' | 'op'
        self.law = law
        self.word = word or (sym.word[:1].upper() + sym.word[1:])
        self.tdesc = tdesc or desc
        self.short = short or sym.word
        self.pol = Policy(dp=dp, maxdec=maxdec, money=money, pct=pct, sci=sci, maxsig=maxsig)


def compute(steps, override=None, sci_big=False):
    """override: (k, wrong_plain) -> carry recomputation.
    returns shown list [(rel, plain)], exprs (resolved trees), ok flag"""
    shown, exprs = [], []
    for i, st in enumerate(steps):
        e = resolve(st.expr, shown, steps)
        x = ev(e)
        if x is None or x <= 0:
            return None, None, False
        rel, s = show(x, st.pol, sci_big)
        if override and override[0] == i:
            s = override[1]
        shown.append((rel, s))
        exprs.append(e)
    return shown, exprs, True


# ---------------------------------------------------------------- error kinds

def _digits_positions(s):
    return [i for i, ch in enumerate(s) if ch.isdigit()]


def _norm(s):
    """normalise a candidate wrong plain string; None if malformed"""
    if not s or s.startswith(".") or s.endswith("."):
        return None
    if len(s) > 1 and s[0] == "0" and s[1] != ".":
        return None
    if s.count(".") > 1:
        return None
    return s


def kind_off_by_one(s, rel, r):
    x = Fr(s)
    dec = len(s.split(".")[1]) if "." in s else 0
    if x >= 2:
        if rel == "≈" and dec == 0:
            return None
        d = r.choice([1, -1])
        w = x + d
        if w <= 0:
            w = x + 1
        return plain(w, dec) if dec else plain(w)
    # small numbers: one in the last written decimal place
    if dec == 0 or rel == "≈":
        return None
    q = Fr(1, 10 ** dec)
    w = x + r.choice([q, -q])
    if w <= 0:
        w = x + q
    return plain(w, dec)


def kind_digit_swap(s, rel, r):
    pos = _digits_positions(s)
    cands = []
    for a, b in zip(pos, pos[1:]):
        if b == a + 1 and s[a] != s[b]:
            if rel == "≈" and b == len(s) - 1:
                continue
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            if _norm(t):
                cands.append(t)
    return r.choice(cands) if cands else None


def kind_dropped_digit(s, rel, r):
    pos = _digits_positions(s)
    if len(pos) < 3:
        return None
    cands = []
    for p in pos:
        if rel == "≈" and p == len(s) - 1:
            continue
        t = _norm(s[:p] + s[p + 1:])
        if t and t != s and Fr(t) != Fr(s) and Fr(t) > 0:
            cands.append(t)
    return r.choice(cands) if cands else None


def kind_decimal_shift(s, rel, r):
    x = Fr(s)
    f = r.choice([Fr(10), Fr(1, 10)])
    w = x * f
    if not is_term(w) or ndec(w) > 5:
        return None
    return plain(w)


def kind_wrong_op(s, rel, r, expr):
    from core import Bin, Num
    if not isinstance(expr, Bin):
        return None
    a, b = ev(expr.a), ev(expr.b)
    alts = {"*": ["+", "/"], "/": ["*", "-"], "+": ["-", "*"], "-": ["+"]}[expr.op]
    r.shuffle(alts)
    for op in alts:
        w = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        if w <= 0 or not is_term(w) or ndec(w) > 4 or len(plain(w).replace(".", "")) > 9:
            continue
        if Fr(plain(w)) == Fr(s):
            continue
        if rel == "≈":
            dec = len(s.split(".")[1]) if "." in s else 0
            return plain(w, dec)
        return plain(w)
    return None


KINDS = ["off_by_one", "digit_swap", "dropped_digit", "wrong_op", "decimal_shift"]


def make_wrong(kind, s, rel, r, expr, exact=None, conv=None, money=False):
    if kind == "wrong_op" and conv == "eq":
        return None
    w = _make_wrong(kind, s, rel, r, expr)
    if w is None:
        return None
    if money:
        if "." not in w or len(w.split(".")[1]) != 2:
            return None
    if rel == "≈" and exact is not None:
        from core import round_hu
        dec = len(w.split(".")[1]) if "." in w else 0
        if round_hu(exact, dec) == Fr(w):
            return None
    return w


def _make_wrong(kind, s, rel, r, expr):
    if kind == "off_by_one":
        w = kind_off_by_one(s, rel, r)
    elif kind == "digit_swap":
        w = kind_digit_swap(s, rel, r)
    elif kind == "dropped_digit":
        w = kind_dropped_digit(s, rel, r)
    elif kind == "decimal_shift":
        w = kind_decimal_shift(s, rel, r)
    else:
        w = kind_wrong_op(s, rel, r, expr)
    if w is None or Fr(w) == Fr(s) or Fr(w) <= 0:
        return None
    return w
