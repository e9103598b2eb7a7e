"""Numbers, quantities and the step tracer used by the payroll generator (stdlib only)."""
import random
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
CENT = D("0.01")


def R(seed):
    """String-seeded RNG: deterministic across runs and PYTHONHASHSEED."""
    return random.Random(str(seed))


def r2(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def rnd(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def trunc(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_DOWN)


def ndec(v):
    e = v.normalize().as_tuple().exponent
    return -e if e < 0 else 0


def natural(v):
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def group(ip, sep=","):
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def numstr(v, dec=None, comma=True, sep=","):
    """Plain number string (no currency). dec=None -> natural form."""
    neg = v < 0
    v = abs(v)
    if dec is None:
        s = natural(v)
    else:
        s = format(rnd(v, dec), "f")
    ip, dot, fp = s.partition(".")
    if comma and len(ip) > 3:
        ip = group(ip, sep)
    s = ip + (("." + fp) if fp else "")
    return ("-" if neg else "") + s


class Q:
    """A quantity: value and unit.
    units: '$' money, 'r' money per hour, 'h' hours, '%' percent (6.2 means 6.2%),
    'x' plain factor, 'n' count (w = unit word), 'p' percent result, 'f' fraction."""
    __slots__ = ("v", "u", "w")

    def __init__(self, v, u, w=None):
        self.v = v if isinstance(v, D) else D(str(v))
        self.u = u
        self.w = w


def pv(q):
    return q.v / 100 if q.u == "%" else q.v


def compute(op, args):
    if op == "mul":
        r = D(1)
        for a in args:
            r *= pv(a)
        return r
    if op == "pct":
        return pv(args[0]) * args[1].v
    if op == "div":
        return args[0].v / args[1].v
    if op == "add":
        r = D(0)
        for a in args:
            r += a.v
        return r
    if op == "sub":
        return args[0].v - args[1].v
    if op == "ratio":
        return args[0].v / args[1].v
    raise ValueError(op)


class Calc:
    """Records the steps of a solution. A fault (dict) may replace one written result;
    in 'carry' mode the wrong value is what later steps receive."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault

    def step(self, op, args, label, unit="$", rnd_="cent", **kw):
        exact = compute(op, args)
        if op == "ratio":
            shown = rnd(exact * 100, 2)
            unit = "p"
        elif rnd_ == "cent":
            shown = r2(exact)
        else:
            if ndec(exact) > 6:
                raise ValueError("non-terminating exact step %s" % label)
            shown = exact
        st = dict(i=len(self.steps) + 1, op=op, args=list(args), label=label, unit=unit,
                  rnd=rnd_, exact=exact, shown=shown, fault=None)
        st.update(kw)
        st["used"] = shown
        f = self.fault
        if f is not None and f["step"] == st["i"]:
            st["fault"] = f
            if f["mode"] == "carry":
                st["used"] = f["wused"]
        self.steps.append(st)
        return Q(st["used"], unit, kw.get("w"))

    def mul(self, label, a, b, unit="$", **kw):
        return self.step("mul", [a, b], label, unit, **kw)

    def div(self, label, a, b, unit="$", **kw):
        return self.step("div", [a, b], label, unit, **kw)

    def add(self, label, xs, unit="$", **kw):
        return self.step("add", list(xs), label, unit, **kw)

    def sub(self, label, a, b, unit="$", **kw):
        return self.step("sub", [a, b], label, unit, **kw)

    def pct(self, label, p, base, unit="$", **kw):
        return self.step("pct", [p, base], label, unit, **kw)

    def ratio(self, label, a, b, **kw):
        return self.step("ratio", [a, b], label, "p", **kw)


# ---------------------------------------------------------------- display chains

def disp_mode(pid, st, style):
    """How the result of a step is written (depends only on pid, step index, style, values)."""
    rng = R("%s|disp|%d" % (pid, st["i"]))
    if st["op"] == "ratio":
        if style in ("table", "code", "gsm8k", "terse"):
            return rng.choice(["pct100pct", "pct100"]) if style != "gsm8k" else "pct100"
        return rng.choice(["frac", "frac", "pct100pct", "pct100"])
    if st["exact"] == st["shown"]:
        return "clean"
    if style == "gsm8k" and ndec(st["exact"]) <= 4 and rng.random() < 0.7:
        return "exact"
    if style in ("table", "code", "gsm8k"):
        return "direct_eq" if rng.random() < 0.5 else "direct_approx"
    nd = ndec(st["exact"])
    opts = ["direct_eq", "direct_approx"]
    if nd <= 6:
        opts += ["exact", "exact"]
    else:
        opts += ["trunc", "r4"]
    m = rng.choice(opts)
    if m == "r4" and r2(rnd(st["exact"], 4)) != st["shown"]:
        m = "direct_approx"
    return m


def res_dec(unit, v):
    if unit in ("$", "r"):
        return 2
    if unit == "p":
        return 2
    return None  # natural


def build_chain(st, mode, first=None):
    """List of elements {v, dec, trunc, rel, unit}. first=(value, dec) overrides the first element."""
    ex, sh, u = st["exact"], st["shown"], st["unit"]
    if mode == "clean":
        v = first[0] if first else sh
        dec = first[1] if first else res_dec(u, sh)
        return [dict(v=v, dec=dec, trunc=False, rel="=", unit=u)]
    if mode in ("direct_eq", "direct_approx"):
        v = first[0] if first else sh
        dec = first[1] if first else 2
        return [dict(v=v, dec=dec, trunc=False, rel="=" if mode == "direct_eq" else "≈", unit=u)]
    if mode == "exact":
        v0, d0 = first if first else (ex, ndec(ex))
        return [dict(v=v0, dec=d0, trunc=False, rel="=", unit=u),
                dict(v=r2(v0), dec=2, trunc=False, rel="≈", unit=u)]
    if mode == "trunc":
        v0, d0 = first if first else (trunc(ex, 3), 3)
        return [dict(v=v0, dec=d0, trunc=True, rel="=", unit=u),
                dict(v=r2(v0), dec=2, trunc=False, rel="≈", unit=u)]
    if mode == "r4":
        v0, d0 = first if first else (rnd(ex, 4), 4)
        return [dict(v=v0, dec=d0, trunc=False, rel="≈", unit=u),
                dict(v=r2(v0), dec=2, trunc=False, rel="≈", unit=u)]
    if mode == "frac":
        v0, d0 = first if first else (rnd(ex, 4), 4)
        return [dict(v=v0, dec=d0, trunc=False, rel="≈", unit="f"),
                dict(v=(v0 * 100).quantize(D(1).scaleb(-max(d0 - 2, 0))), dec=max(d0 - 2, 0),
                     trunc=False, rel="=", unit="p")]
    if mode in ("pct100pct", "pct100"):
        v0, d0 = first if first else (sh, 2)
        return [dict(v=v0, dec=d0, trunc=False, rel="≈", unit="p")]
    raise ValueError(mode)


def chain_used(chain):
    return chain[-1]["v"]


# ---------------------------------------------------------------- faults

FAULT_KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double",
               "wrong_op", "decimal_shift", "sign_drop"]


def _fmt(v, dec):
    return numstr(v, dec, comma=False)


def mutate(st, elem, kind, rng):
    """Return (wrong_value, dec) for the first chain element, or None if not applicable."""
    v, dec = elem["v"], elem["dec"]
    d = dec if dec is not None else ndec(v)
    s = _fmt(v, d)
    neg = s.startswith("-")
    body = s[1:] if neg else s
    ip, _, fp = body.partition(".")

    def back(txt):
        return (D(("-" if neg else "") + txt), d)

    if kind == "sign_drop":
        if not neg:
            return None
        return (abs(v), d)
    if neg:
        return None
    if kind == "off_by_one":
        if v < 2:
            return None
        return (v + (1 if rng.random() < 0.5 else -1), d)
    if kind == "off_by_ten":
        if v < 25:
            return None
        return (v + (10 if rng.random() < 0.5 else -10), d)
    if kind == "digit_swap":
        digits = ip + fp[:2]
        cands = [k for k in range(len(digits) - 1) if digits[k] != digits[k + 1]
                 and k != len(ip) - 1 and not (k == 0 and digits[1] == "0")]
        if not cands:
            return None
        k = rng.choice(cands)
        dg = list(digits)
        dg[k], dg[k + 1] = dg[k + 1], dg[k]
        dg = "".join(dg)
        nip, nfp = dg[:len(ip)], dg[len(ip):] + fp[2:]
        return back(nip + ("." + nfp if fp else ""))
    if kind == "digit_drop":
        if len(ip) < 2:
            return None
        cands = [k for k in range(len(ip)) if not (k == 0 and ip[1] == "0")]
        k = rng.choice(cands)
        nip = ip[:k] + ip[k + 1:]
        return back(nip + ("." + fp if fp else ""))
    if kind == "digit_double":
        if len(ip) < 1 or v < 3:
            return None
        k = rng.randrange(len(ip))
        nip = ip[:k] + ip[k] + ip[k:]
        return back(nip + ("." + fp if fp else ""))
    if kind == "decimal_shift":
        if rng.random() < 0.5:
            return (v * 10, d)
        w = v / 10
        if ndec(w) > d:
            return (v * 10, d)
        return (w, d)
    if kind == "wrong_op":
        op, a = st["op"], st["args"]
        if st["op"] == "ratio" or elem is None:
            return None
        if op == "mul" and len(a) == 2:
            w = a[0].v + a[1].v
        elif op == "pct":
            w = a[0].v * a[1].v
        elif op == "add" and len(a) >= 2:
            w = sum((x.v for x in a[:-1]), D(0)) - a[-1].v
        elif op == "sub":
            w = a[0].v + a[1].v
        else:
            return None
        if st["unit"] in ("$", "r"):
            w = r2(w)
            return (w, 2)
        return (w, ndec(w))
    return None
