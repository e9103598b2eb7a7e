"""Core machinery for the division / rounding / estimation eval generator.

A solution is rendered once into a *Doc*: a list of lines made of literal
text and value slots, plus an ordered list of *ops* (named computations).
Variants are produced by re-assembling the same lines under different value
assignments (correct, slip, carry).
"""
from fractions import Fraction as F
import math
import re

# ----------------------------------------------------------------- numbers

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


class BadFmt(Exception):
    pass


def term_places(v):
    """Number of decimals of a terminating fraction, None otherwise."""
    d = v.denominator
    t = f = 0
    while d % 2 == 0:
        d //= 2
        t += 1
    while d % 5 == 0:
        d //= 5
        f += 1
    if d != 1:
        return None
    return max(t, f)


def fixed(v, k):
    """Exact decimal string of v with exactly k decimals (v must fit)."""
    neg = v < 0
    v = abs(v)
    s = v * (10 ** k)
    if s.denominator != 1:
        raise BadFmt("not representable with %d decimals" % k)
    n = s.numerator
    if k == 0:
        out = str(n)
    else:
        st = str(n).rjust(k + 1, "0")
        out = st[:-k] + "." + st[-k:]
    return ("-" if neg else "") + out


def plain(v):
    """Shortest exact decimal string (terminating values only)."""
    k = term_places(v)
    if k is None:
        raise BadFmt("non-terminating")
    return fixed(v, k)


def trunc(v, k):
    s = math.floor(v * 10 ** k)
    return fixed(F(s, 10 ** k), k)


def round_half_up(v, unit):
    """Round v to the nearest multiple of unit (halves go up)."""
    return math.floor(v / unit + F(1, 2)) * unit


def round_up(v, unit):
    return math.ceil(v / unit) * unit


def round_down(v, unit):
    return math.floor(v / unit) * unit


def commas(s):
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    neg = a.startswith("-")
    if neg:
        a = a[1:]
    parts = []
    while len(a) > 3:
        parts.insert(0, a[-3:])
        a = a[:-3]
    parts.insert(0, a)
    out = ",".join(parts)
    if neg:
        out = "-" + out
    return out + ("." + b if b is not None else "")


def fmt_value(v, fmt, opts):
    """Format value v (Fraction) for display."""
    com = opts.get("commas", "none")

    def group(s):
        if com == "comma":
            return commas(s)
        if com == "latex":
            return commas(s).replace(",", "{,}")
        return s

    if fmt == "int":
        if v.denominator != 1:
            raise BadFmt("int")
        return group(str(v.numerator))
    if fmt == "num":
        return group(plain(v))
    if fmt == "raw":
        return plain(v)
    if fmt in ("money", "money2", "m", "m2"):
        cents = fmt in ("money2", "m2") or opts.get("cents", False)
        if v.denominator == 1 and not cents:
            s = str(v.numerator)
        else:
            s = fixed(v, 2)
        s = group(s)
        if fmt.startswith("money"):
            return opts.get("dollar", "$") + s
        return s
    m = re.fullmatch(r"dec(\d)", fmt)
    if m:
        return group(fixed(v, int(m.group(1))))
    m = re.fullmatch(r"tr(\d)", fmt)
    if m:
        k = int(m.group(1))
        if term_places(v) is not None and term_places(v) <= k:
            raise BadFmt("terminates")
        return group(trunc(v, k))
    if fmt == "word":
        if v.denominator != 1 or not (0 <= v <= 20):
            raise BadFmt("word")
        return WORDS[v.numerator]
    if fmt == "Word":
        if v.denominator != 1 or not (0 <= v <= 20):
            raise BadFmt("word")
        return WORDS[v.numerator].capitalize()
    raise ValueError(fmt)


def canon(v):
    """Canonical plain string for the `final`/`wrong`/`right` fields."""
    return plain(v)


# ----------------------------------------------------------------- document

SLOT = re.compile(r"«([A-Za-z0-9_]+)([!?]?)(?::([A-Za-z0-9]+))?»")


class Op:
    __slots__ = ("name", "kind", "fn", "args", "info", "line")

    def __init__(self, name, kind, fn, args, info):
        self.name = name
        self.kind = kind
        self.fn = fn
        self.args = args
        self.info = info
        self.line = None


class Doc:
    def __init__(self, opts):
        self.opts = opts
        self.vals = {}
        self.fmt = {}
        self.ops = []
        self.opmap = {}
        self.lines = []      # dicts: segs, step
        self.step = 0
        self.guards = []     # (fn, key)
        self.n = 0
        self.final = None
        self.res_lines = {}  # op name -> (line index, checkable)

    # values
    def given(self, name, v, fmt="int"):
        self.vals[name] = F(v)
        self.fmt[name] = fmt

    def tmp(self, prefix="t"):
        self.n += 1
        return "%s_%d" % (prefix, self.n)

    def op(self, name, kind, fn, args=(), fmt="int", **info):
        if name in self.vals:
            raise ValueError("duplicate value " + name)
        o = Op(name, kind, fn, list(args), info)
        self.ops.append(o)
        self.opmap[name] = o
        self.vals[name] = F(fn(self.vals))
        self.fmt[name] = fmt
        return self.vals[name]

    def v(self, name):
        return self.vals[name]

    def guard(self, fn):
        self.guards.append((fn, fn(self.vals)))

    def cmp(self, a, rel, b):
        def g(vals, a=a, b=b, rel=rel):
            x = vals[a] if isinstance(a, str) else F(a)
            y = vals[b] if isinstance(b, str) else F(b)
            return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y,
                    "!=": x != y}[rel]
        if not g(self.vals):
            raise AssertionError("comparison does not hold: %s %s %s" % (a, rel, b))
        self.guards.append((g, True))

    # lines
    def new_step(self):
        self.step += 1
        return self.step

    def line(self, text, step=None):
        segs = []
        pos = 0
        idx = len(self.lines)
        for m in SLOT.finditer(text):
            if m.start() > pos:
                segs.append(text[pos:m.start()])
            name, flag, fmt = m.group(1), m.group(2), m.group(3)
            if name not in self.vals:
                raise KeyError(name)
            fmt = fmt or self.fmt[name]
            role = "res" if flag in ("!", "?") else "ref"
            if role == "res":
                if name not in self.opmap:
                    raise ValueError("result slot for non-op " + name)
                prev = self.res_lines.get(name)
                if prev is not None and prev[0] != idx:
                    raise ValueError("op %s displayed as result on two lines" % name)
                chk = flag == "!"
                if prev is not None:
                    chk = chk and prev[1]
                self.res_lines[name] = (idx, chk)
            segs.append((name, role, fmt))
            pos = m.end()
        if pos < len(text):
            segs.append(text[pos:])
        self.lines.append({"segs": segs, "step": self.step if step is None else step})
        # validate formatting now
        self.assemble_line(self.lines[-1], self.vals, self.vals, None)

    def blank(self):
        self.lines.append({"segs": [], "step": self.step})

    def assemble_line(self, ln, vals, resvals, target):
        out = []
        for s in ln["segs"]:
            if isinstance(s, str):
                out.append(s)
            else:
                name, role, fmt = s
                src = resvals if name == target else vals
                out.append(fmt_value(src[name], fmt, self.opts))
        return "".join(out)

    # recomputation
    def recompute(self, override):
        vals = {k: v for k, v in self.vals.items() if k not in self.opmap}
        for o in self.ops:
            if o.name in override:
                vals[o.name] = F(override[o.name])
            else:
                vals[o.name] = F(o.fn(vals))
        return vals

    def render(self, vals=None, slip=None):
        """Return list of line strings.  slip=(opname, wrong) writes wrong only
        at that op's result slots."""
        vals = vals or self.vals
        if slip:
            name, wrong = slip
            resvals = dict(vals)
            resvals[name] = F(wrong)
            target = name
        else:
            resvals, target = vals, None
        tline = self.res_lines[target][0] if target else -1
        return [self.assemble_line(ln, vals, resvals, target if i == tline else None)
                for i, ln in enumerate(self.lines)]

    def carry_ok(self, vals):
        for fn, key in self.guards:
            try:
                if fn(vals) != key:
                    return False
            except (ZeroDivisionError, ValueError):
                return False
        for o in self.ops:
            a, b = self.vals[o.name], vals[o.name]
            if (a > 0) != (b > 0) or (a < 0) != (b < 0):
                return False
            if (a == 1) != (b == 1):
                return False
        try:
            self.render(vals)
        except BadFmt:
            return False
        return True


def join_lines(lines):
    text = "\n".join(lines)
    spans = []
    pos = 0
    for ln in lines:
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return text, spans
