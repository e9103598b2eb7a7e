"""Step recording context and expression evaluation (stdlib only)."""
from fractions import Fraction as F
from numfmt import fmt_value, rhu


def N(v, fmt="int", unit=None):
    return ("n", F(v), fmt, unit)


def evaluate(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            assert peek() == ")"
            pos[0] += 1
            return v
        assert isinstance(t, tuple), t
        return t[1]

    def term():
        v = atom()
        while peek() in ("*", "/", "of"):
            op = peek()
            pos[0] += 1
            w = atom()
            v = v / w if op == "/" else v * w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = peek()
            pos[0] += 1
            w = term()
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    assert pos[0] == len(toks)
    return v


class Step:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Fault:
    def __init__(self, idx, value, mode):
        self.idx, self.value, self.mode = idx, value, mode


class Ctx:
    def __init__(self, fault=None):
        self.fault = fault
        self.items = []      # ("step", Step) | ("note", fn)
        self.steps = []
        self.final = None

    def calc(self, label, why, toks, fmt, unit=None, chain=(), places=None,
             fault_ok=True, check=False, pctn=False):
        true = evaluate(toks)
        idx = len(self.steps)
        disp_true = rhu(true, places) if fmt == "approx" else true
        shown = disp_true
        faulted = False
        if self.fault is not None and self.fault.idx == idx:
            shown = self.fault.value
            faulted = True
        carried = shown if (faulted and self.fault.mode == "carry") else true
        if fmt == "approx" and faulted and self.fault.mode == "carry":
            carried = shown
        st = Step(label=label, why=why, toks=list(toks), true=true, disp_true=disp_true,
                  shown=shown, fmt=fmt, unit=unit, chain=list(chain), places=places,
                  fault_ok=fault_ok and not check, check=check, rem=None, idx=idx,
                  faulted=faulted)
        self.steps.append(st)
        self.items.append(("step", st))
        return carried

    def divmod(self, label, why, a, b, ua=None, ub=None):
        a, b = F(a), F(b)
        if a.denominator != 1 or b.denominator != 1 or a <= 0 or b <= 0:
            raise ValueError("divmod needs positive ints")
        q, r = divmod(a.numerator, b.numerator)
        idx = len(self.steps)
        st = Step(label=label, why=why, toks=[N(a, "int", ua), "/", N(b, "int", ub)], true=F(q),
                  disp_true=F(q), shown=F(q), fmt="int", unit=None, chain=[], places=None,
                  fault_ok=False, check=False, rem=r, idx=idx, faulted=False)
        self.steps.append(st)
        self.items.append(("step", st))
        return q, r

    def note(self, fn):
        self.items.append(("note", fn))

    def answer(self, value, fmt, sentence, places=None):
        value = F(value)
        if value < 0:
            raise ValueError("negative final")
        if fmt == "int":
            s = fmt_value(value, "int", sep=False)
        elif fmt == "dec":
            s = fmt_value(value, "dec", sep=False)
        elif fmt == "money":
            s = fmt_value(value, "approx", places=2, sep=False)
            if rhu(value, 2) != value:
                raise ValueError("money final not rounded")
        else:
            raise ValueError(fmt)
        self.final = (s, sentence)
