"""Core arithmetic, number formatting and the step builder (stdlib only)."""
from fractions import Fraction as F


def rnd(x, nd):
    """Round half-up (away from zero) to nd decimals, returns Fraction."""
    s = -1 if x < 0 else 1
    y = abs(x) * 10 ** nd
    n = int(y)
    if y - n >= F(1, 2):
        n += 1
    return s * F(n, 10 ** nd)


def term_dec(x, maxnd=6):
    """Number of decimals needed to write x exactly, or None if > maxnd."""
    for d in range(maxnd + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def fixed(x, nd, commas=True):
    x = rnd(x, nd)
    neg = x < 0
    x = abs(x)
    n = int(x * 10 ** nd)
    ip, fp = divmod(n, 10 ** nd)
    s = f"{ip:,}" if commas else str(ip)
    if nd:
        s += "." + str(fp).zfill(nd)
    return ("-" if neg else "") + s


def plain(x, commas=True, maxnd=4):
    """Minimal-decimal rendering of a (terminating) value."""
    d = term_dec(x, maxnd)
    if d is None:
        d = maxnd
    return fixed(x, d, commas)


def money(x, nd=2, drop_cents=False):
    d = term_dec(x, 6)
    if d is not None and d > nd:
        nd = d
    if drop_cents and x.denominator == 1:
        return "$" + fixed(x, 0)
    return "$" + fixed(x, nd)


class Fault:
    def __init__(self, step, mode, value):
        self.step = step      # 0-based index among faultable calcs
        self.mode = mode      # 'slip' or 'carry'
        self.value = value    # Fraction written instead of the right one


OPS = {"+", "-", "*", "/", "(", ")", "of"}


def evaluate(tokens):
    """tokens: list of Fraction-valued operands (tuples) and operator strings."""
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            pos[0] += 1
            return v
        return t[0]

    def term():
        v = atom()
        while peek() in ("*", "/", "of"):
            o = peek()
            pos[0] += 1
            w = atom()
            v = v / w if o == "/" else v * w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            o = peek()
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    return expr()


class Calc:
    def __init__(self, tokens, fmt, nd, unit, faultable, approx_eq):
        self.tokens = tokens
        self.fmt = fmt
        self.nd = nd
        self.unit = unit
        self.faultable = faultable
        self.approx_eq = approx_eq   # money rounded to cents written with '='
        self.exact = evaluate(tokens)
        self.right, self.approx = self.shown_of(self.exact)
        self.written = self.right
        self.is_fault = False

    def shown_of(self, x):
        if self.fmt == "$":
            d = term_dec(x, 6)
            if d is not None and d <= max(self.nd, 2):
                return x, False
            return rnd(x, self.nd), True
        d = term_dec(x, 6)
        if d is not None and d <= self.nd:
            return x, False
        return rnd(x, self.nd), True


class Builder:
    def __init__(self, fault=None):
        self.fault = fault
        self.segs = []
        self.calcs = []
        self.nf = 0
        self.final = None
        self.final_fmt = "n"

    def calc(self, head, lead, tokens, fmt="n", nd=2, unit="", after="",
             faultable=True, check=False, approx_eq=False):
        c = Calc(tokens, fmt, nd, unit, faultable and not check, approx_eq)
        ret = c.right
        if c.faultable:
            idx = self.nf
            self.nf += 1
            c.index = idx
            if self.fault is not None and self.fault.step == idx:
                c.written = self.fault.value
                c.is_fault = True
                if self.fault.mode == "carry":
                    ret = self.fault.value
        self.calcs.append(c)
        self.segs.append({"head": head, "lead": lead, "calc": c, "after": after,
                          "check": check})
        return ret

    def text(self, head, text):
        self.segs.append({"head": head, "lead": text, "calc": None, "after": "",
                          "check": False})

    def answer(self, value, fmt, sentence):
        self.final = value
        self.final_fmt = fmt
        self.final_sentence = sentence


def final_str(v, fmt):
    if fmt == "$":
        d = term_dec(v, 2)
        if d is None:
            v = rnd(v, 2)
        if v.denominator == 1:
            return str(int(v))
        return fixed(v, 2, commas=False)
    return plain(v, commas=False)
