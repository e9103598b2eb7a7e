"""Numbers, expression trees and the step recorder for the growth/decay/powers set.

Standard library only. All arithmetic is exact Decimal arithmetic (prec 80);
rounding is ROUND_HALF_UP, the way people round money and counts.
"""
import random
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_FLOOR

getcontext().prec = 80


class Invalid(Exception):
    """A value that a solution of this shape could not contain (used to reject fault candidates)."""


def q(x, dp):
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def ndec(x):
    x = D(x)
    if x == x.to_integral_value():
        return 0
    return max(0, -x.normalize().as_tuple().exponent)


def pick(key, options):
    return random.Random(key).choice(options)


def rnd(key):
    return random.Random(key)


class Val:
    """A value as written in a solution: v is the written (possibly rounded) value."""
    __slots__ = ("v", "kind", "dp", "exact", "mant", "exp", "given")

    def __init__(self, v, kind="int", dp=None, exact=None, mant=None, exp=None, given=False):
        self.v = D(v)
        self.kind = kind
        self.dp = ndec(self.v) if dp is None else dp
        self.exact = self.v if exact is None else D(exact)
        self.mant = mant
        self.exp = exp
        self.given = given

    @property
    def approx(self):
        return self.exact != self.v


def G(x, kind=None):
    """Given value node (a number from the problem)."""
    x = D(str(x)) if not isinstance(x, D) else x
    if kind is None:
        kind = "int" if x == x.to_integral_value() else "dec"
    return ("n", Val(x, kind, given=True))


def GM(x):
    x = D(str(x))
    return ("n", Val(x, "money", dp=(0 if x == x.to_integral_value() else 2), given=True))


def GP(x):
    return ("pct", Val(D(str(x)), "dec"))


def V(val):
    return ("n", val)


def Mul(a, b):
    return ("mul", a, b)


def Div(a, b):
    return ("div", a, b)


def Add(a, b):
    return ("add", a, b)


def Sub(a, b):
    return ("sub", a, b)


def Pow(a, k):
    if isinstance(k, int):
        k = G(k)
    return ("pow", a, k)


def Sqrt(a):
    return ("sqrt", a)


def Cbrt(a):
    return ("cbrt", a)


def Par(a):
    return ("par", a)


def Frac(a, b):
    return ("frac", G(a), G(b))


def PctOf(p, b):
    return ("pctof", Val(D(str(p)), "dec"), b)


def ev(n):
    t = n[0]
    if t == "n":
        return n[1].v
    if t == "pct":
        return n[1].v / 100
    if t == "mul":
        return ev(n[1]) * ev(n[2])
    if t == "div":
        b = ev(n[2])
        if b == 0:
            raise Invalid("div0")
        return ev(n[1]) / b
    if t == "add":
        return ev(n[1]) + ev(n[2])
    if t == "sub":
        return ev(n[1]) - ev(n[2])
    if t == "pow":
        b = ev(n[1])
        k = ev(n[2])
        if k != k.to_integral_value() or abs(k) > 60:
            raise Invalid("pow")
        if b == 0 and k < 0:
            raise Invalid("pow0")
        return b ** int(k)
    if t == "sqrt":
        x = ev(n[1])
        if x < 0:
            raise Invalid("sqrt")
        return x.sqrt()
    if t == "cbrt":
        x = ev(n[1])
        if x <= 0:
            raise Invalid("cbrt")
        r = round(float(x) ** (1.0 / 3.0))
        if D(r) ** 3 == x:
            return D(r)
        return (x.ln() / 3).exp()
    if t == "par":
        return ev(n[1])
    if t == "frac":
        return ev(n[1]) / ev(n[2])
    if t == "pctof":
        return n[1].v / 100 * ev(n[2])
    raise ValueError(t)


# ---------------------------------------------------------------- values from results

def make_val(exact, fmt):
    """fmt: 'int' (must be whole), 'round0', 'money', ('dec', k), ('sci', k)."""
    if fmt == "int":
        if exact != exact.to_integral_value():
            raise Invalid("not int")
        v = Val(exact, "int", 0)
    elif fmt == "round0":
        v = Val(q(exact, 0), "int", 0, exact=exact)
    elif fmt == "money":
        v = Val(q(exact, 2), "money", 2, exact=exact)
    elif fmt == "money0":
        v = Val(q(exact, 0), "money", 0, exact=exact)
    elif fmt[0] == "dec":
        r = q(exact, fmt[1])
        v = Val(r, "dec", min(ndec(r), fmt[1]), exact=exact)
    elif fmt[0] == "sci":
        if exact <= 0:
            raise Invalid("sci")
        e = exact.adjusted()
        m = exact.scaleb(-e)
        mq = q(m, fmt[1])
        if mq >= 10:
            mq = mq / 10
            e += 1
        mq = mq.normalize() if mq != mq.to_integral_value() else mq.to_integral_value()
        v = Val(mq.scaleb(e), "sci", ndec(mq), exact=exact, mant=mq, exp=e)
    else:
        raise ValueError(fmt)
    if v.kind != "sci" and abs(v.v) >= D(10) ** 15:
        raise Invalid("too big")
    if v.v <= 0:
        raise Invalid("nonpositive")
    return v


def plain(val):
    """The gold-final style string: no separators, no currency."""
    x = val.v
    if x == x.to_integral_value():
        return str(int(x))
    if val.kind == "money":
        return f"{x:.2f}"
    return format(x.normalize(), "f")


# ---------------------------------------------------------------- the recorder

class Step:
    __slots__ = ("idx", "expr", "exact", "val", "disp", "fmt", "label", "unit", "after",
                 "nf", "nfc", "check", "faulty", "alts", "top")

    def __init__(self, **kw):
        self.faulty = False
        for k, v in kw.items():
            setattr(self, k, v)


class Series:
    def __init__(self, kind, rowword, label, unit, rate=None, sign=1, factor=None, op="mul",
                 chain_ok=False, start=None, colname=None):
        self.kind = kind          # 'pct' or 'mul'
        self.rowword = rowword
        self.label = label
        self.unit = unit
        self.rate = rate          # Decimal percent for pct
        self.sign = sign
        self.factor = factor      # node for mul
        self.op = op
        self.chain_ok = chain_ok
        self.start = start
        self.colname = colname
        self.rows = []            # (t, start Val, [steps])


class Rec:
    def __init__(self, pid, fault=None):
        self.pid = pid
        self.fault = fault        # dict(idx, wrong, mode)
        self.items = []
        self.steps = []

    def pick(self, name, options):
        return pick(f"{self.pid}|struct|{name}", options)

    def _mk(self, expr, fmt, label, unit="", after=None, nf=False, nfc=False, check=False,
            alts=None, top=True):
        exact = ev(expr)
        exact = exact.quantize(D(1).scaleb(-40), rounding=ROUND_HALF_UP)
        if exact == exact.to_integral_value():
            exact = exact.to_integral_value()
        else:
            exact = exact.normalize()
        val = make_val(exact, fmt)
        idx = len(self.steps)
        st = Step(idx=idx, expr=expr, exact=exact, val=val, disp=val, fmt=fmt, label=label,
                  unit=unit, after=after, nf=nf or check, nfc=nfc or check, check=check,
                  alts=alts or [], top=top)
        self.steps.append(st)
        ret = val
        f = self.fault
        if f is not None and f["idx"] == idx:
            w = f["wrong"]
            st.disp = Val(w.v, w.kind, w.dp, exact=(val.exact if val.approx else w.v),
                          mant=w.mant, exp=w.exp)
            st.faulty = True
            if f["mode"] == "carry":
                ret = Val(w.v, w.kind, w.dp, mant=w.mant, exp=w.exp)
        return st, ret

    def calc(self, expr, fmt, label, **kw):
        st, ret = self._mk(expr, fmt, label, **kw)
        self.items.append(("calc", st))
        return ret

    def check(self, expr, fmt, label="check", **kw):
        st, ret = self._mk(expr, fmt, label, check=True, **kw)
        self.items.append(("check", st))
        return ret

    def text(self, variants):
        self.items.append(("text", variants))

    def series_pct(self, start, rate, n, fmt, rowword, label, unit="", sign=1, colname=None,
                   t0=1):
        S = Series("pct", rowword, label, unit, rate=D(str(rate)), sign=sign, start=start,
                   colname=colname)
        self.items.append(("series", S))
        cur = start
        for i in range(n):
            rate_node = ("pct", Val(D(str(rate)), "dec"))
            st1, chg = self._mk(Mul(V(cur), rate_node), fmt, colname or "change", top=False)
            e = Add(V(cur), V(chg)) if sign > 0 else Sub(V(cur), V(chg))
            st2, new = self._mk(e, fmt, label, top=False)
            S.rows.append((t0 + i, cur, [st1, st2]))
            cur = new
        return cur

    def series_mul(self, start, factor, n, fmt, rowword, label, unit="", op="mul", chain_ok=False,
                   t0=1):
        S = Series("mul", rowword, label, unit, factor=factor, op=op, chain_ok=chain_ok, start=start)
        self.items.append(("series", S))
        cur = start
        n = int(n)
        if n < 1 or n > 14:
            raise Invalid("rows")
        for i in range(n):
            e = Mul(V(cur), factor) if op == "mul" else Div(V(cur), factor)
            st, new = self._mk(e, fmt, label, top=False)
            S.rows.append((t0 + i, cur, [st]))
            cur = new
        return cur

    def final(self, val, sentence):
        self.items.append(("final", val, sentence))
        self.final_val = val
