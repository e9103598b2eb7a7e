"""Core: exact numbers, step recording, formatting helpers."""
from fractions import Fraction as Fr


def F_(x):
    if isinstance(x, Fr):
        return x
    return Fr(str(x))


def dec(x):
    """Exact minimal decimal string of a terminating fraction."""
    x = F_(x)
    neg = x < 0
    x = abs(x)
    ip = x.numerator // x.denominator
    fr = x - ip
    if fr == 0:
        s = str(ip)
    else:
        digits = ""
        while fr and len(digits) < 8:
            fr *= 10
            d = fr.numerator // fr.denominator
            digits += str(d)
            fr -= d
        if fr:
            raise ValueError("non-terminating %r" % x)
        s = "%d.%s" % (ip, digits)
    return ("-" if neg else "") + s


def money_str(x, cents=False):
    q = F_(x) * 100
    if q.denominator != 1:
        raise ValueError("money with sub-cent %r" % x)
    q = int(q)
    neg = q < 0
    q = abs(q)
    if q % 100 == 0 and not cents:
        s = str(q // 100)
    else:
        s = "%d.%02d" % (q // 100, q % 100)
    return ("-" if neg else "") + s


def group(s, sep=","):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, dot, rest = s.partition(".")
    out = ""
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    return ("-" if neg else "") + ip + out + dot + rest


def nice(x):
    """terminating with at most 2 decimals"""
    return (F_(x) * 100).denominator == 1


def hashnum(x):
    return dec(x)


def jsnum(x):
    x = F_(x)
    if x.denominator == 1:
        return int(x)
    return float(dec(x))


class Q:
    __slots__ = ("v", "kind", "unit")

    def __init__(self, v, kind="num", unit=None):
        self.v = F_(v)
        self.kind = kind
        self.unit = unit

    def __repr__(self):
        return "Q(%s,%s,%s)" % (dec(self.v), self.kind, self.unit)


def M(v):
    return Q(v, "money")


def N(v, unit=None):
    return Q(v, "num", unit)


def P(v):
    return Q(v, "pct")


class Step:
    def __init__(self, op, args, extra, value, true, noun, unit, kind):
        self.op, self.args, self.extra = op, args, extra
        self.value, self.true = value, true
        self.noun, self.unit, self.kind = noun, unit, kind

    def copy(self):
        return Step(self.op, list(self.args), self.extra, self.value, self.true,
                    self.noun, self.unit, self.kind)

    def result(self):
        return Q(self.value, self.kind, self.unit)

    def pyexpr(self):
        """Python expression (Fractions) re-deriving the result from the displayed operands."""
        a = ["Fr('%s')" % dec(q.v) for q in self.args]
        if self.op == "add":
            return "+".join(a)
        if self.op == "sub":
            return "-".join(a)
        if self.op == "mul":
            return "*".join(a)
        if self.op == "div":
            return "%s/%s" % (a[0], a[1])
        if self.op == "pct":
            return "%s*Fr('%s')/100" % (a[0], dec(self.extra))
        if self.op == "frac":
            n, d = self.extra
            return "%s*%d/%d" % (a[0], n, d)
        raise ValueError(self.op)


class Ctx:
    def __init__(self, override=None):
        self.steps = []
        self.ov = override or {}

    def _push(self, op, args, true, noun, kind, unit, extra=None):
        i = len(self.steps)
        val = self.ov.get(i, true)
        self.steps.append(Step(op, list(args), extra, val, true, noun, unit, kind))
        return Q(val, kind, unit)

    def add(self, args, noun, unit=None, kind=None):
        t = sum((a.v for a in args), Fr(0))
        return self._push("add", args, t, noun, kind or args[0].kind, unit)

    def sub(self, args, noun, unit=None, kind=None):
        t = args[0].v - sum((a.v for a in args[1:]), Fr(0))
        return self._push("sub", args, t, noun, kind or args[0].kind, unit)

    def mul(self, args, noun, unit=None, kind=None):
        t = Fr(1)
        for a in args:
            t *= a.v
        if kind is None:
            kinds = [a.kind for a in args]
            kind = "money" if "money" in kinds else ("pct" if "pct" in kinds else "num")
        return self._push("mul", args, t, noun, kind, unit)

    def div(self, a, b, noun, unit=None, kind=None):
        t = a.v / b.v
        if kind is None:
            kind = a.kind if b.kind != a.kind else "num"
        return self._push("div", [a, b], t, noun, kind, unit)

    def pct(self, base, p, noun, unit=None, kind=None):
        p = F_(p)
        t = base.v * p / 100
        return self._push("pct", [base], t, noun, kind or base.kind, unit, extra=p)

    def frac(self, base, n, d, noun, unit=None, kind=None):
        t = base.v * n / d
        return self._push("frac", [base], t, noun, kind or base.kind, unit, extra=(n, d))
