"""Expression trees, number formatting and step builders for the fraction/ratio set.

Values are always fractions.Fraction; nothing here uses floats.
"""
from fractions import Fraction as Fr
from math import gcd
from collections import namedtuple


class NotNice(Exception):
    """A value or a chain cannot be written the way the step wants it."""


def lcm(a, b):
    return a * b // gcd(a, b)


def dec_places(v, cap=8):
    """Number of decimal places of a terminating decimal, or None."""
    v = Fr(v)
    k = 0
    while v.denominator != 1:
        v *= 10
        k += 1
        if k > cap:
            return None
    return k


def dec_str(v, places=None):
    v = Fr(v)
    neg = v < 0
    v = abs(v)
    k = dec_places(v)
    if k is None:
        raise NotNice("non-terminating decimal")
    if places is not None and places > k:
        k2 = places
    else:
        k2 = k
    x = v * 10 ** k2
    assert x.denominator == 1
    s = str(x.numerator)
    if k2:
        s = s.rjust(k2 + 1, "0")
        s = s[:-k2] + "." + s[-k2:]
    return ("-" if neg else "") + s


def plain_num(v):
    """Plain number string for the `final` field and #### line."""
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    return dec_str(v)


# ---------------------------------------------------------------- nodes
# ('n', value, kind, places)  kind: int | dec | money | pct
# ('f', num, den)             fraction literal (may be unsimplified)
# ('m', whole, num, den)      mixed-number literal (may be unnormalised, e.g. 3 5/4)
# ('b', op, left, right)      op: + - * / of
# ('p', node)                 explicit parentheses
# ('q', num_node, den_node)   fraction-bar division
# ('v', text)                 variable term (x, 4x)
# ('vf', var, den)            x/den
# ('u', node, unit)           unit annotation (shown only by some styles)
# ('mk', node)                marker around an overridden result

def N(v, kind="int", places=None):
    v = Fr(v)
    if kind == "int" and v.denominator != 1:
        raise NotNice("int expected")
    return ("n", v, kind, places)


def Fl(n, d):
    return ("f", int(n), int(d))


def Mx(w, n, d):
    return ("m", int(w), int(n), int(d))


def B(op, a, b):
    return ("b", op, a, b)


def U(node, unit):
    return ("u", node, unit) if unit else node


def base(t):
    while t[0] in ("u", "mk"):
        t = t[1]
    return t


def ev(t):
    k = t[0]
    if k == "n":
        return t[1]
    if k == "f":
        return Fr(t[1], t[2])
    if k == "m":
        return t[1] + Fr(t[2], t[3])
    if k == "b":
        a, b = ev(t[2]), ev(t[3])
        if a is None or b is None:
            return None
        op = t[1]
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op in ("*", "of"):
            return a * b
        return a / b
    if k in ("p", "u", "mk"):
        return ev(t[1])
    if k == "q":
        a, b = ev(t[1]), ev(t[2])
        if a is None or b is None:
            return None
        return a / b
    return None


def leaf(v, fmt):
    """Result/operand leaf for value v written in format fmt."""
    v = Fr(v)
    if fmt == "int":
        return N(v, "int")
    if fmt == "money":
        if dec_places(v, 2) is None:
            raise NotNice("money needs cents")
        return N(v, "money")
    if fmt == "dec":
        if dec_places(v, 4) is None:
            raise NotNice("decimal")
        return N(v, "dec") if v.denominator != 1 else N(v, "int")
    if fmt == "pct":
        if dec_places(v * 100, 1) is None:
            raise NotNice("pct")
        return N(v, "pct")
    if fmt in ("q", "frac", "mixed"):
        if v.denominator == 1:
            return N(v, "int")
        if v.denominator > 200:
            raise NotNice("ugly fraction")
        if fmt == "frac" or v < 1:
            return Fl(v.numerator, v.denominator)
        w = v.numerator // v.denominator
        return Mx(w, v.numerator - w * v.denominator, v.denominator)
    raise ValueError(fmt)


UNI = {(1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾",
       (1, 5): "⅕", (2, 5): "⅖", (3, 5): "⅗", (4, 5): "⅘", (1, 6): "⅙",
       (5, 6): "⅚", (1, 8): "⅛", (3, 8): "⅜", (5, 8): "⅝", (7, 8): "⅞",
       (1, 10): "⅒"}


def frac_s(n, d, nt):
    if nt["kind"] == "latex":
        return "%s{%d}{%d}" % (nt["frac"], n, d)
    if nt["kind"] == "unicode" and (n, d) in UNI:
        return UNI[(n, d)]
    return "%d/%d" % (n, d)


def mixed_s(w, n, d, nt):
    if nt["kind"] == "latex":
        return "%d%s{%d}{%d}" % (w, nt["frac"], n, d)
    if nt["kind"] == "unicode" and (n, d) in UNI:
        return "%d%s" % (w, UNI[(n, d)])
    return "%d %d/%d" % (w, n, d)


def num_s(t, nt):
    _, v, kind, places = t
    if kind == "int":
        return str(v.numerator)
    if kind == "dec":
        return dec_str(v, places)
    if kind == "money":
        if v.denominator == 1:
            return nt["dollar"] + str(v.numerator)
        return nt["dollar"] + dec_str(v, 2)
    if kind == "pct":
        return dec_str(v * 100) + nt["pct"]
    raise ValueError(kind)


def prec(t, nt):
    t = base(t)
    if t[0] == "b":
        return 1 if t[1] in "+-" else 2
    if t[0] == "q":
        return 3 if nt["kind"] == "latex" else 2
    return 3


def fraclike(t):
    t = base(t)
    return t[0] in ("f", "m")


def paren(s, nt):
    return "(" + s + ")"


def render(t, nt):
    k = t[0]
    if k == "n":
        return num_s(t, nt)
    if k == "f":
        return frac_s(t[1], t[2], nt)
    if k == "m":
        return mixed_s(t[1], t[2], t[3], nt)
    if k == "u":
        s = render(t[1], nt)
        if nt.get("units") and t[2]:
            s += " " + t[2]
        return s
    if k == "mk":
        return "\x02" + render(t[1], nt) + "\x03"
    if k == "p":
        return paren(render(t[1], nt), nt)
    if k == "v":
        return t[1]
    if k == "vf":
        if nt["kind"] == "latex":
            return "%s{%s}{%d}" % (nt["frac"], t[1], t[2])
        return "%s/%d" % (t[1], t[2])
    if k == "q":
        if nt["kind"] == "latex":
            return "%s{%s}{%s}" % (nt["frac"], render(t[1], nt), render(t[2], nt))
        a = render(t[1], nt)
        b = render(t[2], nt)
        if base(t[1])[0] in ("b", "q") or fraclike(t[1]):
            a = paren(a, nt)
        if base(t[2])[0] in ("b", "q") or fraclike(t[2]):
            b = paren(b, nt)
        return "%s %s %s" % (a, nt["div"], b)
    if k == "b":
        op = t[1]
        p = 1 if op in "+-" else 2
        sym = {"+": "+", "-": nt["minus"], "*": nt["times"], "/": nt["div"], "of": "of"}[op]
        la = render(t[2], nt)
        ra = render(t[3], nt)
        lp = prec(t[2], nt) < p
        rp = prec(t[3], nt) < p or (prec(t[3], nt) == p and op in ("-", "/"))
        if nt["kind"] != "latex" and op == "/" and nt["div"] == "/":
            lp = lp or fraclike(t[2])
            rp = rp or fraclike(t[3])
        if nt.get("parfrac") and op in ("*", "/"):
            lp = lp or fraclike(t[2])
            rp = rp or fraclike(t[3])
        if lp:
            la = paren(la, nt)
        if rp:
            ra = paren(ra, nt)
        return "%s %s %s" % (la, sym, ra)
    raise ValueError(k)


class Eq:
    __slots__ = ("terms", "sep")

    def __init__(self, terms, sep=" = "):
        self.terms = list(terms)
        self.sep = sep

    def render(self, nt):
        return self.sep.join(render(t, nt) for t in self.terms)


def value_s(v, fmt, nt, unit=None):
    """A value as written in running prose of a style."""
    s = render(leaf(v, fmt), nt)
    if nt["kind"] == "latex" and (fmt in ("q", "frac", "mixed") and Fr(v).denominator != 1):
        s = nt["inline"][0] + s + nt["inline"][1]
    return s


# ---------------------------------------------------------------- builders
Arg = namedtuple("Arg", "v fmt unit")


def L(a):
    return U(leaf(a.v, a.fmt), a.unit)


def nonint(a):
    return a.fmt in ("frac", "mixed", "q") and a.v.denominator != 1


def imp(v):
    v = Fr(v)
    if v.denominator == 1:
        return N(v)
    return Fl(v.numerator, v.denominator)


def chain_append(terms, t, nt_probe=None):
    """Append t unless it would repeat the previous term's text."""
    if terms and same_text(terms[-1], t):
        return
    terms.append(t)


_PROBE = {"kind": "plain", "times": "*", "div": "/", "minus": "-", "dollar": "$", "pct": "%"}
_PROBE_L = {"kind": "latex", "frac": r"\frac", "times": r"\times", "div": r"\div", "minus": "-",
            "dollar": r"\$", "pct": r"\%"}


def same_text(a, b):
    return render(base(a), _PROBE) == render(base(b), _PROBE)


def sumnode(nodes, op="+"):
    t = nodes[0]
    for x in nodes[1:]:
        t = B(op, t, x)
    return t


class Ctx:
    """Per-step build context."""

    def __init__(self, fmt, unit, choose, latex, allowed):
        self.fmt = fmt
        self.unit = unit
        self.choose = choose      # choose(name, options) -> option (deterministic)
        self.latex = latex
        self.allowed = allowed    # dict op -> list of forms for the style

    def R(self, v):
        return U(leaf(v, self.fmt), self.unit)

    def form(self, op, default):
        opts = self.allowed.get(op, default)
        return self.choose(op, opts)


def b_mul(args, c):
    a, b = args
    if nonint(a) or nonint(b):
        return b_mmul(args, c)
    r = a.v * b.v
    return [Eq([B("*", L(a), L(b)), c.R(r)])], ("mul",), lambda s: "multiply %s by %s" % (s(a), s(b)), r


def b_div(args, c):
    a, b = args
    if nonint(a) or nonint(b):
        return b_mdiv(args, c)
    r = a.v / b.v
    f = c.form("div", ["op"])
    if f == "bar" and c.latex:
        eq = Eq([("q", L(a), L(b)), c.R(r)])
    else:
        f = "op"
        eq = Eq([B("/", L(a), L(b)), c.R(r)])
    return [eq], ("div", f), lambda s: "divide %s by %s" % (s(a), s(b)), r


def _list_s(items):
    if len(items) == 2:
        return "%s and %s" % tuple(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def b_add(args, c):
    if any(nonint(a) for a in args):
        return b_madd(args, c)
    r = sum((a.v for a in args), Fr(0))
    return ([Eq([sumnode([L(a) for a in args]), c.R(r)])], ("add",),
            lambda s: "add " + _list_s([s(a) for a in args]), r)


def b_sub(args, c):
    if any(nonint(a) for a in args):
        if len(args) == 2:
            return b_msub(args, c)
        raise NotNice("multi msub")
    r = args[0].v - sum((a.v for a in args[1:]), Fr(0))
    if r <= 0:
        raise NotNice("non-positive")
    how = lambda s: "subtract %s from %s" % (_list_s([s(a) for a in args[1:]]) if len(args) > 2 else s(args[1]), s(args[0]))
    return [Eq([sumnode([L(a) for a in args], "-"), c.R(r)])], ("sub",), how, r


def b_of(args, c):
    f, n = args
    if nonint(n):
        return b_mmul(args, c)
    r = f.v * n.v
    form = c.form("of", ["fx"])
    num, den = f.v.numerator, f.v.denominator
    ok = True
    if form == "split" and ((n.v / den).denominator != 1 or f.fmt != "frac"):
        ok = False
    if form == "bar" and (not c.latex or n.v.denominator != 1 or f.fmt != "frac" or n.fmt == "money"):
        ok = False
    if form == "of" and c.latex:
        ok = False
    if not ok:
        form = "fx"
    if form == "fx":
        eqs = [Eq([B("*", L(f), L(n)), c.R(r)])]
        how = lambda s: "multiply %s by %s" % (s(n), s(f))
    elif form == "xf":
        eqs = [Eq([B("*", L(n), L(f)), c.R(r)])]
        how = lambda s: "multiply %s by %s" % (s(n), s(f))
    elif form in ("of", "ofis"):
        eqs = [Eq([B("of", L(f), L(n)), c.R(r)], " is " if form == "ofis" else " = ")]
        how = lambda s: "take %s of %s" % (s(f), s(n))
    elif form == "split":
        part = n.v / den
        nfmt = "money" if n.fmt == "money" else ("dec" if n.fmt == "dec" else "int")
        if num == 1:
            eqs = [Eq([B("/", L(n), N(den)), c.R(r)])]
            how = lambda s: "divide %s by %d" % (s(n), den)
        else:
            eqs = [Eq([B("/", L(n), N(den)), leaf(part, nfmt)]),
                   Eq([B("*", leaf(part, nfmt), N(num)), c.R(r)])]
            how = lambda s: "divide %s by %d and then multiply by %d" % (s(n), den, num)
    else:  # bar
        if num == 1:
            terms = [("q", L(n), N(den))]
        else:
            terms = [("q", B("*", N(num), L(n)), N(den)), ("q", N(num * n.v), N(den))]
        terms.append(c.R(r))
        eqs = [Eq(terms)]
        how = lambda s: "multiply %s by %s" % (s(n), s(f))
    return eqs, ("of", form), how, r


def _lcd(vals):
    d = 1
    for v in vals:
        d = lcm(d, Fr(v).denominator)
    return d


def b_fadd(args, c, op="+"):
    vals = [a.v for a in args]
    r = vals[0]
    for v in vals[1:]:
        r = r + v if op == "+" else r - v
    if r <= 0:
        raise NotNice("non-positive")
    d = _lcd(vals)
    terms = [sumnode([L(a) for a in args], op)]
    conv = [Fl(v.numerator * (d // v.denominator), d) if v.denominator != 1 else N(v) for v in vals]
    chain_append(terms, sumnode(conv, op))
    tot = r * d
    chain_append(terms, Fl(tot.numerator, d))
    chain_append(terms, c.R(r))
    verb = "add" if op == "+" else "subtract"
    same = all(Fr(v).denominator == d for v in vals)

    def how(s):
        if same:
            return "%s the fractions, which already have the same denominator" % verb
        return "%s the fractions using the common denominator %d" % (verb, d)
    return [Eq(terms)], ("fadd",), how, r


def b_fsub(args, c):
    return b_fadd(args, c, "-")


def b_oneminus(args, c):
    (f,) = args
    r = 1 - f.v
    if r <= 0 or f.v <= 0:
        raise NotNice("non-positive")
    form = c.form("oneminus", ["direct"])
    terms = [B("-", N(1), L(f))]
    if form == "whole":
        d = f.v.denominator
        terms.append(B("-", Fl(d, d), Fl(f.v.numerator, d)))
    terms.append(c.R(r))
    return [Eq(terms)], ("oneminus", form), lambda s: "subtract %s from 1" % s(f), r


def _parts(v, d):
    """whole and numerator over denominator d (v >= 0)."""
    v = Fr(v)
    w = v.numerator // v.denominator
    n = (v - w) * d
    assert n.denominator == 1
    return w, n.numerator


def _mnode(w, n, d):
    if n == 0:
        return N(w)
    if w == 0:
        return Fl(n, d)
    return Mx(w, n, d)


def b_madd(args, c):
    vals = [a.v for a in args]
    r = sum(vals, Fr(0))
    form = c.form("madd", ["mixed"])
    d = _lcd(vals)
    terms = [sumnode([L(a) for a in args])]
    if form == "improper":
        chain_append(terms, sumnode([imp(v) for v in vals]))
        chain_append(terms, sumnode([Fl(v.numerator * (d // v.denominator), d) if v.denominator != 1 else N(v) for v in vals]))
        tn = r * d
        chain_append(terms, Fl(tn.numerator, d))
    else:
        form = "mixed"
        conv = []
        W = 0
        Nn = 0
        for v in vals:
            w, n = _parts(v, d)
            W += w
            Nn += n
            conv.append(_mnode(w, n, d))
        chain_append(terms, sumnode(conv))
        chain_append(terms, _mnode(W, Nn, d))
    chain_append(terms, c.R(r))
    return [Eq(terms)], ("madd", form), lambda s: "add " + _list_s([s(a) for a in args]), r


def b_msub(args, c):
    a, b = args
    r = a.v - b.v
    if r <= 0:
        raise NotNice("non-positive")
    form = c.form("msub", ["mixed"])
    d = _lcd([a.v, b.v])
    terms = [B("-", L(a), L(b))]
    if a.v.denominator == 1 and form == "mixed":
        pass
    elif form == "improper":
        chain_append(terms, B("-", imp(a.v), imp(b.v)))
        chain_append(terms, B("-", Fl(a.v * d, d), Fl(b.v * d, d)))
        tn = r * d
        chain_append(terms, Fl(tn.numerator, d))
    else:
        form = "mixed"
        w1, n1 = _parts(a.v, d)
        w2, n2 = _parts(b.v, d)
        chain_append(terms, B("-", _mnode(w1, n1, d), _mnode(w2, n2, d)))
        if n1 < n2:
            if w1 < 1:
                raise NotNice("borrow")
            w1, n1 = w1 - 1, n1 + d
            chain_append(terms, B("-", Mx(w1, n1, d) if w1 else Fl(n1, d), _mnode(w2, n2, d)))
        chain_append(terms, _mnode(w1 - w2, n1 - n2, d))
    chain_append(terms, c.R(r))
    return [Eq(terms)], ("msub", form), lambda s: "subtract %s from %s" % (s(b), s(a)), r


def b_mmul(args, c):
    a, b = args
    r = a.v * b.v
    form = c.form("mmul", ["improper"])
    terms = [B("*", L(a), L(b))]
    mixed_a = a.v > 1 and a.v.denominator != 1
    if form == "distribute" and mixed_a and b.v.denominator == 1:
        w = a.v.numerator // a.v.denominator
        fr = a.v - w
        terms.append(B("+", B("*", N(w), L(b)), B("*", Fl(fr.numerator, fr.denominator), L(b))))
        chain_append(terms, B("+", N(w * b.v), Fl(fr.numerator * b.v.numerator, fr.denominator)))
    else:
        form = "improper"
        chain_append(terms, B("*", imp(a.v), imp(b.v)))
        pn = a.v.numerator * b.v.numerator
        pd = a.v.denominator * b.v.denominator
        if pd != 1:
            chain_append(terms, Fl(pn, pd))
    chain_append(terms, c.R(r))
    return [Eq(terms)], ("mmul", form), lambda s: "multiply %s by %s" % (s(a), s(b)), r


def b_mdiv(args, c):
    a, b = args
    if b.v.denominator != 1:
        return b_fdiv(args, c)
    r = a.v / b.v
    terms = [B("/", L(a), L(b))]
    chain_append(terms, B("/", imp(a.v), N(b.v)))
    chain_append(terms, B("*", imp(a.v), Fl(1, b.v.numerator)))
    chain_append(terms, Fl(a.v.numerator, a.v.denominator * b.v.numerator))
    chain_append(terms, c.R(r))
    return [Eq(terms)], ("mdiv",), lambda s: "divide %s by %s" % (s(a), s(b)), r


def b_fdiv(args, c):
    a, f = args
    r = a.v / f.v
    terms = [B("/", L(a), L(f))]
    rec = Fl(f.v.denominator, f.v.numerator)
    first = U(N(a.v, "money"), None) if a.fmt == "money" else imp(a.v)
    terms.append(B("*", first, rec))
    pn = a.v.numerator * f.v.denominator
    pd = a.v.denominator * f.v.numerator
    if a.fmt != "money" and pd != 1:
        chain_append(terms, Fl(pn, pd))
    chain_append(terms, c.R(r))
    return ([Eq(terms)], ("fdiv",),
            lambda s: "divide %s by %s, which is the same as multiplying by %s" % (
                s(a), s(f), s(Arg(1 / f.v, "frac", None))), r)


def b_simp(args, c):
    a, b = args
    n, d = a.v, b.v
    if n.denominator != 1 or d.denominator != 1:
        raise NotNice("simp")
    n, d = n.numerator, d.numerator
    g = gcd(n, d)
    r = Fr(n, d)
    form = c.form("simp", ["direct"])
    terms = [Fl(n, d)]
    if g == 1:
        raise NotNice("already simple")
    if form == "gcd":
        terms.append(("q", B("/", N(n), N(g)), B("/", N(d), N(g))))
    terms.append(c.R(r))
    return ([Eq(terms)], ("simp", form),
            lambda s: "simplify %d/%d by dividing the top and bottom by %d" % (n, d, g), r)


def b_pct(args, c):
    p, n = args
    r = p.v * n.v
    form = c.form("pct", ["dec"])
    P = p.v * 100
    if form == "frac100" and P.denominator != 1:
        form = "dec"
    if form in ("pof", "chain", "pofis") and c.latex:
        form = "dec"
    pl = 2 if dec_places(p.v) == 1 else None
    dnode = N(p.v, "dec", pl)
    if form == "pof":
        terms = [B("of", L(p), L(n))]
    elif form == "pofis":
        terms = [B("of", L(p), L(n))]
    elif form == "chain":
        terms = [B("of", L(p), L(n)), B("*", dnode, L(n))]
    elif form == "frac100":
        terms = [B("*", Fl(P.numerator, 100), L(n))]
    else:
        form = "dec"
        terms = [B("*", dnode, L(n))]
    terms.append(c.R(r))
    sep = " is " if form == "pofis" else " = "
    return ([Eq(terms, sep)], ("pct", form),
            lambda s: "multiply %s by %s" % (s(n), dec_str(p.v, pl)) if form == "dec" else "find %s of %s" % (s(p), s(n)), r)


def b_topct(args, c):
    if len(args) == 2:
        a, b = args
        if a.v.denominator != 1 or b.v.denominator != 1:
            raise NotNice("topct")
        r = a.v / b.v
        first = Fl(a.v, b.v)
        f = Arg(r, "frac", None)
    else:
        (f,) = args
        r = f.v
        first = L(f)
    if r <= 0 or dec_places(r, 4) is None:
        raise NotNice("pct")
    form = c.form("topct", ["dec"])
    terms = [first]
    if len(args) == 2 and r.denominator != b.v:
        chain_append(terms, Fl(r.numerator, r.denominator))
    if form == "x100":
        terms = [B("*", first, N(1, "pct"))]
    else:
        form = "dec"
        terms.append(N(r, "dec"))
    terms.append(c.R(r))
    return [Eq(terms)], ("topct", form), lambda s: "convert %s to a percent" % s(f), r


def b_todec(args, c):
    (f,) = args
    r = f.v
    if dec_places(r, 4) is None:
        raise NotNice("dec")
    return [Eq([L(f), c.R(r)])], ("todec",), lambda s: "write %s as a decimal" % s(f), r


def b_prop(args, c):
    """a1 per b1 -> x per b2, x = a1*b2/b1."""
    a1, b1, b2 = args
    r = a1.v * b2.v / b1.v
    form = c.form("prop", ["unit"])
    u = a1.v / b1.v
    k = b2.v / b1.v
    ufmt = c.fmt
    ok = True
    if form == "unit":
        try:
            leaf(u, ufmt)
        except NotNice:
            ok = False
        if ufmt == "int" and u.denominator != 1:
            ok = False
    if form == "scale" and k.denominator != 1:
        ok = False
    if form == "cross" and (a1.v.denominator != 1 or b1.v.denominator != 1 or b2.v.denominator != 1
                            or a1.fmt == "money"):
        ok = False
    if not ok:
        form = "direct"
    if b1.v == 1:
        eqs = [Eq([B("*", L(a1), L(b2)), c.R(r)])]
        return eqs, ("prop", "one"), lambda s: "multiply %s by %s" % (s(a1), s(b2)), r
    if form == "cross":
        prod = a1.v * b2.v
        eqs = [Eq([("vf", "x", int(b2.v)), Fl(a1.v, b1.v)]),
               Eq([("v", "%dx" % int(b1.v)), B("*", L(a1), L(b2)), N(prod)]),
               Eq([("v", "x"), B("/", N(prod), L(b1)), c.R(r)])]
        how = lambda s: "set up the proportion and cross-multiply"
    elif form == "unit":
        ul = U(leaf(u, ufmt), None)
        eqs = [Eq([B("/", L(a1), L(b1)), ul]),
               Eq([B("*", ul, L(b2)), c.R(r)])]
        how = lambda s: "find the amount for 1 first by dividing %s by %s, then multiply by %s" % (s(a1), s(b1), s(b2))
    elif form == "scale":
        eqs = [Eq([B("/", L(b2), L(b1)), N(k)]),
               Eq([B("*", L(a1), N(k)), c.R(r)])]
        how = lambda s: "see how many times bigger %s is than %s, then scale %s by that" % (s(b2), s(b1), s(a1))
    else:
        form = "direct"
        if c.latex:
            terms = [("q", B("*", L(a1), L(b2)), L(b1))]
            p = a1.v * b2.v
            try:
                chain_append(terms, ("q", leaf(p, a1.fmt if a1.fmt in ("money", "dec") else "q"), L(b1)))
            except NotNice:
                pass
        else:
            terms = [B("/", B("*", L(a1), L(b2)), L(b1))]
        terms.append(c.R(r))
        eqs = [Eq(terms)]
        how = lambda s: "multiply %s by %s and divide by %s" % (s(a1), s(b2), s(b1))
    return eqs, ("prop", form), how, r


BUILDERS = {
    "mul": b_mul, "div": b_div, "add": b_add, "sub": b_sub, "of": b_of,
    "fadd": b_fadd, "fsub": b_fsub, "oneminus": b_oneminus, "madd": b_madd,
    "msub": b_msub, "mmul": b_mmul, "mdiv": b_mdiv, "fdiv": b_fdiv, "simp": b_simp,
    "pct": b_pct, "topct": b_topct, "prop": b_prop, "todec": b_todec,
}
