"""Core: step recording, number formatting and styles (stdlib only)."""
from fractions import Fraction as F
import math

NICE = 100  # every carried value must be a whole number of cents


def fr(x):
    return x if isinstance(x, F) else F(str(x))


def canon(v):
    """Canonical plain string of a terminating decimal: 126.5, -35, 0.65."""
    v = fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    for d in range(1, 7):
        w = v * 10 ** d
        if w.denominator == 1:
            neg = w < 0
            s = str(abs(w.numerator)).rjust(d + 1, "0")
            s = s[:-d] + "." + s[-d:]
            return ("-" if neg else "") + s
    raise ValueError("non-terminating %s" % v)


def nice(v):
    v = fr(v)
    return 100 % v.denominator == 0 or (v * 100).denominator == 1


class Ctx:
    """Records computation steps. ov = {step_index: forced_value} for carry runs."""

    def __init__(self, ov=None):
        self.steps = []
        self.ov = ov or {}

    def _push(self, kind, args, units, val, title, label, noun, unit, faultable=True, **kw):
        i = len(self.steps)
        shown = self.ov.get(i, val)
        st = dict(kind=kind, args=list(args), units=list(units), true=val, val=shown,
                  title=title, label=label, noun=noun, unit=unit, faultable=faultable)
        st.update(kw)
        self.steps.append(st)
        return shown

    def add(self, args, units, title, label, noun="", unit=None):
        args = [fr(a) for a in args]
        return self._push("add", args, units, sum(args), title, label, noun, unit or units[0])

    def sub(self, args, units, title, label, noun="", unit=None):
        args = [fr(a) for a in args]
        v = args[0]
        for a in args[1:]:
            v -= a
        return self._push("sub", args, units, v, title, label, noun, unit or units[0])

    def mul(self, args, units, title, label, noun="", unit=None):
        args = [fr(a) for a in args]
        v = F(1)
        for a in args:
            v *= a
        if unit is None:
            unit = "$" if "$" in units else units[0]
        return self._push("mul", args, units, v, title, label, noun, unit)

    def div(self, a, b, units, title, label, noun="", unit=None):
        a, b = fr(a), fr(b)
        return self._push("div", [a, b], units, a / b, title, label, noun, unit or units[0])

    def pct(self, p, base, bunit, title, label, noun="", unit=None):
        p, base = fr(p), fr(base)
        return self._push("pct", [p, base], ["pct", bunit], base * p / 100, title, label, noun, unit or bunit)

    def fracof(self, num, den, base, title, label, noun=""):
        base = fr(base)
        return self._push("fracof", [F(num), F(den), base], ["n", "n", "n"], base * num / den,
                          title, label, noun, "n")

    def ceil(self, a, b, title, label, noun):
        a, b = fr(a), fr(b)
        return self._push("ceil", [a, b], ["n", "n"], F(math.ceil(a / b)), title, label, noun, "n",
                          faultable=False)

    def divmod(self, a, b, title, label, noun, rnoun):
        a, b = fr(a), fr(b)
        q = F(math.floor(a / b))
        r = a - q * b
        self._push("divmod", [a, b], ["n", "n"], q, title, label, noun, "n", faultable=False,
                   rem=r, rnoun=rnoun)
        return q, r

    def tadd(self, t, m, title, label):
        return self._push("tadd", [fr(t), fr(m)], ["t", "min"], fr(t) + fr(m), title, label, "", "t")

    def tdiff(self, t1, t2, title, label):
        return self._push("tdiff", [fr(t2), fr(t1)], ["t", "t"], fr(t2) - fr(t1), title, label,
                          "minutes", "min")


# ---------------------------------------------------------------- styles
STYLES = {
    "gsm8k":        dict(mul="*", div="/", minus="-", cur="$", cents=False, sep=False, latex=False),
    "md_steps":     dict(mul="×", div="÷", minus="−", cur="$", cents=True, sep=True, latex=False),
    "bold_labels":  dict(mul="×", div="÷", minus="-", cur="$", cents=True, sep=True, latex=False),
    "bullets":      dict(mul="x", div="/", minus="-", cur="$", cents=False, sep=True, latex=False),
    "prose":        dict(mul="×", div="÷", minus="−", cur="$", cents=True, sep=True, latex=False),
    "latex_inline": dict(mul="\\times", div="\\div", minus="-", cur="\\$", cents=True, sep=True, latex=True),
    "latex_display": dict(mul="\\times", div="\\div", minus="-", cur="\\$", cents=False, sep=True, latex=True),
    "table":        dict(mul="×", div="÷", minus="−", cur="$", cents=True, sep=True, latex=False),
    "terse":        dict(mul="*", div="/", minus="-", cur="", cents=False, sep=False, latex=False),
    "tutor":        dict(mul="×", div="÷", minus="−", cur="$", cents=True, sep=True, latex=False),
    "numbered":     dict(mul="·", div="/", minus="-", cur="$", cents=False, sep=True, latex=False),
}
STYLE_NAMES = list(STYLES)


def group3(s, sep):
    if len(s) <= 3 or not sep:
        return s
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


def fmt_time(m, st):
    m = int(m)
    h, mm = divmod(m, 60)
    ap = "AM" if h < 12 else "PM"
    h12 = h % 12
    if h12 == 0:
        h12 = 12
    s = "%d:%02d %s" % (h12, mm, ap)
    if st["latex"]:
        return "\\text{%s}" % s
    return s


def fmt(v, unit, st, force_cents=None):
    """Format a value for display inside a computation."""
    v = fr(v)
    if unit == "t":
        return fmt_time(v, st)
    sepch = ("{,}" if st["latex"] else ",") if st["sep"] else ""
    neg = v < 0
    a = -v if neg else v
    if unit == "pct":
        s = canon(a) + ("\\%" if st["latex"] else "%")
        return (st["minus"] if neg else "") + s
    if unit == "$":
        cents = st["cents"] if force_cents is None else force_cents
        if a.denominator == 1 and not cents:
            body = group3(str(a.numerator), sepch)
        else:
            c = a * 100
            assert c.denominator == 1, v
            c = c.numerator
            body = group3(str(c // 100), sepch) + "." + "%02d" % (c % 100)
        return (st["minus"] if neg else "") + st["cur"] + body
    s = canon(a)
    if "." in s:
        ip, dp = s.split(".")
        s = group3(ip, sepch) + "." + dp
    else:
        s = group3(s, sepch)
    return (st["minus"] if neg else "") + s
