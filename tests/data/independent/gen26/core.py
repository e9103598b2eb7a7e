"""Core numeric model for the money/percent rounding set.

Exact arithmetic with fractions.Fraction; rounding is HALF-UP to the shown
number of decimals.  Expressions are small trees that know how to print
themselves in several notational flavours (unicode, ascii, LaTeX).
"""
from fractions import Fraction as F

TEN = F(10)


# ---------------------------------------------------------------- numbers
def rhu(x, dp):
    """Round half up (away from zero at .5) to dp decimals."""
    q = TEN ** dp
    n = x * q
    if n >= 0:
        r = (n + F(1, 2)).__floor__()
    else:
        r = -((-n + F(1, 2)).__floor__())
    return F(r) / q


def trunc(x, dp):
    q = TEN ** dp
    n = x * q
    r = n.__floor__() if n >= 0 else -((-n).__floor__())
    return F(r) / q


def exact_at(x, dp):
    return (x * TEN ** dp).denominator == 1


def needed_dp(x, maxdp=6):
    for d in range(0, maxdp + 1):
        if exact_at(x, d):
            return d
    return None


def fixed(x, dp, commas=False):
    """String of x (already exact at dp, else rounded half up) with dp decimals."""
    v = rhu(x, dp)
    n = int(v * TEN ** dp)
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, 10 ** dp)
    s_ip = f"{ip:,}" if commas else str(ip)
    s = s_ip if dp == 0 else f"{s_ip}.{fp:0{dp}d}"
    return ("-" if neg else "") + s


def minimal(x, maxdp=6):
    d = needed_dp(x, maxdp)
    if d is None:
        d = maxdp
    return fixed(x, d)


def parse_dec(s):
    s = s.replace(",", "")
    if "." in s:
        ip, fp = s.split(".")
        return F(int(ip + fp), 10 ** len(fp))
    return F(int(s))


def dec_places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- flavours
UNICODE = dict(times="×", div="÷", minus="−", approx="≈", sym="$", pct="%",
               latex=False, frac=False, trim=False, commas=True, raw_sym=True)


def flavour(**kw):
    f = dict(UNICODE)
    f.update(kw)
    return f


def fl_ascii(**kw):
    return flavour(times="*", div="/", minus="-", **kw)


def fl_latex(**kw):
    base = dict(times="\\times", div="\\div", minus="-", approx="\\approx",
                sym="\\$", pct="\\%", latex=True)
    base.update(kw)
    return flavour(**base)


# ---------------------------------------------------------------- expressions
class Node:
    prec = 9

    def ev(self, env):
        raise NotImplementedError

    def show(self, fl, env):
        raise NotImplementedError

    def simple(self):
        return False


class Money(Node):
    def __init__(self, v, cur="$", dp=2):
        self.v = F(v)
        self.cur = cur
        self.dp = dp

    def ev(self, env):
        return self.v

    def show(self, fl, env):
        return money_str(self.v, self.dp, fl, self.cur)

    def simple(self):
        return True


class Pct(Node):
    """A percentage p% (value p/100)."""

    def __init__(self, p, force=None):
        self.p = F(p)
        self.force = force  # 'pct' or 'dec' to override flavour

    def ev(self, env):
        return self.p / 100

    def show(self, fl, env):
        form = self.force or fl.get("pct_form", "pctx")
        if form == "dec":
            return dec_of_pct(self.p)
        return minimal(self.p) + fl["pct"]

    def simple(self):
        return True


def dec_of_pct(p):
    v = p / 100
    d = needed_dp(v, 8)
    d = 8 if d is None else max(2, d)
    return fixed(v, d)


class Num(Node):
    def __init__(self, v, dp=None, commas=False):
        self.v = F(v)
        self.dp = needed_dp(self.v, 6) if dp is None else dp
        self.commas = commas

    def ev(self, env):
        return self.v

    def show(self, fl, env):
        return fixed(self.v, self.dp, self.commas and fl["commas"])

    def simple(self):
        return True


class Ref(Node):
    def __init__(self, key):
        self.key = key

    def ev(self, env):
        return env[self.key]["val"]

    def show(self, fl, env):
        return env[self.key]["ref_text"]

    def simple(self):
        return True


class Bin(Node):
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b
        self.prec = self.PREC[op]

    def ev(self, env):
        a, b = self.a.ev(env), self.b.ev(env)
        return apply_op(self.op, a, b)

    def show(self, fl, env):
        if self.op == "/" and fl.get("frac") and self.a.simple() and self.b.simple():
            return "\\frac{%s}{%s}" % (self.a.show(fl, env), self.b.show(fl, env))
        sa = self.a.show(fl, env)
        sb = self.b.show(fl, env)
        if (self.op == "*" and fl.get("at") and isinstance(self.a, Num) and self.a.v.denominator == 1
                and isinstance(self.b, Money)):
            return f"{sa} @ {sb}"
        if self.a.prec < self.prec:
            sa = paren(sa, fl)
        if self.b.prec < self.prec or (self.b.prec == self.prec and self.op in "-/"):
            sb = paren(sb, fl)
        o = {"+": "+", "-": fl["minus"], "*": fl["times"], "/": fl["div"]}[self.op]
        return f"{sa} {o} {sb}"


def apply_op(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    raise ValueError(op)


class Paren(Node):
    prec = 9

    def __init__(self, a):
        self.a = a

    def ev(self, env):
        return self.a.ev(env)

    def show(self, fl, env):
        return paren(self.a.show(fl, env), fl)


def paren(s, fl):
    if fl.get("latex") and fl.get("leftright"):
        return f"\\left({s}\\right)"
    return f"({s})"


class Of(Node):
    """p% of x.  Prints 'p% of x' or 'x × 0.0p' / 'x × p%' by flavour."""
    prec = 2

    def __init__(self, pct, x):
        self.pct, self.x = pct, x

    def ev(self, env):
        return self.pct.ev(env) * self.x.ev(env)

    def show(self, fl, env):
        form = fl.get("pct_form", "pctx")
        if form == "of" and not fl["latex"]:
            return f"{self.pct.show(fl, env)} of {self.x.show(fl, env)}"
        sx = self.x.show(fl, env)
        if self.x.prec < 2:
            sx = paren(sx, fl)
        return f"{sx} {fl['times']} {self.pct.show(fl, env)}"


def money_str(v, dp, fl, cur="$", trim_ok=True):
    sym = fl["sym"] if cur == "$" else cur
    if cur == "$" and fl["latex"] and fl["sym"] == "":
        sym = ""
    if trim_ok and fl.get("trim") and dp == 2 and exact_at(v, 0):
        return sym + fixed(v, 0, fl["commas"])
    return sym + fixed(v, dp, fl["commas"])


# ---------------------------------------------------------------- steps
class Step:
    def __init__(self, key, label, expr, kind="money", dp=None, unit="",
                 cur="$", ratio_pct=False, faultable=True, desc=None,
                 tag=None, mode=None, short=None):
        self.short = short
        self.key, self.label, self.expr, self.kind = key, label, expr, kind
        if dp is None:
            dp = {"money": 2, "pct": 1, "num": 2, "int": 0}[kind]
        self.dp = dp
        self.unit = unit
        self.cur = cur
        self.ratio_pct = ratio_pct
        self.faultable = faultable
        self.desc = desc
        self.tag = tag
        self.mode = mode  # forced rounding display mode (None = style choice)

    @property
    def scale(self):
        return F(100) if self.ratio_pct else F(1)


def shown_str(step, v, fl, with_unit=True):
    """The displayed form of a rounded/exact shown value (in shown space)."""
    if step.kind == "money":
        s = money_str(v, step.dp, fl, step.cur)
    elif step.kind == "pct":
        s = fixed(v, step.dp) + fl["pct"]
    elif step.kind == "int":
        s = fixed(v, 0, fl["commas"])
    else:
        s = fixed(v, step.dp, fl["commas"])
    if with_unit and step.unit:
        s += unit_str(step.unit, fl)
    return s


def unit_str(unit, fl):
    if fl.get("latex"):
        return "\\text{ " + unit + "}"
    return " " + unit


def raw_text(step, vr, fl):
    """Unrounded value as a model would print it: exact if it terminates
    within 6 decimals, else truncated with '...'.  Returns (text, value, trunc)."""
    d = needed_dp(vr, 6)
    if d is not None:
        d = max(d, step.dp if not step.ratio_pct else 0)
        val, tr = vr, False
    else:
        d = step.dp + (4 if step.ratio_pct else 2)
        val, tr = trunc(vr, d), True
    num = fixed(val, d, fl["commas"])
    return num, val, tr


def dress_raw(step, num, tr, fl):
    s = num + ("..." if tr else "")
    if step.kind == "money" and not step.ratio_pct and fl.get("raw_sym", True):
        sym = fl["sym"] if step.cur == "$" else step.cur
        s = sym + s
    return s


def display(step, vr, fl, mode, forced=None):
    """Render the result part of a step.
    Returns dict: res (text starting with '=' or the approx sign), first (text of
    the first number written after the expression, no currency symbol),
    first_val, first_trunc, space ('raw' or 'shown'), used (shown-space value
    used by later steps), rounded (bool), shown (display of used value).
    forced: None | ('val', W_exact) | ('lit', W_value, W_text, W_trunc, space, rounded)"""
    sc = step.scale
    ap = fl["approx"]
    if forced is not None and forced[0] == "val":
        vr = forced[1]
        forced = None
    rw = fl.get("rw_phrase", ", which rounds to")
    if forced is None:
        t = vr * sc
        if exact_at(t, step.dp):
            s = shown_str(step, t, fl)
            return dict(res=f"= {s}", first=s_number(step, t, fl), first_val=t,
                        first_trunc=False, space="shown", used=t, rounded=False, shown=s)
        u = rhu(t, step.dp)
        s = shown_str(step, u, fl)
        num = s_number(step, u, fl)
        base = dict(first=num, first_val=u, first_trunc=False, space="shown",
                    used=u, rounded=True, shown=s)
        if mode == "eq":
            return dict(base, res=f"= {s}")
        if mode == "eq_note":
            return dict(base, res=f"= {s} {round_note(step)}")
        if mode == "approx":
            return dict(base, res=f"{ap} {s}")
        rnum, rval, tr = raw_text(step, vr, fl)
        rs = dress_raw(step, rnum, tr, fl)
        res = f"= {rs} {ap} {s}" if mode == "raw" else f"= {rs}{rw} {s}"
        return dict(res=res, first=rnum, first_val=rval, first_trunc=tr,
                    space="raw", used=u, rounded=True, shown=s)
    _, wv, wtext, wtr, space, was_rounded = forced
    if space == "raw":
        u = rhu(wv * sc, step.dp)
        s = shown_str(step, u, fl)
        rs = dress_raw(step, wtext, wtr, fl)
        if not wtr and exact_at(wv * sc, step.dp):
            s2 = shown_str(step, wv * sc, fl)
            if step.ratio_pct:
                res = f"= {rs} = {s2}"
            else:
                res = f"= {rs}" + (unit_str(step.unit, fl) if step.unit else "")
            return dict(res=res, first=wtext, first_val=wv, first_trunc=False,
                        space="raw", used=wv * sc, rounded=False, shown=s2)
        res = f"= {rs} {ap} {s}" if mode == "raw" else f"= {rs}{rw} {s}"
        return dict(res=res, first=wtext, first_val=wv, first_trunc=wtr, space="raw",
                    used=u, rounded=True, shown=s)
    s = shown_str_text(step, wtext, fl)
    if was_rounded and mode == "approx":
        res = f"{ap} {s}"
    elif was_rounded and mode == "eq_note":
        res = f"= {s} {round_note(step)}"
    else:
        res = f"= {s}"
    return dict(res=res, first=wtext, first_val=wv, first_trunc=False, space="shown",
                used=wv, rounded=was_rounded, shown=s)


def round_note(step):
    if step.kind == "money" and step.dp == 2:
        return "(rounded to the nearest cent)"
    if step.kind == "money" and step.dp == 0:
        return "(rounded to the nearest dollar)"
    return "(rounded)"


def s_number(step, v, fl):
    if step.kind == "money":
        return money_str(v, step.dp, dict(fl, sym=""), "")
    return fixed(v, step.dp if step.kind != "int" else 0, fl["commas"])


def shown_str_text(step, num, fl):
    if step.kind == "money":
        sym = fl["sym"] if step.cur == "$" else step.cur
        s = sym + num
    elif step.kind == "pct":
        s = num + fl["pct"]
    else:
        s = num
    if step.unit:
        s += unit_str(step.unit, fl)
    return s


def ref_entry(step, used, fl):
    if step.kind == "pct":
        val = used / 100
        txt = fixed(used, step.dp) + fl["pct"]
    elif step.kind == "money":
        val = used
        txt = money_str(used, step.dp, fl, step.cur)
    else:
        val = used
        txt = fixed(used, step.dp, fl["commas"])
    return dict(val=val, ref_text=txt)


def evaluate(steps, fl, modes, fault=None, carry=False):
    """Evaluate steps.  fault = (index, forced) ; returns list of per-step dicts."""
    env = {}
    out = []
    for i, st in enumerate(steps):
        vr = st.expr.ev(env)
        expr_txt = st.expr.show(fl, env)
        d_right = display(st, vr, fl, modes[i])
        d = d_right
        if fault is not None and fault[0] == i:
            d = display(st, vr, fl, modes[i], forced=fault[1])
        use = d["used"] if carry else d_right["used"]
        env[st.key] = ref_entry(st, use, fl)
        out.append(dict(step=st, vr=vr, expr=expr_txt, d=d, d_right=d_right,
                        comp=f"{expr_txt} {d['res']}"))
    return out
