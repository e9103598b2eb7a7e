"""Tiny template DSL."""
from fractions import Fraction as F


class R:
    """inclusive range of values lo..hi by step (Fractions)"""

    def __init__(self, lo, hi, step=1, nz=True):
        self.lo, self.hi, self.step = F(str(lo)), F(str(hi)), F(str(step))
        self.nz = nz

    def values(self):
        out = []
        v = self.lo
        while v <= self.hi:
            if not (self.nz and v == 0):
                out.append(v)
            v += self.step
        return out


class C:
    def __init__(self, *vals):
        self.vals = [F(str(v)) for v in vals]

    def values(self):
        return list(self.vals)


class S:
    def __init__(self, op, args, out, label, short, why=None, unit=None):
        self.op = op
        self.args = args.split() if isinstance(args, str) else list(args)
        self.out = out
        self.label = label
        self.short = short
        self.why = why
        self.unit = unit


class T:
    def __init__(self, id, unit, text, params, steps, ask, start=None,
                 ok=None, cents=False, vert=None, gloss=None):
        self.id = id
        self.unit = unit
        self.text = text
        self.params = params
        self.steps = steps
        self.ask = ask
        self.start = start
        self.ok = ok
        self.cents = cents
        # vertical number line (up/down) vs horizontal (right/left)
        if vert is None:
            vert = unit in ("C", "F", "m", "ft", "floor")
        self.vert = vert
        self.gloss = gloss


def arg_value(env, a):
    if isinstance(a, str):
        try:
            return env[a]
        except KeyError:
            return F(a)
    return F(a)
