"""Number formatting helpers for the cooking/baking evaluation set (stdlib only)."""
from fractions import Fraction as F

UNI = {(1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾",
       (1, 8): "⅛", (3, 8): "⅜", (5, 8): "⅝", (7, 8): "⅞", (1, 6): "⅙", (5, 6): "⅚"}

PLURAL = {"cup": "cups", "serving": "servings", "batch": "batches", "cookie": "cookies",
          "stick": "sticks", "bag": "bags", "egg": "eggs", "muffin": "muffins", "tray": "trays",
          "quart": "quarts", "ball": "balls", "carton": "cartons", "pancake": "pancakes",
          "part": "parts", "person": "people", "roll": "rolls", "loaf": "loaves", "bar": "bars",
          "biscuit": "biscuits", "scone": "scones", "brownie": "brownies", "cupcake": "cupcakes"}


def rhu(v, places):
    """Round half up a non-negative Fraction to `places` decimals."""
    q = F(1, 10 ** places)
    n = v / q
    fl = n.numerator // n.denominator
    if n - fl >= F(1, 2):
        fl += 1
    return fl * q


def terminating(v):
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec_str(v, places=None):
    v = F(v)
    neg = v < 0
    v = abs(v)
    if places is None:
        if not terminating(v):
            raise ValueError("non-terminating")
        places = 0
        while (v * 10 ** places).denominator != 1:
            places += 1
        if places > 4:
            raise ValueError("too many places")
    n = rhu(v, places) * 10 ** places
    n = n.numerator
    s = str(n)
    if places:
        s = s.rjust(places + 1, "0")
        s = s[:-places] + "." + s[-places:]
    return ("-" if neg else "") + s


def group(s, sep):
    if not sep:
        return s
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    neg = a.startswith("-")
    if neg:
        a = a[1:]
    out = []
    while len(a) > 3:
        out.insert(0, a[-3:])
        a = a[:-3]
    out.insert(0, a)
    a = sep.join(out)
    return ("-" if neg else "") + a + ("." + b if b is not None else "")


def mixed_parts(v):
    v = F(v)
    w = v.numerator // v.denominator
    r = v - w
    return w, r.numerator, r.denominator


def fmt_value(v, fmt, nota="plain", sep=True, places=None):
    """fmt: int, dec, frac, ifrac, money, pct, approx(uses places)."""
    v = F(v)
    latex = nota == "latex"
    sepch = ("{,}" if latex else ",") if sep else ""
    if fmt == "int":
        if v.denominator != 1:
            raise ValueError("not int")
        return group(str(v.numerator), sepch)
    if fmt == "dec":
        return group(dec_str(v), sepch)
    if fmt == "approx":
        return group(dec_str(v, places), sepch)
    if fmt == "approx$":
        s = group(dec_str(v, places), sepch)
        return ("\\$" if latex else "$") + s
    if fmt == "money":
        s = group(dec_str(v, 2), sepch)
        return ("\\$" if latex else "$") + s
    if fmt == "moneyx":  # money with more places (e.g. $1.575)
        s = group(dec_str(v), sepch)
        return ("\\$" if latex else "$") + s
    if fmt == "pct":
        s = dec_str(v * 100)
        return s + ("\\%" if latex else "%")
    if fmt == "ifrac":
        if v.denominator == 1:
            return str(v.numerator)
        if latex:
            return "\\frac{%d}{%d}" % (v.numerator, v.denominator)
        return "%d/%d" % (v.numerator, v.denominator)
    if fmt == "frac":
        if v.denominator > 16:
            raise ValueError("ugly fraction")
        w, n, d = mixed_parts(v)
        if n == 0:
            return str(w)
        if nota == "uni" and (n, d) in UNI:
            return (str(w) if w else "") + UNI[(n, d)]
        if latex:
            fr = "\\frac{%d}{%d}" % (n, d)
            return ("%d\\tfrac{%d}{%d}" % (w, n, d)) if w else fr
        return ("%d %d/%d" % (w, n, d)) if w else "%d/%d" % (n, d)
    raise ValueError(fmt)


SING = {p: s for s, p in PLURAL.items()}


def unit_word(v, unit):
    if not unit:
        return ""
    unit = SING.get(unit, unit)
    if unit in PLURAL and F(v) > 1:
        return PLURAL[unit]
    return unit
