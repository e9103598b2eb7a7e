"""Computation engine for the eval56 generator (stdlib only).

A problem structure is solved by calling Calc.s(...) once per computation.
Each call records a Step (tokens, written result, label) and returns the
value later steps should use.  A fault (slip or carry) replaces the written
result of one step; in carry mode the wrong value also flows onward.
"""
from fractions import Fraction as F
import math


class V:
    """A number with a kind: '' plain, '$' money, '%' percent."""
    __slots__ = ("x", "k")

    def __init__(self, x, k=""):
        self.x = F(x)
        self.k = k

    def num(self):
        return self.x / 100 if self.k == "%" else self.x


def money(x):
    return V(x, "$")


def pct(x):
    return V(x, "%")


OPS = ("+", "-", "*", "/", "^", "%of")


def evaluate(toks):
    """Evaluate tokens with usual precedence; '%of' behaves like '*'."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = take()
        if t == "(":
            v = add()
            assert take() == ")"
            return v
        if t == "-":
            return -atom()
        assert isinstance(t, V), t
        return t.num()

    def power():
        b = atom()
        if peek() == "^":
            take()
            e = atom()
            return b ** int(e)
        return b

    def mul():
        v = power()
        while peek() in ("*", "/", "%of"):
            op = take()
            w = power()
            v = v / w if op == "/" else v * w
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            op = take()
            w = mul()
            v = v + w if op == "+" else v - w
        return v

    v = add()
    assert pos[0] == len(toks)
    return v


def round2(x):
    """Round half up to 2 decimals (money)."""
    return F(math.floor(x * 100 + F(1, 2)), 100)


def nice(x, dp=2):
    """True if x is a terminating decimal with at most dp decimals."""
    return (x * 10 ** dp).denominator == 1


class Step:
    __slots__ = ("toks", "res", "true", "k", "lab", "unit", "kind", "rem",
                 "exact", "idx", "faulty")

    def __init__(self, **kw):
        self.rem = None
        self.exact = None
        self.faulty = False
        for a, b in kw.items():
            setattr(self, a, b)


class Calc:
    def __init__(self, fault=None):
        # fault: (step_index, wrong_value F, mode 'slip'|'carry')
        self.steps = []
        self.fault = fault
        self.bad = False  # set when carry produced a non-nice value

    def _wrap(self, toks):
        out = []
        for t in toks:
            if isinstance(t, (V, str)):
                out.append(t)
            else:
                out.append(V(t))
        return out

    def _kind(self, toks, k):
        if k is not None:
            return k
        return "$" if any(isinstance(t, V) and t.k == "$" for t in toks) else ""

    def s(self, toks, lab, unit="", k=None, approx=False, check=False):
        toks = self._wrap(toks)
        k = self._kind(toks, k)
        exact = evaluate(toks)
        true = round2(exact) if approx else exact
        idx = len(self.steps)
        st = Step(toks=toks, res=true, true=true, k=k, lab=lab, unit=unit,
                  kind="check" if check else ("approx" if approx else "calc"),
                  idx=idx)
        if approx:
            st.exact = exact
        if not approx and not nice(exact, 4):
            self.bad = True
        if not check and (exact < 0 and k == "" and unit not in ("deg",)):
            pass
        ret = true
        if self.fault and self.fault[0] == idx and not check:
            st.res = self.fault[1]
            st.faulty = True
            if self.fault[2] == "carry":
                ret = self.fault[1]
        self.steps.append(st)
        return V(ret, k)

    def rem(self, a, b, lab, unit=""):
        """Integer division with remainder: a / b = q R r; returns q."""
        a, b = self._wrap([a, b])
        q, r = divmod(int(a.x), int(b.x))
        if a.x.denominator != 1 or b.x.denominator != 1:
            self.bad = True
        idx = len(self.steps)
        st = Step(toks=[a, "/", b], res=F(q), true=F(q), k="", lab=lab,
                  unit=unit, kind="rem", idx=idx)
        st.rem = F(r)
        ret = F(q)
        if self.fault and self.fault[0] == idx:
            st.res = self.fault[1]
            st.faulty = True
            if self.fault[2] == "carry":
                ret = self.fault[1]
        self.steps.append(st)
        return V(ret, ""), V(r, "")

    def ceil(self, v, lab, unit=""):
        """Rounding-up note (not a computation that can be faulted)."""
        c = F(math.ceil(v.x))
        idx = len(self.steps)
        st = Step(toks=[v], res=c, true=c, k="", lab=lab, unit=unit,
                  kind="ceil", idx=idx)
        self.steps.append(st)
        return V(c, "")
