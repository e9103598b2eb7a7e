"""Core arithmetic + step recorder for the receipts/invoices/ledgers set.

All money is held as integer cents (or Fraction cents for per-unit rates such
as $0.142/kWh).  Every rounding is ROUND HALF UP to the cent.
"""
from fractions import Fraction as F


def rhu(x):
    """Round a Fraction (in cents) half up to an integer number of cents."""
    x = F(x)
    if x >= 0:
        return int((x + F(1, 2)).__floor__())
    return -int((-x + F(1, 2)).__floor__())


def dec_str(x, maxdp=8):
    """Exact decimal string of a Fraction if it terminates within maxdp, else None."""
    x = F(x)
    neg = x < 0
    x = abs(x)
    for dp in range(0, maxdp + 1):
        y = x * 10 ** dp
        if y.denominator == 1:
            n = int(y)
            s = str(n).rjust(dp + 1, "0")
            s = s[:-dp] + "." + s[-dp:] if dp else s
            return ("-" if neg else "") + s
    return None


def qstr(q):
    """Quantity like 3, 2.5, 1.35."""
    return dec_str(F(q))


def pstr(rate):
    """Percent rate as '8.25' (no % sign)."""
    return dec_str(F(rate))


def pdec(rate):
    """Percent rate as decimal fraction string '0.0825'."""
    return dec_str(F(rate) / 100)


def final_str(cents):
    """Canonical final answer from cents: 48, 12.5, 7.47, -12.3."""
    return dec_str(F(cents, 100))


class Calc:
    """Records computation steps. A fault replaces one step's written result;
    in carry mode the wrong value is also returned to later steps."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault
        self.ncomp = 0

    def _fin(self, st, right):
        st["right"] = right
        st["res"] = right
        st.setdefault("can_fault", True)
        used = right
        st["idx"] = len(self.steps)
        st["cidx"] = self.ncomp
        self.ncomp += 1
        if self.fault and self.fault["idx"] == st["idx"]:
            st["res"] = self.fault["wrong"]
            st["faulty"] = True
            st["fkind"] = self.fault["kind"]
            if self.fault["mode"] == "carry":
                used = self.fault["wrong"]
        st["used"] = used
        self.steps.append(st)
        return used

    def const(self, label, value, role="const", **kw):
        st = dict(op="const", label=label, value=value, role=role, idx=len(self.steps), **kw)
        self.steps.append(st)
        return st

    def ref(self, idx):
        return self.steps[idx]

    def mul(self, q, p, label, role="item", **kw):
        q = F(q)
        p = F(p)
        ex = q * p
        st = dict(op="mul", q=q, p=p, label=label, role=role, exact=ex.denominator == 1, **kw)
        return self._fin(st, rhu(ex))

    def sum(self, terms, label, role="sum", money=True, **kw):
        # terms: list of (label, value, sign, ref_idx or None)
        st = dict(op="sum", terms=terms, label=label, role=role, money=money, exact=True, **kw)
        return self._fin(st, sum(s * v for (_l, v, s, _r) in terms))

    def pct(self, base, rate, label, role="pct", base_ref=None, **kw):
        rate = F(rate)
        ex = F(base) * rate / 100
        st = dict(op="pct", base=base, rate=rate, label=label, role=role, base_ref=base_ref,
                  exv=ex, exact=ex.denominator == 1, **kw)
        return self._fin(st, rhu(ex))

    def div(self, a, n, label, role="div", a_ref=None, **kw):
        ex = F(a, n)
        st = dict(op="div", a=a, n=n, label=label, role=role, a_ref=a_ref, exv=ex,
                  exact=ex.denominator == 1, **kw)
        return self._fin(st, rhu(ex))

    def unit(self, price, size, sunit, label, **kw):
        # price in cents; value in dollars per sunit
        v = F(price, 100) / size
        st = dict(op="unit", price=price, size=size, sunit=sunit, label=label, role="unit",
                  val=v, can_fault=False, exact=dec_str(v, 4) is not None, **kw)
        st["right"] = st["res"] = st["used"] = v
        st["idx"] = len(self.steps)
        st["cidx"] = self.ncomp
        self.ncomp += 1
        self.steps.append(st)
        return v


# ---------------------------------------------------------------- slips
SLIP_KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double",
              "decimal_shift", "wrong_operation", "sign_dropped"]


def _digits_variant(v, kind, rng):
    s = str(abs(v))
    sign = -1 if v < 0 else 1
    cands = []
    if kind == "digit_swap":
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 1 + 1:]
                cands.append(t)
    elif kind == "digit_drop":
        for i in range(len(s)):
            t = s[:i] + s[i + 1:]
            if t and len(t) >= 2:
                cands.append(t)
    elif kind == "digit_double":
        for i in range(len(s)):
            cands.append(s[:i + 1] + s[i] + s[i + 1:])
    cands = [c for c in cands if c.lstrip("0") != "" and int(c) != abs(v) and not (c[0] == "0" and len(c) > 3)]
    if not cands:
        return None
    return sign * int(rng.choice(cands))


def make_wrong(st, kind, rng):
    """Return a wrong written value for step st under slip kind, or None."""
    v = st["right"]
    money = st.get("money", True)
    rounding = not st.get("exact", True)
    if kind == "off_by_one":
        if money:
            d = 100 if (rounding or rng.random() < 0.5) else 1
        else:
            d = 1
        return v + rng.choice([-d, d])
    if kind == "off_by_ten":
        d = (1000 if rng.random() < 0.5 else 10) if money else 10
        if rounding and d == 10 and money:
            d = 1000
        return v + rng.choice([-d, d])
    if kind in ("digit_swap", "digit_drop", "digit_double"):
        if money and abs(v) < 100 and kind == "digit_drop":
            return None
        return _digits_variant(v, kind, rng)
    if kind == "decimal_shift":
        if v == 0:
            return None
        if abs(v) % 10 == 0 and rng.random() < 0.5:
            return v // 10
        return v * 10
    if kind == "wrong_operation":
        if st["op"] == "sum":
            ts = st["terms"]
            if len(ts) == 2 and ts[1][2] == -1:
                return ts[0][1] + ts[1][1]
            if len(ts) == 2 and ts[1][2] == 1:
                return ts[0][1] - ts[1][1]
            return None
        if st["op"] == "mul" and F(st["q"]).denominator == 1 and F(st["p"]).denominator == 1 and st["q"] > 1:
            return int(st["q"]) * 100 + int(st["p"]) if money else None
        return None
    if kind == "sign_dropped":
        if v < 0:
            return -v
        return None
    return None
