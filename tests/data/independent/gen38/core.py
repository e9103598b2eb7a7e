"""Core engine: expression trees, exact arithmetic, number formatting, the
computation context that records worked steps, and fault injection."""
from fractions import Fraction as F
import math

PI = F(math.pi)

# ----------------------------------------------------------------- numbers

def is_terminating(v, maxdp=6):
    v = F(v)
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    return v * 10 ** maxdp == int(v * 10 ** maxdp)


def round_half_up(v, dp):
    v = F(v)
    q = F(10) ** dp
    x = v * q
    n = math.floor(x + F(1, 2))
    return F(n) / q


def dec_str(v, dp=None):
    """Exact decimal string of a terminating value (trimmed) or fixed dp."""
    v = F(v)
    neg = v < 0
    v = abs(v)
    if dp is None:
        k = 0
        while v * 10 ** k != int(v * 10 ** k):
            k += 1
            if k > 12:
                raise ValueError("non-terminating %r" % v)
        dp = k
    else:
        v = round_half_up(v, dp)
    n = int(v * 10 ** dp)
    s = str(n)
    if dp > 0:
        s = s.rjust(dp + 1, "0")
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if neg else "") + s


def group(s, sep=","):
    if "." in s:
        i, f = s.split(".")
        f = "." + f
    else:
        i, f = s, ""
    neg = i.startswith("-")
    if neg:
        i = i[1:]
    out = []
    while len(i) > 3:
        out.insert(0, i[-3:])
        i = i[:-3]
    out.insert(0, i)
    return ("-" if neg else "") + sep.join(out) + f


def ndp(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


# ------------------------------------------------------------- expressions

class E:
    prec = 9


class Num(E):
    def __init__(self, v, lit=None, unit=None):
        self.v = F(v)
        self.lit = lit
        self.unit = unit


class Var(E):
    def __init__(self, sym, word, v, unit=None):
        self.sym, self.word, self.v, self.unit = sym, word, F(v), unit


class Frac(E):
    def __init__(self, n, d):
        self.n, self.d = n, d
        self.v = F(n, d)


class PiSym(E):
    pass


class PiCoef(E):
    def __init__(self, c):
        self.c = F(c)


class Bin(E):
    def __init__(self, op, a, b, imp=False):
        self.op, self.a, self.b, self.imp = op, a, b, imp
        self.prec = 1 if op in "+-" else 2


class Pow(E):
    prec = 3

    def __init__(self, a, k):
        self.a, self.k = a, k


class Sqrt(E):
    def __init__(self, a):
        self.a = a


def is_leaf(e):
    return isinstance(e, (Num, Var, Frac, PiSym, PiCoef))


def evaluate(e):
    """Return (value, exact) where exact is False once pi or an irrational
    root enters the computation."""
    if isinstance(e, (Num, Var)):
        return e.v, True
    if isinstance(e, Frac):
        return e.v, True
    if isinstance(e, PiSym):
        return PI, False
    if isinstance(e, PiCoef):
        return e.c * PI, e.c == 0
    if isinstance(e, Pow):
        v, x = evaluate(e.a)
        return v ** e.k, x
    if isinstance(e, Sqrt):
        v, x = evaluate(e.a)
        if v < 0:
            raise ValueError("sqrt of negative")
        r = exact_sqrt(v)
        if r is not None and x:
            return r, True
        return F(math.sqrt(float(v))), False
    a, xa = evaluate(e.a)
    b, xb = evaluate(e.b)
    if e.op == "+":
        v = a + b
    elif e.op == "-":
        v = a - b
    elif e.op == "*":
        v = a * b
    else:
        if b == 0:
            raise ValueError("div0")
        v = a / b
    return v, xa and xb


def exact_sqrt(v):
    v = F(v)
    if v < 0:
        return None
    n, d = v.numerator, v.denominator
    rn, rd = math.isqrt(n), math.isqrt(d)
    if rn * rn == n and rd * rd == d:
        return F(rn, rd)
    return None


def has_pi(e):
    if isinstance(e, (PiSym, PiCoef)):
        return True
    if isinstance(e, Bin):
        return has_pi(e.a) or has_pi(e.b)
    if isinstance(e, (Pow, Sqrt)):
        return has_pi(e.a)
    return False


def strip_vars(e):
    if isinstance(e, Var):
        return Num(e.v, unit=e.unit)
    if isinstance(e, Bin):
        return Bin(e.op, strip_vars(e.a), strip_vars(e.b), e.imp)
    if isinstance(e, Pow):
        return Pow(strip_vars(e.a), e.k)
    if isinstance(e, Sqrt):
        return Sqrt(strip_vars(e.a))
    return e


def reduce_once(e):
    """One parallel reduction pass: every operator node whose operands are all
    leaves is replaced by its value.  Returns None when a reduction would give
    a value that cannot be written exactly."""
    if is_leaf(e):
        return e
    if isinstance(e, Pow):
        if is_leaf(e.a) and not isinstance(e.a, (PiSym, PiCoef)):
            v, x = evaluate(e)
            return Num(v) if is_terminating(v) else None
        a = reduce_once(e.a)
        return None if a is None else Pow(a, e.k)
    if isinstance(e, Sqrt):
        if is_leaf(e.a):
            v, x = evaluate(e)
            if x and is_terminating(v):
                return Num(v)
            return None
        a = reduce_once(e.a)
        return None if a is None else Sqrt(a)
    if is_leaf(e.a) and is_leaf(e.b):
        a, b = e.a, e.b
        pa = isinstance(a, (PiSym, PiCoef))
        pb = isinstance(b, (PiSym, PiCoef))
        if pa or pb:
            if e.op != "*" or (pa and pb):
                return None
            other, pi = (b, a) if pa else (a, b)
            c = pi.c if isinstance(pi, PiCoef) else F(1)
            if isinstance(other, Frac):
                return None
            return PiCoef(c * other.v)
        v, x = evaluate(e)
        if not is_terminating(v) or v < 0:
            return None
        return Num(v)
    a = reduce_once(e.a)
    b = reduce_once(e.b)
    if a is None or b is None:
        return None
    return Bin(e.op, a, b, e.imp)


def reductions(e):
    out = []
    cur = strip_vars(e)
    for _ in range(8):
        if is_leaf(cur):
            break
        nxt = reduce_once(cur)
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


# --------------------------------------------------------------- rendering

class R:
    """Rendering options for one style."""

    def __init__(self, **kw):
        self.mul = kw.get("mul", "×")
        self.div = kw.get("div", "÷")
        self.pow = kw.get("pow", "uni")        # uni | caret | latex | mul
        self.sqrt = kw.get("sqrt", "uni")      # uni | latex | ascii
        self.half = kw.get("half", "½")
        self.frac = kw.get("frac", "slash")    # slash | latex
        self.pi = kw.get("pi", "π")
        self.units = kw.get("units", "sym")    # sym | caret | latex | words | sq
        self.deg = kw.get("deg", "°")
        self.approx = kw.get("approx", "≈")
        self.sep = kw.get("sep", True)
        self.imp = kw.get("imp", True)
        self.space = kw.get("space", True)
        self.money = kw.get("money", "$")
        self.minus = kw.get("minus", "-")
        self.subst_units = kw.get("subst_units", False)

    def copy(self, **kw):
        r = R()
        r.__dict__.update(self.__dict__)
        r.__dict__.update(kw)
        return r


SUP = {2: "²", 3: "³"}
UWORD = {"cm": ("centimeter", "centimeters"), "m": ("meter", "meters"),
         "mm": ("millimeter", "millimeters"), "km": ("kilometer", "kilometers"),
         "ft": ("foot", "feet"), "in": ("inch", "inches"), "yd": ("yard", "yards"),
         "mi": ("mile", "miles")}


def num_str(v, r, lit=None):
    if lit is not None:
        return lit
    s = dec_str(v)
    if r.sep and abs(v) >= 10000:
        s = group(s)
    elif r.sep == "always" and abs(v) >= 1000:
        s = group(s)
    return s


def unit_str(unit, r, value=None, plain_count=False):
    """unit is None | (len, power) | ('deg',) | ('$',) | ('count', sing, plur)
    | ('L',) | ('mL',).  Returns text to put after the number (with the
    leading space) or a ('pre', text) for currency."""
    if unit is None:
        return ""
    k = unit[0]
    if k == "deg":
        if r.deg == "words":
            return " degrees"
        return r.deg
    if k == "$":
        return ""
    if k == "count":
        w = unit[1] if value == 1 else unit[2]
        if r.units in ("latex", "latex2"):
            return " \\text{ %s}" % w
        return " " + w
    if k in ("L", "mL"):
        if r.units == "words":
            return " liters" if k == "L" else " milliliters"
        if r.units == "latex":
            return " \\text{ %s}" % k
        return " " + k
    base, p = unit
    if r.units == "sym":
        return " " + base + (SUP[p] if p > 1 else "")
    if r.units == "caret":
        return " " + base + ("^%d" % p if p > 1 else "")
    if r.units == "latex":
        return " \\text{ %s}" % base + ("^%d" % p if p > 1 else "")
    if r.units == "latex2":
        return " \\, \\text{%s}" % base + ("^%d" % p if p > 1 else "")
    if r.units == "sq":
        pre = {1: "", 2: "sq ", 3: "cu "}[p]
        return " " + pre + base
    w = UWORD[base][0 if value == 1 and p == 1 else 1]
    pre = {1: "", 2: "square ", 3: "cubic "}[p]
    return " " + pre + w


def vu(v, unit, r, dp=None, lit=None):
    """value with unit"""
    if unit is not None and unit[0] == "$":
        if dp is None and v != int(v):
            dp = 2
        s = dec_str(v, dp) if dp is not None else dec_str(v)
        if r.sep and abs(v) >= 1000:
            s = group(s)
        return r.money + s
    if lit is None:
        s = dec_str(v, dp) if dp is not None else num_str(v, r)
        if dp is not None and r.sep and abs(v) >= 10000:
            s = group(s)
    else:
        s = lit
    return s + unit_str(unit, r, v)


def render(e, r, mode, parent_prec=0, right_of=None):
    """mode: 'sym' (variable names), 'word' (variable words), 'val'."""
    s = _render(e, r, mode)
    if isinstance(e, Bin):
        if e.prec < parent_prec or (right_of is not None and right_of in "-/" and e.prec == parent_prec):
            s = "(" + s + ")"
    return s


def _render(e, r, mode):
    if isinstance(e, Num):
        if e.unit is not None and r.subst_units:
            return vu(e.v, e.unit, r, lit=e.lit)
        return num_str(e.v, r, e.lit)
    if isinstance(e, Var):
        if mode == "sym":
            return e.sym
        if mode == "word":
            return e.word
        if e.unit is not None and r.subst_units:
            return vu(e.v, e.unit, r)
        return num_str(e.v, r)
    if isinstance(e, Frac):
        if e.n == 1 and e.d == 2:
            return r.half
        if r.frac == "latex":
            return "\\frac{%d}{%d}" % (e.n, e.d)
        return "%d/%d" % (e.n, e.d)
    if isinstance(e, PiSym):
        return r.pi
    if isinstance(e, PiCoef):
        c = e.c
        return ("" if c == 1 else num_str(c, r)) + r.pi
    if isinstance(e, Pow):
        b = render(e.a, r, mode, 3)
        if (isinstance(e.a, Bin) or " " in b) and not b.startswith("("):
            b = "(" + b + ")"
        if r.pow == "mul" and mode == "val":
            op = " %s " % r.mul if r.space else r.mul
            return op.join([b] * e.k)
        if r.pow == "uni":
            return b + SUP[e.k]
        return b + "^" + str(e.k)
    if isinstance(e, Sqrt):
        inner = render(e.a, r, mode, 0)
        if r.sqrt == "latex":
            return "\\sqrt{%s}" % inner
        if r.sqrt == "ascii":
            return "sqrt(%s)" % inner
        if is_leaf(e.a):
            return "√" + inner
        return "√(" + inner + ")"
    a = render(e.a, r, mode, e.prec)
    b = render(e.b, r, mode, e.prec, right_of=e.op)
    if e.imp and e.op == "*":
        if mode == "sym":
            glue = b.startswith("(") or isinstance(e.b, (Var, PiSym)) or (isinstance(e.b, Pow) and isinstance(e.b.a, Var))
            if glue:
                if a.endswith("pi") and a[-3:-2] == "\\":
                    a += " "
                if b.startswith("\\pi") and a[-1:].isdigit():
                    pass
                return a + b
        if mode == "val" and r.imp and b.startswith("(") and isinstance(e.a, (Num, Frac)):
            return a + b
    op = {"+": "+", "-": r.minus, "*": r.mul, "/": r.div}[e.op]
    if r.space:
        return "%s %s %s" % (a, op, b)
    return "%s%s%s" % (a, op, b)


# ------------------------------------------------------------------- context

class Calc:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Ctx:
    """Collects the worked steps of one solution.  mode None | 'slip' | 'carry'
    with fault at faultable step index k (0-based) and wrong value."""

    def __init__(self, mode=None, k=None, wrong=None):
        self.mode, self.k, self.wrong = mode, k, wrong
        self.items = []
        self.nf = 0
        self.values = []
        self.final = None

    def calc(self, lhs, expr, unit=None, what="", title="", why="", formula=None,
             wordlhs=None, dp=2, mid=True, fault=True, check=False, money=False,
             label=None, restate=True):
        val, exact = evaluate(expr)
        if money:
            unit = ("$",)
        if exact and is_terminating(val, 4):
            shown = val
            approx = False
            sdp = None
        else:
            shown = round_half_up(val, dp)
            approx = True
            sdp = dp
        mids = [] if not mid else reductions(expr)
        if mids and is_leaf(mids[-1]) and not isinstance(mids[-1], PiCoef):
            mids = mids[:-1]
        c = Calc(lhs=lhs, expr=expr, unit=unit, what=what, title=title, why=why,
                 formula=formula, wordlhs=wordlhs, dp=sdp, approx=approx,
                 true=val, right=shown, written=shown, mids=mids, faulty=False,
                 check=check, money=money, label=label, idx=None, restate=restate)
        used = shown
        if fault and not check:
            c.idx = self.nf
            if self.mode and self.nf == self.k:
                c.written = self.wrong[0]
                c.wstr = self.wrong[1]
                c.faulty = True
                if self.mode == "carry":
                    used = self.wrong[0]
            self.nf += 1
        if check and self.mode == "carry" and self.k is not None and self.k < self.nf:
            return used
        self.items.append(("calc", c))
        self.values.append(used)
        return used

    def ceil(self, v, sing, plur, why):
        n = math.ceil(v)
        self.items.append(("ceil", Calc(v=F(v), n=F(n), sing=sing, plur=plur, why=why)))
        self.values.append(F(n))
        return F(n)

    def text(self, s):
        self.items.append(("text", s))

    def last_dp(self):
        for kind, c in reversed(self.items):
            if kind == "calc" and not c.check:
                return c.dp
        return None

    def answer(self, v, unit, sentence, dp=None, money=False):
        self.final = Calc(v=F(v), unit=unit, sentence=sentence, dp=dp, money=money)


def final_str(c):
    if c.money:
        return dec_str(c.v, 2) if c.v != int(c.v) else dec_str(c.v)
    if c.dp is not None:
        return dec_str(c.v, c.dp)
    return dec_str(c.v)


# ------------------------------------------------------------------- faults

def _digits_variants(s):
    """s is a plain decimal string; yield (kind, string)."""
    out = []
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(digs, digs[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            out.append(("digit_swap", "".join(t)))
    if len(digs) >= 2:
        for i in digs:
            out.append(("digit_drop", s[:i] + s[i + 1:]))
    for i in digs:
        out.append(("digit_double", s[:i] + s[i] + s[i:]))
    return out


def _clean(t):
    if t.startswith(".") or t.endswith("."):
        return None
    if len(t.split(".")[0]) > 1 and t.startswith("0"):
        return None
    if t.startswith("-"):
        return None
    return t


def is_valid_rounding(true, shown_str):
    d = ndp(shown_str)
    v = F(shown_str.replace(",", ""))
    return abs(true - v) <= F(1, 2) * F(1, 10 ** d)


def fault_candidates(c):
    """Candidate wrong written results for Calc c: list of (kind, F, str)."""
    dp = c.dp
    right = c.right
    s = dec_str(right, dp) if dp is not None else dec_str(right)
    cands = []
    d = ndp(s)
    unit = F(1, 10 ** d)
    if c.approx and dp:
        tr = F(math.floor(c.true * 10 ** dp)) / 10 ** dp
        if tr != right:
            cands.append(("rounding", tr))
        else:
            cands.append(("rounding", right + unit))
    for sign in (1, -1):
        cands.append(("off_by_one", right + sign * (unit if d and sign == 1 else 1 if not d else unit)))
        cands.append(("off_by_one", right + sign))
        cands.append(("off_by_ten", right + 10 * sign))
    for kind, t in _digits_variants(s):
        t = _clean(t)
        if t:
            cands.append((kind, F(t)))
    cands.append(("decimal_shift", right * 10))
    cands.append(("decimal_shift", right / 10))
    # wrong operation on the last displayed form
    last = c.mids[-1] if c.mids else strip_vars(c.expr)
    if isinstance(last, Bin) and isinstance(last.a, Num) and isinstance(last.b, Num):
        a, b = last.a.v, last.b.v
        alt = []
        if last.op == "-":
            alt = [a + b]
        elif last.op == "+":
            alt = [abs(a - b)]
        elif last.op == "*" and a <= 12 and b <= 12 and a == int(a) and b == int(b):
            alt = [a + b]
        for x in alt:
            cands.append(("wrong_op", x))
    out = []
    seen = set()
    for kind, w in cands:
        if w <= 0 or w == right:
            continue
        ws = dec_str(w, dp) if (dp is not None and kind not in ("decimal_shift", "digit_drop", "digit_double")) else None
        if ws is None:
            if not is_terminating(w, 6):
                continue
            ws = dec_str(w)
        w = F(ws)
        if w == right or w <= 0:
            continue
        if is_valid_rounding(c.true, ws):
            continue
        if c.money and ndp(ws) > 2:
            continue
        if c.money and ndp(ws) == 1:
            ws = dec_str(w, 2)
        if ndp(ws) > 4:
            continue
        if c.approx and dp is not None and ndp(ws) > dp:
            continue
        key = ws
        if key in seen:
            continue
        seen.add(key)
        out.append((kind, w, ws))
    return out
