"""Rendering a recorded solution in one of the writing styles."""
from decimal import Decimal as D
from core import pick, rnd, ndec, plain, Val

S1, S2 = "\x01", "\x02"          # sentinels around the faulty result (removed later)
SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

STYLES = ["gpt_md", "llama", "claude_bold", "bullets", "prose", "latex_inline",
          "latex_display", "table", "gsm8k", "tutor", "ascii"]

STYLE_OPTS = {
    "gpt_md":        dict(mul=["×"], div=["÷", "/"], pow=["caret", "sup"], sqrt=["sym"], sep=[","],
                          approx=["≈"], cents=[True, False], rate=["dec", "pct"], chain=[True, False],
                          sci=["caret", "sup"]),
    "llama":         dict(mul=["*", "×", "·"], div=["/"], pow=["caret"], sqrt=["sym", "func"],
                          sep=[",", ""], approx=["≈", "="], cents=[True, False], rate=["dec"],
                          chain=[False], sci=["caret"]),
    "claude_bold":   dict(mul=["×"], div=["÷"], pow=["sup", "caret"], sqrt=["sym"], sep=[","],
                          approx=["≈"], cents=[True], rate=["dec", "pct"], chain=[True, False],
                          sci=["sup", "caret"]),
    "bullets":       dict(mul=["×", "x"], div=["÷", "/"], pow=["caret", "sup"], sqrt=["sym", "sympar"],
                          sep=[",", ""], approx=["≈"], cents=[True, False], rate=["dec", "pct"],
                          chain=[True], sci=["caret", "sup"]),
    "prose":         dict(mul=["×", "times"], div=["÷", "divided by"], pow=["word", "caret"],
                          sqrt=["word", "sym"], sep=[","], approx=["≈", "about"], cents=[True, False],
                          rate=["dec", "pct"], chain=[False], sci=["caret", "sup"]),
    "latex_inline":  dict(mul=["\\times", "\\cdot"], div=["\\div", "frac"], pow=["latex"], sqrt=["latex"],
                          sep=["", "{,}", ","], approx=["\\approx"], cents=[True, False], rate=["dec"],
                          chain=[True, False], sci=["latex"]),
    "latex_display": dict(mul=["\\times"], div=["\\div", "frac"], pow=["latex"], sqrt=["latex"],
                          sep=["", "{,}", ","], approx=["\\approx"], cents=[True, False], rate=["dec"],
                          chain=[False], sci=["latex"]),
    "table":         dict(mul=["×", "x"], div=["÷", "/"], pow=["caret", "sup"], sqrt=["sym"], sep=[","],
                          approx=["≈"], cents=[True], rate=["dec"], chain=[False], sci=["caret", "sup"]),
    "gsm8k":         dict(mul=["*"], div=["/"], pow=["caret"], sqrt=["func"], sep=["", ","], approx=["="],
                          cents=[False], rate=["dec"], chain=[False], sci=["e", "caret"]),
    "tutor":         dict(mul=["×"], div=["÷"], pow=["sup", "caret"], sqrt=["sym"], sep=[","],
                          approx=["≈"], cents=[True, False], rate=["dec", "pct"], chain=[True, False],
                          sci=["sup", "caret"]),
    "ascii":         dict(mul=["*", "x"], div=["/"], pow=["caret", "star"], sqrt=["func"], sep=["", ","],
                          approx=["~", "="], cents=[True, False], rate=["dec"], chain=[True, False],
                          sci=["caret", "e"]),
}


class Opts:
    pass


def make_opts(style, pid):
    o = Opts()
    so = STYLE_OPTS[style]
    for k, v in so.items():
        setattr(o, k, pick(f"{pid}|opt|{k}", v))
    o.style = style
    o.pid = pid
    o.latex = style in ("latex_inline", "latex_display")
    o.cur = "\\$" if o.latex else "$"
    o.minus = pick(f"{pid}|opt|minus", ["-", "-", "−"]) if style in ("gpt_md", "claude_bold", "tutor") else "-"
    o.showexact = pick(f"{pid}|opt|showexact", [True, False])
    o.impl = pick(f"{pid}|opt|impl", [True, False])
    if o.approx == "~":
        o.approx = "≈"
    return o


# ---------------------------------------------------------------- numbers

def fnum(x, dp, sep):
    s = format(x, f",.{dp}f")
    if sep != ",":
        s = s.replace(",", sep)
    return s


def fv(val, o, sep=None, cur=True):
    sep = o.sep if sep is None else sep
    if val.kind == "sci":
        m = fnum(val.mant, val.dp, "")
        e = val.exp
        return fsci(m, e, o)
    if val.kind == "money":
        dp = val.dp
        if dp == 2 and val.v == val.v.to_integral_value() and (val.given or not o.cents):
            dp = 0
        s = fnum(val.v, dp, sep)
        return (o.cur + s) if cur else s
    return fnum(val.v, val.dp, sep)


def fsci(m, e, o):
    mode = o.sci
    if o.latex:
        return f"{m} \\times 10^{{{e}}}"
    if mode == "sup":
        return f"{m} × 10{str(e).translate(SUP)}"
    if mode == "e":
        return f"{m}e{e}"
    sym = o.mul if o.mul not in ("times",) else "×"
    return f"{m} {sym} 10^{e}"


def fexact(x, kind, o):
    d = ndec(x)
    s = fnum(x, d, o.sep)
    if kind == "money":
        s = o.cur + s
    return s


def ordinal(k):
    k = int(k)
    if 10 <= k % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suf}"


# ---------------------------------------------------------------- expressions

def is_atom(n):
    return n[0] in ("n", "par") or (n[0] == "pct")


def rx(n, o, ctx=None, key=""):
    t = n[0]
    if t == "n":
        s = fv(n[1], o)
        if n[1].kind == "sci" and ctx in ("mul", "div", "pow", "mulR", "divR"):
            s = ("\\left(" + s + "\\right)") if o.latex else "(" + s + ")"
        return s
    if t == "pct":
        if o.rate == "dec" and ctx != "keep":
            return fnum(n[1].v / 100, ndec(n[1].v / 100), o.sep)
        return fnum(n[1].v, ndec(n[1].v), o.sep) + ("\\%" if o.latex else "%")
    if t == "pctof":
        p = fnum(n[1].v, ndec(n[1].v), o.sep)
        b = rx(n[2], o, "mulR")
        if o.latex:
            return f"{p}\\% \\times {b}"
        return f"{p}% of {b}"
    if t in ("mul", "div", "add", "sub"):
        if t == "div" and o.div == "frac" and o.latex:
            return f"\\frac{{{rx(n[1], o)}}}{{{rx(n[2], o)}}}"
        a = rx(n[1], o, t)
        b = rx(n[2], o, t + "R")
        if t == "mul":
            op = o.mul
            if o.latex:
                op = o.mul
            if o.impl and n[2][0] == "par" and n[1][0] == "n" and o.style in ("latex_display", "llama", "gpt_md") \
                    and n[1][1].kind != "sci":
                return f"{a}{b}" if not o.latex else f"{a}{b}"
        elif t == "div":
            op = o.div if o.div != "frac" else "/"
            if o.latex and op == "/":
                op = "\\div"
        elif t == "add":
            op = "plus" if o.mul == "times" and pick(key + "w", [0, 1]) else "+"
        else:
            op = "minus" if o.mul == "times" and pick(key + "w", [0, 1]) else o.minus
        return f"{a} {op} {b}"
    if t == "pow":
        base = rx(n[1], o, "pow")
        kn = n[2]
        kv = kn[1].v if kn[0] == "n" else None
        ks = fnum(kv, 0, "") if kv is not None else rx(kn, o)
        mode = o.pow
        if mode == "word":
            if kv == 2:
                return f"{base} squared"
            if kv == 3:
                return f"{base} cubed"
            return pick(key + "pw", [f"{base} to the power of {ks}", f"{base} to the {ordinal(kv)} power",
                                     f"{base} raised to the {ordinal(kv)} power"])
        if mode == "sup":
            return base + ks.translate(SUP)
        if mode == "star":
            return f"{base}**{ks}"
        if mode == "latex":
            return f"{base}^{{{ks}}}"
        return f"{base}^{ks}"
    if t == "sqrt":
        inner = rx(n[1], o)
        m = o.sqrt
        if m == "latex":
            return f"\\sqrt{{{inner}}}"
        if m == "func":
            return f"sqrt({inner})"
        if m == "word":
            return f"the square root of {inner}"
        if m == "sympar" or not is_atom(n[1]):
            return f"√({inner})"
        return f"√{inner}"
    if t == "cbrt":
        inner = rx(n[1], o)
        if o.latex:
            return f"\\sqrt[3]{{{inner}}}"
        if o.sqrt == "func":
            return f"cbrt({inner})"
        if o.sqrt == "word":
            return f"the cube root of {inner}"
        return f"∛{inner}"
    if t == "par":
        inner = rx(n[1], o)
        if o.latex and n[1][0] == "frac":
            return f"\\left({inner}\\right)"
        return f"({inner})"
    if t == "frac":
        a, b = rx(n[1], o), rx(n[2], o)
        if o.latex:
            return f"\\frac{{{a}}}{{{b}}}"
        return f"{a}/{b}"
    raise ValueError(t)


def rx_plain(n):
    """GSM8K calculator annotation (python-ish, no separators)."""
    t = n[0]
    if t == "n":
        v = n[1]
        return plain(v) if v.kind != "sci" else format(v.v.normalize(), "f")
    if t == "pct":
        return format((n[1].v / 100).normalize(), "f")
    if t == "pctof":
        return format((n[1].v / 100).normalize(), "f") + "*" + rx_plain(n[2])
    ops = {"mul": "*", "div": "/", "add": "+", "sub": "-"}
    if t in ops:
        return rx_plain(n[1]) + ops[t] + rx_plain(n[2])
    if t == "pow":
        return rx_plain(n[1]) + "**" + rx_plain(n[2])
    if t == "sqrt":
        return rx_plain(n[1]) + "**0.5" if n[1][0] == "n" else "(" + rx_plain(n[1]) + ")**0.5"
    if t == "cbrt":
        return rx_plain(n[1]) + "**(1/3)"
    if t == "par":
        return "(" + rx_plain(n[1]) + ")"
    if t == "frac":
        return rx_plain(n[1]) + "/" + rx_plain(n[2])
    raise ValueError(t)


# ---------------------------------------------------------------- units

def unit_sfx(unit, o):
    if not unit:
        return ""
    if o.latex:
        if unit.endswith("²") or unit.endswith("³"):
            p = "2" if unit.endswith("²") else "3"
            return f"\\text{{ {unit[:-1]}}}^{p}"
        return f"\\text{{ {unit}}}"
    return " " + unit


def res_str(st, o, sentinel, sep=None):
    r = fv(st.disp, o, sep=sep)
    if sentinel and st.faulty:
        r = S1 + r + S2
    return r


def relation(st, o, key, sentinel, words=False, unit=True, expr=None):
    """'<expr> = <result>' with the style's symbols; returns the string."""
    e = rx(st.expr if expr is None else expr, o, key=key) if not isinstance(expr, str) else expr
    r = res_str(st, o, sentinel)
    u = unit_sfx(st.unit, o) if unit else ""
    if st.val.approx:
        ex = st.exact
        short = ndec(ex) <= 6 and len(str(ex.to_integral_value())) <= 12
        ap = o.approx if o.approx != "about" else "≈"
        if words:
            ap = pick(key + "apw", ["≈", "is about", "is approximately"]) if o.approx == "about" else "≈"
        if ap == "=":
            ap = "="
        if short and o.showexact and ex != st.disp.v:
            eqw = "=" if not words else pick(key + "eqw", ["=", "equals"])
            return f"{e} {eqw} {fexact(ex, st.val.kind, o)} {ap} {r}{u}"
        return f"{e} {ap} {r}{u}"
    eq = "="
    if words:
        eq = pick(key + "eqw", ["=", "equals", "is", "="])
    return f"{e} {eq} {r}{u}"


def cap(s):
    return s[:1].upper() + s[1:]
