"""Small arithmetic-expression helpers shared by the style renderers."""
from fractions import Fraction as F
import math

KIND = {"+": "add", "-": "sub", "*": "mul", "/": "div"}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def ev(e, vals):
    if isinstance(e, str):
        return vals[e]
    if isinstance(e, (int, F)):
        return F(e)
    op, a, b = e
    x, y = ev(a, vals), ev(b, vals)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    return x / y


def is_leaf(e):
    return not isinstance(e, tuple)


class Notation:
    def __init__(self, times="×", div="÷", minus="−", plus="+", latex=False,
                 frac=False, fmtmap=None):
        self.times = times
        self.div = div
        self.minus = minus
        self.plus = plus
        self.latex = latex
        self.frac = frac          # render / as \frac in latex
        self.fmtmap = fmtmap or {}

    def sym(self, op):
        return {"+": self.plus, "-": self.minus, "*": self.times, "/": self.div}[op]


def rx(e, N, doc, res=(), top=True):
    """Render expression e as slot text.  Names listed in res are shown as
    result slots (first display)."""
    if isinstance(e, str):
        fmt = N.fmtmap.get(doc.fmt[e])
        flag = "!" if e in res else ""
        return "«%s%s%s»" % (e, flag, (":" + fmt) if fmt else "")
    if isinstance(e, (int, F)):
        v = F(e)
        if v.denominator == 1:
            return str(v.numerator)
        from core import plain
        return plain(v)
    op, a, b = e
    if op == "/" and N.latex and N.frac:
        return "\\frac{%s}{%s}" % (rx(a, N, doc, res, True), rx(b, N, doc, res, True))
    sa = rx(a, N, doc, res, False)
    sb = rx(b, N, doc, res, False)
    if not is_leaf(a) and PREC[a[0]] < PREC[op]:
        sa = "(" + sa + ")"
    if not is_leaf(b) and (PREC[b[0]] < PREC[op] or (PREC[b[0]] == PREC[op] and op in "-/")):
        sb = "(" + sb + ")"
    return "%s %s %s" % (sa, N.sym(op), sb)


def make_fn(op, a, b):
    def fn(vals, op=op, a=a, b=b):
        return ev((op, a, b), vals)
    return fn


def lower_split(e, out, doc, fmt):
    """Create tmp ops for every inner node (post order).  Returns list of
    (node_with_names, result_name) in evaluation order; the last is `out`."""
    steps = []

    def rec(x, root):
        if is_leaf(x):
            return x
        op, a, b = x
        a2 = rec(a, False)
        b2 = rec(b, False)
        name = out if root else doc.tmp("t")
        doc.op(name, KIND[op], make_fn(op, a2, b2), args=[a2, b2],
               fmt=fmt if root else _tmpfmt(doc, (op, a2, b2), fmt))
        steps.append(((op, a2, b2), name))
        return name
    rec(e, True)
    return steps


def _tmpfmt(doc, e, fmt):
    # an intermediate gets money format if any leaf of it is money
    def leaves(x):
        if is_leaf(x):
            return [x]
        return leaves(x[1]) + leaves(x[2])
    for l in leaves(e):
        if isinstance(l, str) and doc.fmt.get(l, "int").startswith("money"):
            if e[0] == "/" and all(isinstance(m, str) and doc.fmt.get(m, "int").startswith("money") for m in (e[1], e[2])):
                return "num"
            return "money"
    return "num" if fmt == "num" else "int"


def chain_stages(e, out, doc, fmt):
    """Innermost-first reduction stages.  Returns (stages, ops) where stages is
    a list of (expr, newly_created_names)."""
    stages = [(e, [])]
    cur = e
    while not is_leaf(cur):
        new = []

        def red(x, root):
            if is_leaf(x):
                return x
            op, a, b = x
            if is_leaf(a) and is_leaf(b):
                name = out if root else doc.tmp("t")
                doc.op(name, KIND[op], make_fn(op, a, b), args=[a, b],
                       fmt=fmt if root else _tmpfmt(doc, x, fmt))
                new.append(name)
                return name
            return (op, red(a, False), red(b, False))
        cur = red(cur, True)
        stages.append((cur, new))
    return stages
